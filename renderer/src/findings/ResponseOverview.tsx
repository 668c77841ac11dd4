import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { useDateText } from '../i18n/use-lang';
import { patchAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { useProjectData } from '../state/project-store';
import { byOrder, orderNumbers } from '../../../shared/model/numbering';

/**
 * The recommendation tracking matrix: every recommendation with its management response and
 * latest follow-up, and plainly which ones still await an answer.
 */
export function ResponseOverview() {
  const { t } = useTranslation();
  const dateText = useDateText();
  const data = useProjectData();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const numbers = orderNumbers(data.recommendations);
  const all = byOrder(data.recommendations).map((r) => ({ r, number: numbers.get(r.id) ?? 0 }));
  const missing = all.filter(({ r }) => !r.response).length;
  const rows = onlyOpen ? all.filter(({ r }) => !r.response) : all;
  if (all.length === 0) return <EmptyState>{t('findings.noRecommendations')}</EmptyState>;
  return (
    <section aria-labelledby="overview-heading">
      <div className="panel-row">
        <h2 id="overview-heading" className="section-heading">
          {t('responseOverview.heading')}
        </h2>
        <label className="opt-check">
          <input
            type="checkbox"
            checked={onlyOpen}
            onChange={(event) => setOnlyOpen(event.target.checked)}
          />
          {t('responseOverview.onlyOpen')}
        </label>
      </div>
      <p
        className={missing > 0 ? 'overview-summary has-missing' : 'overview-summary'}
        role="status"
      >
        {missing > 0
          ? t('responseOverview.missing', { count: missing, total: all.length })
          : t('responseOverview.allAnswered')}
      </p>
      <table className="table overview-table">
        <caption className="visually-hidden">{t('responseOverview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('responseOverview.number')}
            </th>
            <th scope="col">{t('responseOverview.recommendation')}</th>
            <th scope="col">{t('findings.priority')}</th>
            <th scope="col">{t('responseOverview.response')}</th>
            <th scope="col">{t('response.responsibleUnit')}</th>
            <th scope="col">{t('response.deadline')}</th>
            <th scope="col">{t('responseOverview.latestFollowUp')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, number }) => {
            const latest = [...r.followUps].sort((a, b) => b.date.localeCompare(a.date))[0];
            return (
              <tr key={r.id}>
                <td className="numeric">{number}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      patchAnalysisFindingsUi({ tab: 'recommendations', recommendationId: r.id })
                    }
                  >
                    {r.title}
                  </button>
                  {r.actor && <span className="muted small-text block">{r.actor}</span>}
                </th>
                <td>
                  <span className={`priority priority-${r.priority}`}>
                    {t(`priority.${r.priority}`)}
                  </span>
                </td>
                <td>
                  {r.response ? (
                    <span className={`response-decision response-decision-${r.response.decision}`}>
                      {t(`decision.${r.response.decision}`)}
                    </span>
                  ) : (
                    <span className="missing-response">{t('response.noneShort')}</span>
                  )}
                </td>
                <td>{r.response?.responsibleUnit || t('common.none')}</td>
                <td className="nowrap">
                  {r.response?.deadline ? dateText(r.response.deadline) : t('common.none')}
                </td>
                <td>
                  {latest ? (
                    <>
                      <span className={`fu-status fu-status-${latest.status}`}>
                        {t(`followUpStatus.${latest.status}`)}
                      </span>
                      <span className="muted small-text block">{dateText(latest.date)}</span>
                    </>
                  ) : (
                    t('common.none')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
