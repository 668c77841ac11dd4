import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NameSchema } from '../../../shared/model/primitives';
import { TextField } from '../components/TextField';
import { afterFirstName } from '../state/project-lifecycle';
import { changeMyName, useUser } from '../state/user-store';

/**
 * The first start's question: who is coding? Prefilled with the OS user's name; the answer is
 * kept in the app's settings and marks every coding this user makes.
 */
export function WhoAmI() {
  const { t } = useTranslation();
  const { suggested } = useUser();
  const [name, setName] = useState(suggested);
  const [busy, setBusy] = useState(false);
  const valid = NameSchema.safeParse(name).success;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const saved = await changeMyName(name.trim());
    setBusy(false);
    if (saved) await afterFirstName();
  };
  return (
    <form className="who-am-i" aria-labelledby="who-am-i-title" onSubmit={(e) => void submit(e)}>
      <h2 id="who-am-i-title">{t('users.nameTitle')}</h2>
      <p>{t('users.nameIntro')}</p>
      <TextField
        label={t('users.nameLabel')}
        value={name}
        onChange={setName}
        required
        maxLength={300}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={!valid || busy}>
          {t('users.nameSave')}
        </button>
      </div>
    </form>
  );
}
