import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pseudonym } from '../../../shared/model/entities';
import { run, useProjectData } from '../state/project-store';
import { useHeldText } from '../state/use-autosaved-draft';

/**
 * The project's list of real names and the pseudonyms that replace them in every output
 * (reports and sheets, on by default). The texts inside Fynd stay as they are.
 */
export function PseudonymList() {
  const { t } = useTranslation();
  const id = useId();
  const data = useProjectData();
  const [real, setReal] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  useHeldText(real.trim() !== '' || pseudonym.trim() !== '');
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
            {data.pseudonyms.map((p) =>
              editing === p.id ? (
                <PseudonymEditRow key={p.id} entry={p} onDone={() => setEditing(null)} />
              ) : (
                <tr key={p.id}>
                  <th scope="row">{p.real}</th>
                  <td>{p.pseudonym}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button-quiet button-small"
                      aria-label={t('pseudonymList.edit', { name: p.real })}
                      onClick={() => setEditing(p.id)}
                    >
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="button-quiet button-small danger-text"
                      aria-label={t('pseudonymList.remove', { name: p.real })}
                      onClick={() => void run('pseudonyms.delete', { id: p.id })}
                    >
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
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

function PseudonymEditRow({ entry, onDone }: { entry: Pseudonym; onDone: () => void }) {
  const { t } = useTranslation();
  const [real, setReal] = useState(entry.real);
  const [pseudonym, setPseudonym] = useState(entry.pseudonym);
  useHeldText(real.trim() !== entry.real || pseudonym.trim() !== entry.pseudonym);
  const save = async () => {
    if (!real.trim() || !pseudonym.trim()) return;
    if (
      await run('pseudonyms.update', {
        id: entry.id,
        patch: { real: real.trim(), pseudonym: pseudonym.trim() },
      })
    )
      onDone();
  };
  return (
    <tr
      onKeyDown={(event) => {
        if (event.key === 'Enter') void save();
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <th scope="row">
        <input
          type="text"
          aria-label={t('pseudonymList.real')}
          value={real}
          autoFocus
          onChange={(event) => setReal(event.target.value)}
        />
      </th>
      <td>
        <input
          type="text"
          aria-label={t('pseudonymList.pseudonym')}
          value={pseudonym}
          onChange={(event) => setPseudonym(event.target.value)}
        />
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="button button-small button-primary"
          onClick={() => void save()}
        >
          {t('common.save')}
        </button>
        <button type="button" className="button-quiet button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </td>
    </tr>
  );
}
