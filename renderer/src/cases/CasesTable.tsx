import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model/entities';
import { useLang } from '../i18n/use-lang';
import { useProjectData } from '../state/project-store';
import { formatAttributeValue, formatIndicator } from './case-format';

interface CasesTableProps {
  cases: readonly Case[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Beside an open case panel: name, type and sources only (the panel shows the rest). */
  compact: boolean;
}

/** The cases with their attributes and indicators; a name opens the case. */
export function CasesTable({ cases, selectedId, onSelect, compact }: CasesTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const sourceCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of data.sources)
      if (s.caseId) counts.set(s.caseId, (counts.get(s.caseId) ?? 0) + 1);
    return counts;
  }, [data.sources]);
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];
  return (
    <table className="table">
      <caption className="visually-hidden">{t('cases.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.name')}</th>
          <th scope="col">{t('cases.type')}</th>
          {!compact && (
            <th scope="col" className="col-wide">
              {t('cases.attributes')}
            </th>
          )}
          {!compact && (
            <th scope="col" className="col-wide">
              {t('cases.indicators')}
            </th>
          )}
          <th scope="col" className="numeric">
            {t('cases.sources')}
          </th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr
            key={c.id}
            className={c.id === selectedId ? 'row-link is-selected' : 'row-link'}
            onClick={() => onSelect(c.id)}
          >
            <th scope="row">
              <button
                type="button"
                className="link-button"
                aria-current={c.id === selectedId ? 'true' : undefined}
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect(c.id);
                }}
              >
                {c.name}
              </button>
            </th>
            <td className="nowrap">{t(`caseType.${c.type}`)}</td>
            {!compact && (
              <td className="small-text">
                {c.attributes.length === 0 ? (
                  t('common.none')
                ) : (
                  <ul className="compact-list">
                    {c.attributes.map((a, i) => (
                      <li key={`${a.key}-${i}`}>
                        <span className="muted">{a.key}:</span>{' '}
                        {formatAttributeValue(a, lang, yesNo)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            )}
            {!compact && (
              <td className="small-text">
                {c.indicators.length === 0 ? (
                  t('common.none')
                ) : (
                  <ul className="compact-list">
                    {c.indicators.map((i) => (
                      <li key={i.id}>
                        <span className="muted">{i.name}:</span>{' '}
                        <strong className="nowrap">{formatIndicator(i, lang)}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            )}
            <td className="numeric">{sourceCount.get(c.id) ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
