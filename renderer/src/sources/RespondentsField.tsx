import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectData } from '../state/project-store';
import { useKeptDraft } from '../state/use-autosaved-draft';
import type { Respondent } from '../../../shared/model/entities';
import { RespondentEditor, respondentDraftKeys } from './RespondentEditor';
import { RespondentForm } from './RespondentForm';

interface RespondentsFieldProps {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** The source's case: its respondents are listed first, and a new one belongs to it. */
  caseId: string | null;
  /** Whether a new respondent's text is typed and not added yet (a stable function). */
  onTyped: (typed: boolean) => void;
}

/**
 * Which respondents a source has: tick existing ones, change one in place (saved as typed), or
 * add a new pseudonym (its typed text is the dialog's to ask about).
 */
export function RespondentsField({ selected, onChange, caseId, onTyped }: RespondentsFieldProps) {
  const { t } = useTranslation();
  const data = useProjectData();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const chosen = new Set(selected);
  const respondents = useMemo(
    () =>
      [...data.respondents].sort(
        (a, b) =>
          Number(b.caseId === caseId) - Number(a.caseId === caseId) ||
          a.pseudonym.localeCompare(b.pseudonym),
      ),
    [data.respondents, caseId],
  );
  const caseName = new Map(data.cases.map((c) => [c.id, c.name]));

  const toggle = (id: string) =>
    onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);

  return (
    <fieldset className="respondents-field">
      <legend>{t('sources.respondents')}</legend>
      {respondents.length === 0 && <p className="hint">{t('respondents.none')}</p>}
      <ul className="plain-list respondent-list">
        {respondents.map((r) => (
          <RespondentRow
            key={r.id}
            respondent={r}
            editing={editing === r.id}
            chosen={chosen.has(r.id)}
            caseName={r.caseId ? caseName.get(r.caseId) : undefined}
            onToggle={() => toggle(r.id)}
            onEdit={() => setEditing(r.id)}
            onDone={() => setEditing(null)}
          />
        ))}
      </ul>
      {editing === 'new' ? (
        <RespondentForm
          defaultCaseId={caseId}
          onTyped={onTyped}
          onSaved={(id) => {
            setEditing(null);
            if (id) onChange([...selected, id]);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button button-small" onClick={() => setEditing('new')}>
          {t('respondents.new')}
        </button>
      )}
    </fieldset>
  );
}

/** One respondent: a tick and its details, or its editor (also when text in it is unsaved). */
function RespondentRow({
  respondent: r,
  editing,
  chosen,
  caseName,
  onToggle,
  onEdit,
  onDone,
}: {
  respondent: Respondent;
  editing: boolean;
  chosen: boolean;
  caseName: string | undefined;
  onToggle: () => void;
  onEdit: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const kept = useKeptDraft(respondentDraftKeys(r.id));
  if (editing || kept) {
    return (
      <li>
        <RespondentEditor respondent={r} onDone={onDone} />
      </li>
    );
  }
  return (
    <li className="respondent-row">
      <label className="respondent-option">
        <input type="checkbox" checked={chosen} onChange={onToggle} />
        <span>
          <span className="respondent-name">{r.pseudonym}</span>
          <span className="muted small-text block">
            {[r.role, r.organisation, caseName ?? ''].filter(Boolean).join(' · ')}
          </span>
        </span>
      </label>
      <button
        type="button"
        className="button-quiet button-small"
        aria-label={t('respondents.editOf', { name: r.pseudonym })}
        onClick={onEdit}
      >
        {t('common.edit')}
      </button>
    </li>
  );
}
