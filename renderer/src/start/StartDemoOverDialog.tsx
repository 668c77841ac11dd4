import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { startDemoOver } from '../state/project-lifecycle';
import { useApiQuery } from '../state/use-api-query';

/**
 * Asks before a fresh copy of the demo is written, and says where the current copy stays (it
 * holds the user's edits and is never removed).
 */
export function StartDemoOverDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const current = useApiQuery('project.demoCopy', {});
  const dir = current?.status === 'ok' ? current.value.dir : null;
  return (
    <ConfirmDialog
      title={t('demoCopy.title')}
      confirmLabel={t('demoCopy.confirm')}
      tone="primary"
      onConfirm={() => void startDemoOver()}
      onClose={onClose}
    >
      <p>{t('demoCopy.body')}</p>
      {dir && (
        <>
          <p>{t('demoCopy.kept')}</p>
          <p className="folder-path" data-testid="kept-demo-copy">
            {dir}
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}
