import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { run } from '../state/project-store';
import { useCodingSummary } from '../state/source-codings';

/** Asks before deleting a source, saying how many codings go with it. */
export function DeleteSourceDialog({ source, onClose }: { source: Source; onClose: () => void }) {
  const { t } = useTranslation();
  const summary = useCodingSummary()?.value;
  // Said once known (the count comes from main), never a wrong "no codings" meanwhile.
  const codings = summary ? (summary.bySource[source.id] ?? 0) : null;
  return (
    <ConfirmDialog
      title={t('sourceTable.deleteTitle', { title: source.title })}
      confirmLabel={t('sourceTable.confirmDelete')}
      onConfirm={() => void run('sources.delete', { id: source.id })}
      onClose={onClose}
    >
      <p>
        {codings === null
          ? '\u00a0'
          : codings === 0
            ? t('sourceTable.deleteNoCodings')
            : t('sourceTable.deleteCodings', { count: codings })}
      </p>
      <p className="muted">{t('sourceTable.deleteUndo')}</p>
    </ConfirmDialog>
  );
}
