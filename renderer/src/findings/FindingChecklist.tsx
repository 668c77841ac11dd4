import { useTranslation } from 'react-i18next';
import { useProjectData } from '../state/project-store';
import { byOrder } from '../../../shared/model/numbering';
import { shorten } from './finding-text';

interface FindingChecklistProps {
  legend: string;
  /** Ids of the findings ticked now. */
  selected: readonly string[];
  /** The new selection, kept in the findings' own order. */
  onChange: (findingIds: string[]) => void;
}

/** The numbered list of findings as checkboxes: what a recommendation builds on or a question's answers. */
export function FindingChecklist({ legend, selected, onChange }: FindingChecklistProps) {
  const { t } = useTranslation();
  const findings = byOrder(useProjectData().findings);
  const toggle = (findingId: string, on: boolean) =>
    onChange(
      on
        ? findings.filter((f) => f.id === findingId || selected.includes(f.id)).map((f) => f.id)
        : selected.filter((x) => x !== findingId),
    );
  return (
    <fieldset className="check-list">
      <legend>{legend}</legend>
      {findings.length === 0 ? (
        <p className="hint">{t('findings.noFindings')}</p>
      ) : (
        <ul className="plain-list">
          {findings.map((finding, index) => (
            <li key={finding.id}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={selected.includes(finding.id)}
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
