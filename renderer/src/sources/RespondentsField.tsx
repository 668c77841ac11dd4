import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectData } from '../state/project-store';
import { RespondentForm } from './RespondentForm';

interface RespondentsFieldProps {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** The source's case: its respondents are listed first, and a new one belongs to it. */
  caseId: string | null;
}

/** Which respondents a source has: tick existing ones, change one, or add a new pseudonym. */
export function RespondentsField({ selected, onChange, caseId }: RespondentsFieldProps) {
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
        {respondents.map((r) =>
          editing === r.id ? (
            <li key={r.id}>
              <RespondentForm
                respondent={r}
                defaultCaseId={caseId}
                onSaved={() => setEditing(null)}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={r.id} className="respondent-row">
              <label className="respondent-option">
                <input type="checkbox" checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
                <span>
                  <span className="respondent-name">{r.pseudonym}</span>
                  <span className="muted small-text block">
                    {[r.role, r.organisation, r.caseId ? caseName.get(r.caseId) : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </label>
              <button
                type="button"
                className="button-quiet button-small"
                aria-label={t('respondents.editOf', { name: r.pseudonym })}
                onClick={() => setEditing(r.id)}
              >
                {t('common.edit')}
              </button>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <RespondentForm
          respondent={null}
          defaultCaseId={caseId}
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
