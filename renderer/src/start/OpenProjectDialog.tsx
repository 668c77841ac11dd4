import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { useDiscardGuard } from '../components/use-discard-guard';
import { dismissOpenFailure, openProject, useStartState } from '../state/project-lifecycle';
import { FolderField } from './FolderField';
import { OpenFailureBanner } from './OpenFailureBanner';

/**
 * Opens a project by its folder path (the browser fallback, or after a cancelled dialog). A typed
 * path is not dropped by a stray Escape or Cancel: it asks first.
 */
export function OpenProjectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { busy } = useStartState();
  const [dir, setDir] = useState('');
  const { requestClose, confirm, sending } = useDiscardGuard(dir.trim() !== '', onClose);
  // An old failure from the start screen is not about this form.
  useEffect(() => dismissOpenFailure(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await sending(() => openProject(dir.trim()))) onClose();
  };
  return (
    <Dialog title={t('projectForm.openTitle')} onClose={requestClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <OpenFailureBanner />
        <FolderField purpose="open" value={dir} onChange={setDir} />
        <FormActions
          submitLabel={t('projectForm.open')}
          disabled={busy || !dir.trim()}
          onCancel={requestClose}
        />
      </form>
      {confirm}
    </Dialog>
  );
}
