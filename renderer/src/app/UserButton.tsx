import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../state/user-store';
import { UserDialog } from './UserDialog';

/** "Du: Anna ✎" in the header: who codes here, and where to change it (and the coders' names). */
export function UserButton() {
  const { t } = useTranslation();
  const { user } = useUser();
  const [open, setOpen] = useState(false);
  if (!user) return null;
  return (
    <>
      <button
        type="button"
        className="button button-quiet user-button"
        // A description, not a label: the button is named by what it shows ("Du: Anna").
        title={t('users.changeName', { name: user.name })}
        onClick={() => setOpen(true)}
      >
        {t('users.you', { name: user.name })} <span aria-hidden="true">✎</span>
      </button>
      {open && <UserDialog onClose={() => setOpen(false)} />}
    </>
  );
}
