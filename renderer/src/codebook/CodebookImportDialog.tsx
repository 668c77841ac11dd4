import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../shared/contract';
import { translateError } from '../../../shared/i18n';
import { themeTree } from '../../../shared/model/theme-tree';
import { Dialog } from '../components/Dialog';
import { useDiscardGuard } from '../components/use-discard-guard';
import { useLang } from '../i18n/use-lang';
import {
  dismissEditError,
  importCodebook,
  projectStore,
  useProjectData,
} from '../state/project-store';
import { themeOptions } from './theme-options';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; outcome: OpOutput<'refi.importCodebook'>; parent: string }
  | { kind: 'error'; message: string };

/**
 * "Import codebook (.qdc)…": a REFI-QDA codebook's themes under a theme the user picks (or at the
 * top), as one undoable step; the names already there at that level are said, not doubled.
 */
export function CodebookImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const id = useId();
  const rows = useMemo(() => themeTree(data.themes), [data.themes]);
  const [file, setFile] = useState('');
  const [parentId, setParentId] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const done = status.kind === 'done';
  const { requestClose, confirm } = useDiscardGuard(!done && file.trim() !== '', onClose);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ kind: 'busy' });
    const outcome = await importCodebook({ file: file.trim(), parentId: parentId || null });
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
          <input
            id={`${id}-file`}
            type="text"
            required
            spellCheck={false}
            autoComplete="off"
            value={file}
            readOnly={done}
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => setFile(event.target.value)}
          />
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
              disabled={status.kind === 'busy' || file.trim() === ''}
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
