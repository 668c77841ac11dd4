import { useTranslation } from 'react-i18next';
import { useCoders } from '../state/source-codings';
import { MultiPick } from './MultiPick';

interface CoderPickProps {
  selected: readonly string[];
  onChange: (coderIds: string[]) => void;
}

/**
 * Whose codings count (none ticked: everyone's). Shown only when more than one coder coded,
 * so a project of one evaluator stays as calm as before.
 */
export function CoderPick({ selected, onChange }: CoderPickProps) {
  const { t } = useTranslation();
  const coders = useCoders();
  if (coders.length < 2) return null;
  return (
    <MultiPick
      label={t('users.filterLabel')}
      anyLabel={t('users.allCoders')}
      selected={selected}
      onChange={onChange}
      options={coders.map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
