import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { REPORT_PARTS, type ReportPart } from '../../../shared/outputs';
import { api, errorDataOf } from '../api/api-client';
import { newTaskId } from '../api/task-id';
import { useCountText, useLang } from '../i18n/use-lang';
import { useStartState } from '../state/project-lifecycle';
import { useProjectData } from '../state/project-store';
import { useTaskProgress } from '../state/use-task-progress';
import { ExportProgress } from './ExportProgress';
import { OutputOptions, type OutputChoice } from './OutputOptions';
import { reportFailureText } from './report-failure';
import { ReportParts, ReportScopeList } from './ReportScope';
import { bytesOfBase64, downloadFile, XLSX_TYPE } from './download';
import { chooseSavePath, fileNameOf } from './save-path';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; taskId: string }
  | {
      kind: 'done';
      result: Pick<OpOutput<'report.excel'>, 'sheets' | 'rows'>;
      /** Saved at a path (Electron) or handed to the browser under a file name. */
      where: { path: string } | { fileName: string };
    }
  | { kind: 'error'; error: FyndErrorData };

/**
 * The Excel evaluation report: which sheets, which cases and themes, language and
 * pseudonymisation; saved where the user says in the native dialog (Electron), or downloaded
 * under its name in the browser fallback, whose own "save as" picks the folder and asks before
 * overwriting. A failure says why and loses nothing: the old file, if any, is left as it was.
 * While it is written, a bar shows the rows written so far (under the export's task id).
 */
export function ExcelReportForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const countText = useCountText();
  const data = useProjectData();
  const { host } = useStartState();
  const [parts, setParts] = useState<ReportPart[]>([...REPORT_PARTS]);
  const [caseIds, setCaseIds] = useState<string[]>([]);
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [options, setOptions] = useState<OutputChoice>({ language: null, pseudonymise: true });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const progress = useTaskProgress(status.kind === 'busy' ? status.taskId : null);
  const busyId = useId();
  const fileName = fileNameOf(data.project.name, t('reportsView.excelFileName'), 'xlsx');

  const choice = {
    parts,
    caseIds,
    themeIds,
    pseudonymise: options.pseudonymise,
    ...(options.language ? { language: options.language } : {}),
  };
  const writing = async (make: (taskId: string) => Promise<Status>) => {
    const taskId = newTaskId('excel');
    setStatus({ kind: 'busy', taskId });
    try {
      setStatus(await make(taskId));
    } catch (error) {
      setStatus({ kind: 'error', error: errorDataOf(error) });
    }
  };
  const exportTo = (path: string) =>
    writing(async (taskId) => {
      const result = await api.call('report.excel', { ...choice, taskId, path });
      return { kind: 'done', result, where: { path: result.path } };
    });
  const download = () =>
    writing(async (taskId) => {
      const { base64, ...result } = await api.call('report.excelDownload', { ...choice, taskId });
      downloadFile(fileName, new Blob([bytesOfBase64(base64)], { type: XLSX_TYPE }));
      return { kind: 'done', result, where: { fileName } };
    });
  const save = async () => {
    if (host === 'web') return download();
    const answer = await chooseSavePath('excel', fileName);
    if (answer.kind === 'path') await exportTo(answer.path);
    else if (answer.kind === 'unsupported') await download();
    else if (answer.kind === 'error') setStatus({ kind: 'error', error: answer.error });
  };
  const busy = status.kind === 'busy';
  const ready = parts.length > 0;

  return (
    <section className="report-card" aria-labelledby="excel-heading" aria-busy={busy}>
      <h2 id="excel-heading">{t('reportsView.excelHeading')}</h2>
      <p className="muted">{t('reportsView.excelIntro')}</p>
      <ReportParts parts={parts} onChange={setParts} />
      <div className="scope-row">
        <ReportScopeList kind="cases" selected={caseIds} onChange={setCaseIds} />
        <ReportScopeList kind="themes" selected={themeIds} onChange={setThemeIds} />
      </div>
      <OutputOptions
        value={options}
        projectLanguage={data.project.language}
        onChange={setOptions}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!ready || busy}
          onClick={() => void save()}
        >
          {host === 'web' ? t('outputDownload.excel') : t('reportsView.saveExcel')}
        </button>
        {parts.length === 0 && <span className="hint">{t('reportsView.noParts')}</span>}
      </div>
      <div className="report-status" role="status" aria-live="polite">
        {busy && (
          <p className="busy-line" id={busyId}>
            {t('reportsView.excelBusy')}
          </p>
        )}
        {status.kind === 'done' && (
          <div className="report-done">
            <p>
              <strong>
                {'path' in status.where
                  ? t('reportsView.excelDone')
                  : t('outputDownload.excelDone')}
              </strong>{' '}
              <code className="file-path">
                {'path' in status.where ? status.where.path : status.where.fileName}
              </code>
            </p>
            {'fileName' in status.where && <p className="hint">{t('outputDownload.where')}</p>}
            <ul className="sheet-list">
              {status.result.sheets.map((sheet) => (
                <li key={sheet}>
                  {sheet}
                  {status.result.rows[sheet] !== undefined && (
                    <span className="muted">
                      {' '}
                      · {countText('reportsView.rows', status.result.rows[sheet] ?? 0)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {busy && <ExportProgress progress={progress} labelledBy={busyId} />}
      {status.kind === 'error' && (
        <p className="form-error" role="alert">
          {reportFailureText(status.error, lang)}
        </p>
      )}
    </section>
  );
}
