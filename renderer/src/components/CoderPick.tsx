import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../shared/model/project-data';
import { MultiPick } from './MultiPick';

/** The users who coded anything, by name: the choices of a coder filter. */
export function codersWithCodings(data: Pick<ProjectView, 'users' | 'codings'>) {
  const coded = new Set(data.codings.map((c) => c.coderId));
  return data.users
    .filter((u) => coded.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

interface CoderPickProps {
  data: Pick<ProjectView, 'users' | 'codings'>;
  selected: readonly string[];
  onChange: (coderIds: string[]) => void;
}

/**
 * Whose codings count (none ticked: everyone's). Shown only when more than one coder coded,
 * so a project of one evaluator stays as calm as before.
 */
export function CoderPick({ data, selected, onChange }: CoderPickProps) {
  const { t } = useTranslation();
  const coders = useMemo(() => codersWithCodings(data), [data]);
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
