import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';
import { useLang } from '../i18n/use-lang';
import { useStartState } from '../state/project-lifecycle';
import { useProjectData } from '../state/project-store';
import { bytesOfBase64, DOCX_TYPE, downloadFile } from './download';
import { OutputOptions, type OutputChoice } from './OutputOptions';
import { reportFailureText } from './report-failure';
import { ReportScopeList } from './ReportScope';
import { chooseSavePath, fileNameOf } from './save-path';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; where: { path: string } | { fileName: string } }
  | { kind: 'error'; error: FyndErrorData };

/**
 * The Word report, a draft to edit: which cases, language and pseudonymisation; saved where
 * the user says (Electron) or downloaded under its name (the browser fallback), as the Excel
 * report is.
 */
export function WordReportForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const { host } = useStartState();
  const [caseIds, setCaseIds] = useState<string[]>([]);
  const [options, setOptions] = useState<OutputChoice>({ language: null, pseudonymise: true });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busyId = useId();
  const fileName = fileNameOf(data.project.name, t('wordReport.fileName'), 'docx');
  const choice = {
    caseIds,
    pseudonymise: options.pseudonymise,
    ...(options.language ? { language: options.language } : {}),
  };
  const writing = async (make: () => Promise<Status>) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus(await make());
    } catch (error) {
      setStatus({ kind: 'error', error: errorDataOf(error) });
    }
  };
  const download = () =>
    writing(async () => {
      const { base64 } = await api.call('report.wordDownload', choice);
      downloadFile(fileName, new Blob([bytesOfBase64(base64)], { type: DOCX_TYPE }));
      return { kind: 'done', where: { fileName } };
    });
  const save = async () => {
    if (host === 'web') return download();
    const answer = await chooseSavePath('word', fileName);
    if (answer.kind === 'path') {
      const path = answer.path;
      await writing(async () => ({
        kind: 'done',
        where: { path: (await api.call('report.word', { ...choice, path })).path },
      }));
    } else if (answer.kind === 'unsupported') await download();
    else if (answer.kind === 'error') setStatus({ kind: 'error', error: answer.error });
  };
  const busy = status.kind === 'busy';

  return (
    <section className="report-card" aria-labelledby="word-heading" aria-busy={busy}>
      <h2 id="word-heading">{t('wordReport.heading')}</h2>
      <p className="muted">{t('wordReport.intro')}</p>
      <div className="scope-row">
        <ReportScopeList kind="cases" selected={caseIds} onChange={setCaseIds} />
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
          disabled={busy}
          onClick={() => void save()}
        >
          {host === 'web' ? t('wordReport.download') : t('wordReport.save')}
        </button>
      </div>
      <div className="report-status" role="status" aria-live="polite">
        {busy && (
          <p className="busy-line" id={busyId}>
            {t('wordReport.busy')}
          </p>
        )}
        {status.kind === 'done' && (
          <div className="report-done">
            <p>
              <strong>
                {'path' in status.where ? t('wordReport.done') : t('wordReport.downloaded')}
              </strong>{' '}
              <code className="file-path">
                {'path' in status.where ? status.where.path : status.where.fileName}
              </code>
            </p>
            {'fileName' in status.where && <p className="hint">{t('outputDownload.where')}</p>}
          </div>
        )}
      </div>
      {status.kind === 'error' && (
        <p className="form-error" role="alert">
          {reportFailureText(status.error, lang)}
        </p>
      )}
    </section>
  );
}
