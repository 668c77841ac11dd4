import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../shared/contract';
import { translateError } from '../../../shared/i18n';
import { MAX_QDC_BYTES } from '../../../shared/refi-interchange';
import { api } from '../api/api-client';
import { themeTree } from '../../../shared/model/theme-tree';
import { Dialog } from '../components/Dialog';
import { useDiscardGuard } from '../components/use-discard-guard';
import { useLang } from '../i18n/use-lang';
import { useStartState } from '../state/project-lifecycle';
import {
  dismissEditError,
  importCodebook,
  importCodebookData,
  projectStore,
  useProjectData,
} from '../state/project-store';
import { readAsBase64 } from '../sources/read-file';
import { themeOptions } from './theme-options';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; outcome: OpOutput<'refi.importCodebook'>; parent: string }
  | { kind: 'error'; message: string };

/**
 * "Import codebook (.qdc)…": a REFI-QDA codebook's themes under a theme the user picks (or at the
 * top), as one undoable step; the names already there at that level are said, not doubled. The
 * file is a typed path or chosen: by the native open dialog in Electron (its path fills the
 * field), by a file input in the browser (its bytes go to main, read as a path's would be).
 */
export function CodebookImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const id = useId();
  const rows = useMemo(() => themeTree(data.themes), [data.themes]);
  const { host } = useStartState();
  const [native, setNative] = useState(host === 'electron');
  const [file, setFile] = useState('');
  const [picked, setPicked] = useState<File | null>(null);
  const [parentId, setParentId] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const done = status.kind === 'done';
  const chosen = picked !== null || file.trim() !== '';
  const { requestClose, confirm } = useDiscardGuard(!done && chosen, onClose);
  const typePath = (path: string) => {
    setPicked(null);
    setFile(path);
  };
  const chooseNative = async () => {
    const answer = await api.call('refi.chooseOpenPath', { format: 'qdc' }).catch(() => null);
    if (answer && 'unsupported' in answer) setNative(false);
    else if (answer && !answer.canceled) typePath(answer.path);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (picked && picked.size > MAX_QDC_BYTES) {
      setStatus({ kind: 'error', message: t('codebookImport.tooLarge', { name: picked.name }) });
      return;
    }
    setStatus({ kind: 'busy' });
    const under = parentId || null;
    const outcome = picked
      ? await importCodebookData({
          name: picked.name,
          base64: await readAsBase64(picked),
          parentId: under,
        })
      : await importCodebook({ file: file.trim(), parentId: under });
    if (!outcome) {
      const error = projectStore.get().editError;
      // Said here, where the user is, rather than in the header's banner too.
      dismissEditError();
      setStatus({ kind: 'error', message: error ? translateError(error, lang) : '' });
      return;
    }
    const parent = rows.find((row) => row.theme.id === parentId)?.path;
    setStatus({ kind: 'done', outcome, parent: parent ?? t('codebookImport.topParent') });
  };
  return (
    <Dialog title={t('codebookImport.title')} onClose={requestClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <p>{t('codebookImport.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('codebookImport.file')}</label>
          <div className="field-row">
            <input
              id={`${id}-file`}
              type="text"
              required={picked === null}
              spellCheck={false}
              autoComplete="off"
              value={picked ? '' : file}
              readOnly={done}
              aria-describedby={`${id}-file-hint`}
              onChange={(event) => typePath(event.target.value)}
            />
            {!done &&
              (native ? (
                <button type="button" className="button" onClick={() => void chooseNative()}>
                  {t('codebookImport.choose')}
                </button>
              ) : (
                <label className="button file-button">
                  <input
                    type="file"
                    accept=".qdc"
                    className="visually-hidden"
                    onChange={(event) => {
                      const chosenFile = event.target.files?.[0];
                      if (chosenFile) setPicked(chosenFile);
                      // Choosing the same file again should work.
                      event.target.value = '';
                    }}
                  />
                  {t('codebookImport.choose')}
                </label>
              ))}
          </div>
          {picked && (
            <p className="picked-file" role="status">
              {t('codebookImport.picked', { name: picked.name })}
            </p>
          )}
          <p className="hint" id={`${id}-file-hint`}>
            {t('codebookImport.fileHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-parent`}>{t('codebookImport.parent')}</label>
          <select
            id={`${id}-parent`}
            value={parentId}
            disabled={done}
            onChange={(event) => setParentId(event.target.value)}
          >
            <option value="">{t('codebookImport.top')}</option>
            {themeOptions(rows).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div role="status" aria-live="polite">
          {status.kind === 'done' && (
            <div className="report-done">
              <p>
                {t('codebookImport.added', {
                  count: status.outcome.added,
                  parent: status.parent,
                })}
              </p>
              {status.outcome.existing.length > 0 && (
                <p className="hint">
                  {t('codebookImport.existing', { names: status.outcome.existing.join(', ') })}
                </p>
              )}
            </div>
          )}
        </div>
        {status.kind === 'error' && (
          <p className="form-error" role="alert">
            {status.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={done ? onClose : requestClose}>
            {done ? t('common.close') : t('common.cancel')}
          </button>
          {!done && (
            <button
              type="submit"
              className="button button-primary"
              disabled={status.kind === 'busy' || !chosen}
            >
              {t('codebookImport.submit')}
            </button>
          )}
        </div>
      </form>
      {confirm}
    </Dialog>
  );
}
