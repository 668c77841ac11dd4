import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NameSchema } from '../../../shared/model/primitives';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { run, useProjectStore } from '../state/project-store';
import { changeMyName, useUser } from '../state/user-store';

/**
 * My name, and in an open project its coders' names: a new name shows on all their codings.
 * Each changed name is one edit, undoable.
 */
export function UserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useUser();
  const { project } = useProjectStore();
  const users = project?.data.users ?? [];
  const [mine, setMine] = useState(user?.name ?? '');
  const [names, setNames] = useState<Record<string, string>>(() =>
    Object.fromEntries(users.map((u) => [u.id, u.name])),
  );
  const [busy, setBusy] = useState(false);
  const others = users.filter((u) => u.id !== user?.id);
  const valid =
    NameSchema.safeParse(mine).success &&
    others.every((u) => NameSchema.safeParse(names[u.id] ?? '').success);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    if (mine.trim() !== user?.name) await changeMyName(mine.trim());
    for (const other of others) {
      const next = (names[other.id] ?? '').trim();
      if (next !== other.name) await run('users.rename', { id: other.id, name: next });
    }
    setBusy(false);
    onClose();
  };
  return (
    <Dialog title={t('users.nameLabel')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('users.nameLabel')}
          value={mine}
          onChange={setMine}
          required
          maxLength={300}
        />
        {others.length > 0 && (
          <fieldset className="user-list">
            <legend>{t('users.projectUsers')}</legend>
            <p className="hint">{t('users.projectUsersIntro')}</p>
            {others.map((other) => (
              <TextField
                key={other.id}
                label={t('users.rename', { name: other.name })}
                value={names[other.id] ?? ''}
                onChange={(value) => setNames((current) => ({ ...current, [other.id]: value }))}
                required
                maxLength={300}
              />
            ))}
          </fieldset>
        )}
        <FormActions submitLabel={t('common.save')} disabled={!valid || busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
