import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { patchAnalysisFindingsUi, useAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { run, useProjectData } from '../state/project-store';
import { shorten } from '../findings/finding-text';
import { byOrder } from '../../../shared/model/numbering';

/** Chooses the finding that quotes in the matrix panel can be added to as support. */
export function QuoteTargetPicker() {
  const { t } = useTranslation();
  const id = useId();
  const data = useProjectData();
  const { quoteTargetId } = useAnalysisFindingsUi();
  const findings = byOrder(data.findings);
  if (findings.length === 0) return null;
  const value = findings.some((f) => f.id === quoteTargetId) ? (quoteTargetId ?? '') : '';
  return (
    <div className="field quote-target">
      <label htmlFor={id}>{t('matrix.quoteTarget')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => patchAnalysisFindingsUi({ quoteTargetId: event.target.value || null })}
      >
        <option value="">{t('matrix.noQuoteTarget')}</option>
        {findings.map((finding, index) => (
          <option key={finding.id} value={finding.id}>
            {index + 1}. {shorten(finding.statement, 70)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A checkbox on a quote: whether it supports the chosen finding. Nothing without a target. */
export function QuoteTargetToggle({ codingId }: { codingId: string }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const { quoteTargetId } = useAnalysisFindingsUi();
  const findings = byOrder(data.findings);
  const index = findings.findIndex((f) => f.id === quoteTargetId);
  const finding = findings[index];
  if (!finding) return null;
  const checked = finding.codingIds.includes(codingId);
  const toggle = () =>
    void run('findings.update', {
      id: finding.id,
      patch: {
        codingIds: checked
          ? finding.codingIds.filter((id) => id !== codingId)
          : [...finding.codingIds, codingId],
      },
    });
  return (
    <label className="opt-check">
      <input type="checkbox" checked={checked} onChange={toggle} />
      {t('matrix.supportsFinding', { number: index + 1 })}
    </label>
  );
}
