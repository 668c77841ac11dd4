import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateText } from '../i18n/use-lang';
import { newId } from '../../../shared/model/primitives';
import type { FollowUp, Recommendation } from '../../../shared/model/entities';
import { run } from '../state/project-store';
import { drafts } from '../state/drafts';
import { useKeptText } from '../state/use-autosaved-draft';
import { today } from './dates';

const statuses = ['notStarted', 'inProgress', 'completed', 'noLongerApplicable'] as const;

/** Dated follow-up notes on a recommendation (the tracking matrix), newest first, and adding one. */
export function FollowUpList({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const id = useId();
  const [date, setDate] = useState(today());
  const [status, setStatus] = useState<FollowUp['status']>('inProgress');
  // Kept in the draft book: switching recommendation or view does not lose a note being typed.
  const noteKey = `newFollowUp/${recommendation.id}/note`;
  const [note, setNote] = useKeptText(noteKey);
  const notes = [...recommendation.followUps].sort((a, b) => b.date.localeCompare(a.date));
  const save = (followUps: FollowUp[]) =>
    run('recommendations.update', { id: recommendation.id, patch: { followUps } });
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    const typed = note;
    const entry: FollowUp = { id: newId(), date, status, note: typed.trim() };
    // The field empties as the note joins the list (never both at once); a failed save puts the
    // text back unless something new was typed meanwhile.
    setNote('');
    if (!(await save([...recommendation.followUps, entry])) && drafts.kept(noteKey) === '')
      setNote(typed);
  };
  return (
    <section className="follow-ups" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="panel-label">
        {t('followUp.heading')}
      </h3>
      {notes.length === 0 ? (
        <p className="hint">{t('followUp.none')}</p>
      ) : (
        <ol className="plain-list follow-up-list">
          {notes.map((entry) => (
            <li key={entry.id}>
              <div className="follow-up-head">
                <strong>{dateText(entry.date)}</strong>
                <span className={`fu-status fu-status-${entry.status}`}>
                  {t(`followUpStatus.${entry.status}`)}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('followUp.remove', { date: dateText(entry.date) })}
                  onClick={() =>
                    void save(recommendation.followUps.filter((f) => f.id !== entry.id))
                  }
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              {entry.note && <p className="follow-up-note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <form
        className="form inline-form"
        onSubmit={(event) => void add(event)}
        aria-label={t('followUp.add')}
      >
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('followUp.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('followUp.status')}</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(event) => setStatus(event.target.value as FollowUp['status'])}
            >
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`followUpStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('followUp.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div className="button-row tight">
          <button type="submit" className="button button-small" disabled={!date}>
            {t('followUp.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
