import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { useProjectData } from '../state/project-store';
import { openSource } from '../state/ui-store';
import { AddSourceDialog } from './AddSourceDialog';

/** The table of sources; a title opens its source. */
export function SourcesList() {
  const { t } = useTranslation();
  const data = useProjectData();
  const [adding, setAdding] = useState(false);
  const caseName = useMemo(() => new Map(data.cases.map((c) => [c.id, c.name])), [data.cases]);
  const respondentName = useMemo(
    () => new Map(data.respondents.map((r) => [r.id, r.pseudonym])),
    [data.respondents],
  );
  const codingCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of data.codings) counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + 1);
    return counts;
  }, [data.codings]);

  const addButton = (
    <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
      {t('sources.add')}
    </button>
  );
  return (
    <section className="view" aria-labelledby="sources-heading">
      <div className="view-head">
        <h1 id="sources-heading">{t('sources.heading')}</h1>
        {addButton}
      </div>
      {data.sources.length === 0 ? (
        <EmptyState>{t('sources.empty')}</EmptyState>
      ) : (
        <>
          <p className="muted view-intro">{t('sources.openHint')}</p>
          <table className="table">
            <caption className="visually-hidden">{t('sources.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-title">
                  {t('sources.title')}
                </th>
                <th scope="col">{t('sources.case')}</th>
                <th scope="col">{t('sources.kind')}</th>
                <th scope="col">{t('sources.date')}</th>
                <th scope="col">{t('sources.respondents')}</th>
                <th scope="col" className="numeric">
                  {t('sources.codings')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.sources.map((source) => (
                <tr key={source.id} className="row-link" onClick={() => openSource(source.id)}>
                  <th scope="row">
                    {/* The real control: Enter/Space and screen readers reach it; the row is a bigger target. */}
                    <button
                      type="button"
                      className="link-button"
                      onClick={(event) => {
                        event.stopPropagation();
                        openSource(source.id);
                      }}
                    >
                      {source.title}
                    </button>
                  </th>
                  <td>{source.caseId ? caseName.get(source.caseId) : t('common.none')}</td>
                  <td>{t(`sourceKind.${source.kind}`)}</td>
                  <td className="nowrap">{source.date ?? t('common.none')}</td>
                  <td>
                    {source.respondentIds.map((id) => respondentName.get(id)).join(', ') ||
                      t('common.none')}
                  </td>
                  <td className="numeric">{codingCount.get(source.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {adding && <AddSourceDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
