import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/model/entities';
import { run, useProjectData } from '../state/project-store';
import { byOrder, shorten } from './finding-text';

/** The findings a recommendation builds on, ticked from the numbered list of findings. */
export function RecommendationFindings({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const findings = byOrder(data.findings);
  const toggle = (findingId: string, on: boolean) =>
    void run('recommendations.update', {
      id: recommendation.id,
      patch: {
        findingIds: on
          ? findings
              .filter((f) => f.id === findingId || recommendation.findingIds.includes(f.id))
              .map((f) => f.id)
          : recommendation.findingIds.filter((x) => x !== findingId),
      },
    });
  return (
    <fieldset className="check-list">
      <legend>{t('recommendationEditor.findings')}</legend>
      {findings.length === 0 ? (
        <p className="hint">{t('findings.noFindings')}</p>
      ) : (
        <ul className="plain-list">
          {findings.map((finding, index) => (
            <li key={finding.id}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={recommendation.findingIds.includes(finding.id)}
                  onChange={(event) => toggle(finding.id, event.target.checked)}
                />
                <span>
                  <strong>{index + 1}.</strong> {shorten(finding.statement, 140)}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
