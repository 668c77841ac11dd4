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
import { chooseSavePath, fileNameOf, withExtension } from './save-path';
import { SavePathField } from './SavePathField';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; taskId: string }
  | { kind: 'done'; result: OpOutput<'report.excel'> }
  | { kind: 'error'; error: FyndErrorData };

/**
 * The Excel evaluation report: which sheets, which cases and themes, language and
 * pseudonymisation; saved where the user says (native dialog, or a typed path in the browser).
 * A failure says why and loses nothing: the old file, if any, is left as it was. While it is
 * written, a bar shows the rows written so far (main reports them under the export's task id).
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
  const [typedPath, setTypedPath] = useState('');
  const [askPath, setAskPath] = useState(host === 'web');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const progress = useTaskProgress(status.kind === 'busy' ? status.taskId : null);
  const busyId = useId();
  const fileName = fileNameOf(data.project.name, t('reportsView.excelFileName'), 'xlsx');

  const exportTo = async (path: string) => {
    const taskId = newTaskId('excel');
    setStatus({ kind: 'busy', taskId });
    try {
      const result = await api.call('report.excel', {
        taskId,
        path,
        parts,
        caseIds,
        themeIds,
        pseudonymise: options.pseudonymise,
        ...(options.language ? { language: options.language } : {}),
      });
      setStatus({ kind: 'done', result });
    } catch (error) {
      setStatus({ kind: 'error', error: errorDataOf(error) });
    }
  };
  const save = async () => {
    if (askPath) {
      if (typedPath.trim()) await exportTo(withExtension(typedPath, 'xlsx'));
      return;
    }
    const answer = await chooseSavePath('excel', fileName);
    if (answer.kind === 'path') await exportTo(answer.path);
    else if (answer.kind === 'unsupported') setAskPath(true);
    else if (answer.kind === 'error') setStatus({ kind: 'error', error: answer.error });
  };
  const busy = status.kind === 'busy';
  const ready = parts.length > 0 && (!askPath || typedPath.trim() !== '');

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
      {askPath && (
        <SavePathField
          value={typedPath}
          onChange={setTypedPath}
          example={`/home/anna/${fileName}`}
        />
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!ready || busy}
          onClick={() => void save()}
        >
          {askPath ? t('reportsView.saveExcelTyped') : t('reportsView.saveExcel')}
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
              <strong>{t('reportsView.excelDone')}</strong>{' '}
              <code className="file-path">{status.result.path}</code>
            </p>
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
