import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { run, useProjectData } from '../state/project-store';

/** Asks before deleting a source, saying how many codings go with it. */
export function DeleteSourceDialog({ source, onClose }: { source: Source; onClose: () => void }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const codings = data.codings.filter((c) => c.sourceId === source.id).length;
  return (
    <ConfirmDialog
      title={t('sourceTable.deleteTitle', { title: source.title })}
      confirmLabel={t('sourceTable.confirmDelete')}
      onConfirm={() => void run('sources.delete', { id: source.id })}
      onClose={onClose}
    >
      <p>
        {codings === 0
          ? t('sourceTable.deleteNoCodings')
          : t('sourceTable.deleteCodings', { count: codings })}
      </p>
      <p className="muted">{t('sourceTable.deleteUndo')}</p>
    </ConfirmDialog>
  );
}
