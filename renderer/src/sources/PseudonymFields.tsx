import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';

interface PseudonymFieldsProps {
  pseudonym: string;
  role: string;
  onPseudonym: (pseudonym: string) => void;
  onRole: (role: string) => void;
}

/** A respondent's pseudonym (with the reminder to keep real names out) and role. */
export function PseudonymFields({ pseudonym, role, onPseudonym, onRole }: PseudonymFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('addSource.pseudonym')}
        value={pseudonym}
        onChange={onPseudonym}
        hint={t('addSource.pseudonymHint')}
        required
      />
      <TextField label={t('addSource.role')} value={role} onChange={onRole} />
    </>
  );
}
