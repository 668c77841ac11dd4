import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/model/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { run } from '../state/project-store';
import { useThemeImpact } from './use-theme-counts';

/** Asks before deleting a theme, saying how many codings and sub-themes go with it. */
export function DeleteThemeDialog({ theme, onClose }: { theme: Theme; onClose: () => void }) {
  const { t } = useTranslation();
  const impact = useThemeImpact(theme.id)?.value?.deletion;
  return (
    <ConfirmDialog
      title={t('codebook.deleteTitle', { name: theme.name })}
      confirmLabel={t('codebook.confirmDelete')}
      onConfirm={() => void run('themes.delete', { id: theme.id })}
      onClose={onClose}
    >
      <p aria-live="polite">
        {!impact
          ? t('codebookTree.impactLoading')
          : impact.removedCodings + impact.keptCodings === 0
            ? t('codebook.deleteNoCodings')
            : t('codebook.deleteCodings', {
                removed: impact.removedCodings,
                kept: impact.keptCodings,
              })}
      </p>
      {impact && impact.children > 0 && (
        <p>{t('codebook.deleteChildren', { count: impact.children })}</p>
      )}
      <p className="muted">{t('codebook.deleteUndo')}</p>
    </ConfirmDialog>
  );
}
