import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { useDiscardGuard } from '../components/use-discard-guard';
import { useLang } from '../i18n/use-lang';
import { FolderField } from '../start/FolderField';
import { mergeCopy } from '../state/project-store';

/**
 * "Merge another copy…": a colleague's copy of the same study (a Fynd project folder, or a
 * .qdpx from another tool) merged into the open project as one edit. The report stays in the
 * dialog until it is closed; undo takes the whole merge back.
 */
export function MergeCopyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<string[] | null>(null);
  const { requestClose, confirm, sending } = useDiscardGuard(
    report === null && path.trim() !== '',
    onClose,
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const done = await sending(() => mergeCopy({ path: path.trim(), language: lang }));
      if (done) setReport(done.report);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('mergeForm.title')} onClose={requestClose}>
      {report ? (
        <div className="dialog-body">
          <div role="status">
            <ul className="plain-list merge-report">
              {report.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <p className="hint">{t('mergeForm.undoHint')}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
          <p>{t('mergeForm.intro')}</p>
          <FolderField
            purpose="open"
            value={path}
            onChange={setPath}
            label={t('mergeForm.path')}
            hint={t('mergeForm.pathHint')}
          />
          <FormActions
            submitLabel={t('mergeForm.submit')}
            disabled={busy || !path.trim()}
            onCancel={requestClose}
          />
        </form>
      )}
      {confirm}
    </Dialog>
  );
}
