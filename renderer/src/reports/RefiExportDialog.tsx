import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import {
  RefiOffsetsSchema,
  unseenByOtherTools,
  unseenKinds,
  type RefiFormat,
  type RefiOffsets,
} from '../../../shared/refi-interchange';
import { api, errorDataOf } from '../api/api-client';
import { Dialog } from '../components/Dialog';
import { useLang } from '../i18n/use-lang';
import { useStartState } from '../state/project-lifecycle';
import { useCodingSummary } from '../state/source-codings';
import { useProjectData } from '../state/project-store';
import { bytesOfBase64, downloadFile } from './download';
import { reportFailureText } from './report-failure';
import { fileNameOf } from './save-path';
import '../styles/reports.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; where: { path: string } | { fileName: string } }
  | { kind: 'error'; error: FyndErrorData };

/**
 * The project as .qdpx (or its codebook as .qdc) for NVivo, ATLAS.ti, MAXQDA and QualCoder:
 * which offsets the other tool reads, and, counted from this project, what it will not see
 * (carried only in the export's "Fynd" note, which Fynd reads back). Saved where the user says
 * (Electron) or downloaded (the browser fallback), as the reports are.
 */
export function RefiExportDialog({ format, onClose }: { format: RefiFormat; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const { host } = useStartState();
  const id = useId();
  const [offsets, setOffsets] = useState<RefiOffsets>('utf16');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const valenced = useCodingSummary()?.value?.valenced ?? 0;
  const unseen = unseenByOtherTools(data, valenced);
  const kinds = format === 'qdc' ? (['themeGuidance'] as const) : unseenKinds;
  const shown = kinds.filter((kind) => unseen[kind] > 0);
  const fileName = fileNameOf(data.project.name, t(`refiExportForm.fileName.${format}`), format);
  const choice = { format, offsets };

  const download = async (): Promise<Status> => {
    const { base64 } = await api.call('refi.exportDownload', choice);
    downloadFile(fileName, new Blob([bytesOfBase64(base64)], { type: 'application/zip' }));
    return { kind: 'done', where: { fileName } };
  };
  const save = async (): Promise<Status | null> => {
    if (host === 'web') return download();
    const answer = await api.call('refi.chooseSavePath', { format, defaultName: fileName });
    if ('unsupported' in answer) return download();
    if (answer.canceled) return null;
    const { path } = await api.call('refi.export', { ...choice, path: answer.path });
    return { kind: 'done', where: { path } };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ kind: 'busy' });
    try {
      setStatus((await save()) ?? { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', error: errorDataOf(error) });
    }
  };
  const done = status.kind === 'done';

  return (
    <Dialog title={t(`refiExportForm.title.${format}`)} onClose={onClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <p>{t(`refiExportForm.intro.${format}`)}</p>
        {format === 'qdpx' && (
          <fieldset className="refi-offsets">
            <legend>{t('refiExportForm.offsetsLegend')}</legend>
            {RefiOffsetsSchema.options.map((option) => (
              <div className="field" key={option}>
                <label className="opt-check">
                  <input
                    type="radio"
                    name={`${id}-offsets`}
                    value={option}
                    checked={offsets === option}
                    aria-describedby={`${id}-${option}`}
                    onChange={() => setOffsets(option)}
                  />
                  {t(`refiExportForm.offsets.${option}`)}
                </label>
                <p className="hint" id={`${id}-${option}`}>
                  {t(`refiExportForm.offsetsHint.${option}`)}
                </p>
              </div>
            ))}
          </fieldset>
        )}
        <section aria-labelledby={`${id}-unseen`}>
          <h3 id={`${id}-unseen`} className="refi-unseen-heading">
            {t('refiExportForm.unseenHeading')}
          </h3>
          {shown.length > 0 ? (
            <>
              <ul className="refi-unseen">
                {shown.map((kind) => (
                  <li key={kind}>{t(`refiExportForm.unseen.${kind}`, { count: unseen[kind] })}</li>
                ))}
              </ul>
              <p className="hint">{t(`refiExportForm.unseenNote.${format}`)}</p>
            </>
          ) : (
            <p className="hint">{t('refiExportForm.unseenNone')}</p>
          )}
        </section>
        <div className="report-status" role="status" aria-live="polite">
          {status.kind === 'busy' && <p className="busy-line">{t('refiExportForm.busy')}</p>}
          {status.kind === 'done' && (
            <p>
              <strong>
                {'path' in status.where
                  ? t('refiExportForm.saved')
                  : t('refiExportForm.downloaded')}
              </strong>{' '}
              <code className="file-path">
                {'path' in status.where ? status.where.path : status.where.fileName}
              </code>
            </p>
          )}
        </div>
        {status.kind === 'error' && (
          <p className="form-error" role="alert">
            {reportFailureText(status.error, lang)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {done ? t('common.close') : t('common.cancel')}
          </button>
          {!done && (
            <button
              type="submit"
              className="button button-primary"
              disabled={status.kind === 'busy'}
            >
              {host === 'web' ? t('refiExportForm.download') : t('refiExportForm.save')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
