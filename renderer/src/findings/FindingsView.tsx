import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeChip } from '../components/ThemeChip';
import { EmptyState } from '../components/EmptyState';
import { shortSnippet } from '../coding/coding-model';
import { useProjectData } from '../state/project-store';

/** Findings and the recommendations built on them (read-only for now). */
export function FindingsView() {
  const { t } = useTranslation();
  const data = useProjectData();
  const findings = useMemo(
    () => [...data.findings].sort((a, b) => a.order - b.order),
    [data.findings],
  );
  const recommendations = useMemo(
    () => [...data.recommendations].sort((a, b) => a.order - b.order),
    [data.recommendations],
  );
  const themeById = useMemo(() => new Map(data.themes.map((th) => [th.id, th])), [data.themes]);
  const findingNumber = new Map(findings.map((f, i) => [f.id, i + 1]));

  return (
    <section className="view" aria-labelledby="findings-heading">
      <div className="view-head">
        <h1 id="findings-heading">{t('findings.heading')}</h1>
      </div>
      <p className="muted view-intro">{t('findings.readOnlyNote')}</p>
      <section className="findings-section" aria-labelledby="findings-list-heading">
        <h2 id="findings-list-heading">{t('findings.findings')}</h2>
        {findings.length === 0 ? (
          <EmptyState>{t('findings.noFindings')}</EmptyState>
        ) : (
          <ol className="card-list">
            {findings.map((finding) => (
              <li key={finding.id} className="card">
                <p className="card-statement">{finding.statement}</p>
                <div className="chips">
                  <span className="pill">
                    {t('findings.quotes', { count: finding.codingIds.length })}
                  </span>
                  {finding.themeIds.map((id) => {
                    const theme = themeById.get(id);
                    return theme ? <ThemeChip key={id} theme={theme} /> : null;
                  })}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="findings-section" aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">{t('findings.recommendations')}</h2>
        {recommendations.length === 0 ? (
          <EmptyState>{t('findings.noRecommendations')}</EmptyState>
        ) : (
          <ol className="card-list">
            {recommendations.map((rec) => (
              <li key={rec.id} className="card">
                <h3 className="card-title">{rec.title}</h3>
                {rec.text && <p>{rec.text}</p>}
                <dl className="facts">
                  <div>
                    <dt>{t('findings.actor')}</dt>
                    <dd>{rec.actor || t('common.none')}</dd>
                  </div>
                  <div>
                    <dt>{t('findings.priority')}</dt>
                    <dd>
                      <span className={`priority priority-${rec.priority}`}>
                        {t(`priority.${rec.priority}`)}
                      </span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('findings.timeframe')}</dt>
                    <dd>{rec.timeframe || t('common.none')}</dd>
                  </div>
                </dl>
                {rec.findingIds.length > 0 && (
                  <div className="linked">
                    <h4>{t('findings.linked')}</h4>
                    <ul>
                      {rec.findingIds.map((id) => {
                        const finding = data.findings.find((f) => f.id === id);
                        return finding ? (
                          <li key={id}>
                            {findingNumber.get(id)}. {shortSnippet(finding.statement, 120)}
                          </li>
                        ) : null;
                      })}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
