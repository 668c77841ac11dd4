import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../shared/model/project-data';
import { identityOf, useApiQuery } from '../state/use-api-query';
import { MultiPick } from './MultiPick';

/** The users who coded anything, by name: the choices of a coder filter. */
export function codersWithCodings(data: Pick<ProjectView, 'users' | 'codings'>) {
  const coded = new Set(data.codings.map((c) => c.coderId));
  return data.users
    .filter((u) => coded.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/**
 * The users who coded anything, by name, as main counts them on every coding (the renderer
 * holds only some codings). Empty until main answers.
 */
export function useCodersWhoCoded(data: Pick<ProjectView, 'users' | 'codings'>) {
  const coderIds = useApiQuery('analysis.coders', {}, identityOf(data.codings))?.value?.coderIds;
  return useMemo(() => {
    const coded = new Set(coderIds);
    return data.users
      .filter((u) => coded.has(u.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [coderIds, data.users]);
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
  const coders = useCodersWhoCoded(data);
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
