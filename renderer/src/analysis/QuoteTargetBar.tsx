import { useTranslation } from 'react-i18next';
import { byOrder } from '../../../shared/model/numbering';
import { patchAnalysisFindingsUi, useAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { useProjectData } from '../state/project-store';
import { showView } from '../state/ui-store';

/**
 * While quotes are being picked for a finding (from its editor, "Pick in the matrix"): which
 * finding, and the way back to it.
 */
export function QuoteTargetBar() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { quoteTargetId } = useAnalysisFindingsUi();
  const findings = byOrder(data.findings);
  const index = findings.findIndex((f) => f.id === quoteTargetId);
  const finding = findings[index];
  if (!finding) return null;
  return (
    <div className="quote-target-bar" role="status">
      <p>{t('matrix.pickingFor', { number: index + 1, count: finding.codingIds.length })}</p>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          patchAnalysisFindingsUi({ tab: 'findings', findingId: finding.id });
          showView('findings');
        }}
      >
        {t('matrix.backToFinding', { number: index + 1 })}
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        onClick={() => patchAnalysisFindingsUi({ quoteTargetId: null })}
      >
        {t('matrix.stopPicking')}
      </button>
    </div>
  );
}
