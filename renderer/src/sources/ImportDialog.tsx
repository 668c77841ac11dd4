import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { FormError } from '../components/FormError';
import { useDiscardGuard } from '../components/use-discard-guard';
import { useStartState } from '../state/project-lifecycle';
import { importSources, projectStore, undo } from '../state/project-store';
import { openSource } from '../state/ui-store';
import { FilePicker } from './FilePicker';
import { ImportResults } from './ImportResults';
import { importBrowserFiles } from './run-import';
import { SourceMetaFields, defaultSourceMeta, type SourceMeta } from './SourceMetaFields';

type Phase =
  | { step: 'choose' }
  | { step: 'importing'; count: number }
  | { step: 'done'; results: ImportResult[]; steps: number; undone: boolean };

interface ImportDialogProps {
  /** Files dropped on the sources list before the dialog opened. */
  initialFiles?: readonly File[];
  onClose: () => void;
}

/**
 * "Importera filer": the metadata all files share, then the files (the native dialog in
 * Electron; a file input and drop zone in the browser), then a line per file saying what
 * happened. The whole import is one undo step.
 */
export function ImportDialog({ initialFiles = [], onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const { host } = useStartState();
  const [native, setNative] = useState(host === 'electron');
  const [meta, setMeta] = useState<SourceMeta>(defaultSourceMeta);
  const [files, setFiles] = useState<File[]>([...initialFiles]);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [error, setError] = useState<FyndErrorData | null>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const fullMeta = { ...meta, respondentIds: [] };
  // Only before importing: afterwards the typed interviewer is in the imported sources.
  const { requestClose, confirm } = useDiscardGuard(
    phase.step === 'choose' && meta.interviewer.trim() !== '',
    onClose,
  );

  // Focus follows the work: to the results when they arrive, so they are read out at once.
  useEffect(() => {
    if (phase.step === 'done') resultsRef.current?.focus();
  }, [phase.step]);

  const importNative = async () => {
    setError(null);
    try {
      const answer = await api.call('dialog.chooseFiles', { purpose: 'importSources' });
      if ('unsupported' in answer) {
        setNative(false);
        return;
      }
      if (answer.canceled) return;
      setPhase({ step: 'importing', count: answer.paths.length });
      const outcome = await importSources('sources.importFiles', {
        paths: answer.paths,
        meta: fullMeta,
      });
      if (!outcome) {
        setError(projectStore.get().editError);
        setPhase({ step: 'choose' });
        return;
      }
      const steps = outcome.mutation ? 1 : 0;
      setPhase({ step: 'done', results: outcome.results, steps, undone: false });
    } catch (failure) {
      setError(errorDataOf(failure));
      setPhase({ step: 'choose' });
    }
  };

  const importChosen = async () => {
    if (files.length === 0) return;
    setError(null);
    setPhase({ step: 'importing', count: files.length });
    const run = await importBrowserFiles(files, fullMeta);
    setPhase({ step: 'done', results: run.results, steps: run.steps, undone: false });
  };

  const undoImport = async () => {
    if (phase.step !== 'done') return;
    // Only the import's own steps, and only while they are the latest edits.
    for (let i = 0; i < phase.steps; i++) {
      if (projectStore.get().history.undo?.action !== 'sources.import') break;
      await undo();
    }
    setPhase({ ...phase, undone: true });
  };

  const again = () => {
    setFiles([]);
    setPhase({ step: 'choose' });
  };

  const open = (id: string) => {
    onClose();
    openSource(id);
  };

  return (
    <Dialog title={t('import.title')} onClose={requestClose} wide>
      <div className="dialog-body form import-dialog">
        {phase.step === 'choose' && (
          <>
            <p className="muted">{t('import.intro')}</p>
            <FormError error={error} />
            <fieldset className="import-meta">
              <legend>{t('import.shared')}</legend>
              <SourceMetaFields meta={meta} onChange={setMeta} />
            </fieldset>
            {!native && <FilePicker files={files} onChange={setFiles} />}
            <FormActions
              submitLabel={
                native
                  ? t('import.chooseNative')
                  : files.length === 0
                    ? t('import.submitNone')
                    : t('import.submit', { count: files.length })
              }
              disabled={!native && files.length === 0}
              onCancel={requestClose}
              onSubmit={() => void (native ? importNative() : importChosen())}
            />
          </>
        )}
        {phase.step === 'importing' && (
          <p className="import-progress" role="status">
            {t('import.importing', { count: phase.count })}
          </p>
        )}
        {phase.step === 'done' && (
          <>
            <ImportResults
              results={phase.results}
              live={!phase.undone}
              onOpen={open}
              headingRef={resultsRef}
            />
            <p className="hint" role="status">
              {phase.undone ? t('import.undone') : phase.steps > 0 ? t('import.undoHint') : ''}
            </p>
            <div className="dialog-actions">
              {phase.steps > 0 && !phase.undone && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void undoImport()}
                >
                  {t('import.undo')}
                </button>
              )}
              <button type="button" className="button" onClick={again}>
                {t('import.more')}
              </button>
              <button type="button" className="button button-primary" onClick={onClose}>
                {t('import.done')}
              </button>
            </div>
          </>
        )}
      </div>
      {confirm}
    </Dialog>
  );
}
