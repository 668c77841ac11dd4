import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pseudonym } from '../../../shared/model/entities';
import { DraftNote } from '../components/DraftNote';
import { run, stillExists, useProjectData } from '../state/project-store';
import {
  textRules,
  useAutosavedDraft,
  useKeptDraft,
  useKeptText,
  type AutosavedDraft,
} from '../state/use-autosaved-draft';

type Field = 'real' | 'pseudonym';
const fields: readonly Field[] = ['real', 'pseudonym'];
const draftKey = (id: string, field: Field) => `pseudonym/${id}/${field}`;

/**
 * The project's list of real names and the pseudonyms that replace them in every output
 * (reports and sheets, on by default). The texts inside Fynd stay as they are. A row is changed
 * in place and saved as it is typed; a new entry's text is kept until it is added.
 */
export function PseudonymList() {
  const { t } = useTranslation();
  const id = useId();
  const data = useProjectData();
  const [real, setReal] = useKeptText('newPseudonym/real');
  const [pseudonym, setPseudonym] = useKeptText('newPseudonym/pseudonym');
  const [editing, setEditing] = useState<string | null>(null);
  const duplicate = data.pseudonyms.some(
    (p) => p.real.trim().toLowerCase() === real.trim().toLowerCase(),
  );
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!real.trim() || !pseudonym.trim() || duplicate) return;
    if (await run('pseudonyms.add', { real: real.trim(), pseudonym: pseudonym.trim() })) {
      setReal('');
      setPseudonym('');
      document.getElementById(`${id}-real`)?.focus();
    }
  };
  return (
    <section className="report-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('pseudonymList.heading')}</h2>
      <p className="muted">{t('pseudonymList.intro')}</p>
      <p className="output-note">{t('pseudonymList.defaultOn')}</p>
      {data.pseudonyms.length === 0 ? (
        <p className="hint">{t('pseudonymList.empty')}</p>
      ) : (
        <table className="table pseudonym-table">
          <caption className="visually-hidden">{t('pseudonymList.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pseudonymList.real')}</th>
              <th scope="col">{t('pseudonymList.pseudonym')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('pseudonymList.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.pseudonyms.map((p) => (
              <PseudonymRow
                key={p.id}
                entry={p}
                editing={editing === p.id}
                onEdit={() => setEditing(p.id)}
                onDone={() => setEditing(null)}
              />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="pseudonym-form"
        onSubmit={(event) => void add(event)}
        aria-label={t('pseudonymList.addLabel')}
      >
        <div className="field">
          <label htmlFor={`${id}-real`}>{t('pseudonymList.real')}</label>
          <input
            id={`${id}-real`}
            type="text"
            value={real}
            autoComplete="off"
            aria-invalid={duplicate}
            aria-describedby={duplicate ? `${id}-dup` : undefined}
            onChange={(event) => setReal(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pseudonym`}>{t('pseudonymList.pseudonym')}</label>
          <input
            id={`${id}-pseudonym`}
            type="text"
            value={pseudonym}
            autoComplete="off"
            onChange={(event) => setPseudonym(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button"
          disabled={!real.trim() || !pseudonym.trim() || duplicate}
        >
          {t('pseudonymList.add')}
        </button>
      </form>
      {duplicate && (
        <p className="hint" id={`${id}-dup`}>
          {t('pseudonymList.duplicate')}
        </p>
      )}
    </section>
  );
}

/** One entry: shown, or changed in place (also when text typed in it earlier is still unsaved). */
function PseudonymRow({
  entry,
  editing,
  onEdit,
  onDone,
}: {
  entry: Pseudonym;
  editing: boolean;
  onEdit: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const kept = useKeptDraft(fields.map((field) => draftKey(entry.id, field)));
  if (editing || kept) return <PseudonymEditRow entry={entry} onDone={onDone} />;
  return (
    <tr>
      <th scope="row">{entry.real}</th>
      <td>{entry.pseudonym}</td>
      <td className="row-actions">
        <button
          type="button"
          className="button-quiet button-small"
          aria-label={t('pseudonymList.edit', { name: entry.real })}
          onClick={onEdit}
        >
          {t('common.edit')}
        </button>
        <button
          type="button"
          className="button-quiet button-small danger-text"
          aria-label={t('pseudonymList.remove', { name: entry.real })}
          onClick={() => void run('pseudonyms.delete', { id: entry.id })}
        >
          {t('common.delete')}
        </button>
      </td>
    </tr>
  );
}

/** A field of an entry, autosaved (a required text: blank is kept, not saved). */
function usePseudonymDraft(entry: Pseudonym, field: Field): AutosavedDraft<string> {
  const { id } = entry;
  return useAutosavedDraft(
    draftKey(id, field),
    entry[field],
    textRules({
      save: (text) => run('pseudonyms.update', { id, patch: { [field]: text } }),
      required: true,
      stillThere: () => stillExists('pseudonyms', id),
    }),
  );
}

/**
 * An entry changed in place: each field saves as it is typed (one undo step per burst), when it
 * is left and when the row closes (Done, Enter, Escape, or another view); a blank one says so
 * and is offered back.
 */
function PseudonymEditRow({ entry, onDone }: { entry: Pseudonym; onDone: () => void }) {
  const { t } = useTranslation();
  const drafts = {
    real: usePseudonymDraft(entry, 'real'),
    pseudonym: usePseudonymDraft(entry, 'pseudonym'),
  };
  const done = () => {
    drafts.real.flush();
    drafts.pseudonym.flush();
    onDone();
  };
  return (
    <tr
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          done();
        }
      }}
    >
      {fields.map((field) => {
        const draft = drafts[field];
        const cell = (
          <>
            <input
              type="text"
              aria-label={t(`pseudonymList.${field}`)}
              value={draft.value}
              autoFocus={field === 'real'}
              aria-invalid={draft.state === 'invalid' || undefined}
              onChange={(event) => draft.change(event.target.value)}
              onBlur={draft.flush}
            />
            <DraftNote state={draft.state} onRestore={draft.revert} />
          </>
        );
        return field === 'real' ? (
          <th scope="row" key={field}>
            {cell}
          </th>
        ) : (
          <td key={field}>{cell}</td>
        );
      })}
      <td className="row-actions">
        <button type="button" className="button button-small" onClick={done}>
          {t('drafts.done')}
        </button>
      </td>
    </tr>
  );
}
