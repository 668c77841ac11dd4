import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { useDiscardGuard } from '../components/use-discard-guard';
import { useLang } from '../i18n/use-lang';
import {
  chooseFolder,
  dismissOpenFailure,
  importProject,
  useStartState,
} from '../state/project-lifecycle';
import { FolderField } from './FolderField';
import { OpenFailureBanner } from './OpenFailureBanner';

/**
 * "Open a project from another tool…": a .qdpx file and the new project's folder. Main builds
 * the project beside the folder and renames it into place, then opens it; the notice after it
 * sums up the import report, which stays in the project as a memo.
 */
export function ImportProjectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { busy, host } = useStartState();
  const fileId = useId();
  const [file, setFile] = useState('');
  const [dir, setDir] = useState('');
  const { requestClose, confirm, sending } = useDiscardGuard(
    file.trim() !== '' || dir.trim() !== '',
    onClose,
  );
  useEffect(() => dismissOpenFailure(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let folder = dir.trim();
    // With a native dialog at hand, an empty folder field means "ask me where".
    if (!folder && host === 'electron') {
      const chosen = await chooseFolder('create');
      if (!chosen || chosen === 'unsupported') return;
      folder = chosen;
      setDir(chosen);
    }
    const input = { file: file.trim(), dir: folder, language: lang };
    if (await sending(() => importProject(input))) onClose();
  };
  return (
    <Dialog title={t('importForm.title')} onClose={requestClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <p>{t('importForm.intro')}</p>
        <OpenFailureBanner />
        <div className="field">
          <label htmlFor={fileId}>{t('importForm.file')}</label>
          <input
            id={fileId}
            type="text"
            required
            spellCheck={false}
            autoComplete="off"
            value={file}
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => setFile(event.target.value)}
          />
          <p className="hint" id={`${fileId}-hint`}>
            {t('importForm.fileHint')}
          </p>
        </div>
        <FolderField purpose="create" value={dir} onChange={setDir} />
        <FormActions
          submitLabel={t('importForm.submit')}
          disabled={busy || !file.trim() || (!dir.trim() && host !== 'electron')}
          onCancel={requestClose}
        />
      </form>
      {confirm}
    </Dialog>
  );
}
