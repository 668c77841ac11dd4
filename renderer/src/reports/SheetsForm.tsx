import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';
import { byOrder } from '../../../shared/model/numbering';
import { useErrorText, useLang } from '../i18n/use-lang';
import { printFrame, printHtml } from '../print/print-frame';
import { SheetsPreview } from '../print/SheetsPreview';
import { useStartState } from '../state/project-lifecycle';
import { useProjectData } from '../state/project-store';
import { identityOf, useApiQuery } from '../state/use-api-query';
import { OutputOptions, type OutputChoice } from './OutputOptions';
import { RecommendationChoice } from './RecommendationChoice';
import { reportFailureText } from './report-failure';
import { downloadFile } from './download';
import { chooseSavePath, fileNameOf } from './save-path';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'print' | 'pdf' | 'download' }
  | { kind: 'message'; text: string }
  | { kind: 'error'; error: FyndErrorData };

/**
 * Printed recommendation sheets: one A4 page per recommendation. Preview in the app, print
 * through the system dialog, or save as PDF (Electron); in the browser fallback printing goes
 * through the browser's own dialog, which also saves PDFs, and the sheets download as one
 * self-contained HTML file under their name.
 */
export function SheetsForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const lang = useLang();
  const data = useProjectData();
  const { host } = useStartState();
  const all = byOrder(data.recommendations).map((r) => r.id);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const ids = (chosen ?? all).filter((id) => all.includes(id));
  const [options, setOptions] = useState<OutputChoice>({ language: null, pseudonymise: true });
  const [previewOpen, setPreviewOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const frameRef = useRef<HTMLIFrameElement>(null);
  const input = {
    ids,
    pseudonymise: options.pseudonymise,
    ...(options.language ? { language: options.language } : {}),
  };
  // The preview follows the choices and every edit of the project while it is open.
  const preview = useApiQuery(
    'sheets.html',
    previewOpen && ids.length > 0 ? input : null,
    identityOf(data),
  );

  const run = async (what: 'print' | 'pdf' | 'download', work: () => Promise<Status>) => {
    setStatus({ kind: 'busy', what });
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ kind: 'error', error: errorDataOf(error) });
    }
  };
  const showPreview = () => {
    setPreviewOpen(true);
    setStatus({ kind: 'message', text: t('print.previewShown', { count: ids.length }) });
  };
  const print = () =>
    run('print', async () => {
      const answer = await api.call('sheets.print', { ...input, mode: 'print' });
      if ('done' in answer) return { kind: 'message', text: t('print.printed') };
      // The browser fallback: the browser's own print dialog, through the sheets' frame.
      if (previewOpen && preview?.status === 'ok' && frameRef.current)
        await printFrame(frameRef.current);
      else await printHtml((await api.call('sheets.html', input)).html);
      return { kind: 'message', text: t('print.printDialogShown') };
    });
  const savePdf = () =>
    run('pdf', async () => {
      const answer = await chooseSavePath(
        'pdf',
        fileNameOf(data.project.name, t('print.pdfFileName'), 'pdf'),
      );
      if (answer.kind === 'canceled') return { kind: 'idle' };
      if (answer.kind === 'error') return { kind: 'error', error: answer.error };
      if (answer.kind === 'unsupported')
        return { kind: 'message', text: t('print.pdfUnsupported') };
      const result = await api.call('sheets.print', { ...input, mode: 'pdf', path: answer.path });
      if ('unsupported' in result) return { kind: 'message', text: t('print.pdfUnsupported') };
      return { kind: 'message', text: t('print.pdfSaved', { path: answer.path }) };
    });
  const download = () =>
    run('download', async () => {
      const fileName = fileNameOf(data.project.name, t('print.pdfFileName'), 'html');
      const { html } = await api.call('sheets.html', input);
      downloadFile(fileName, new Blob([html], { type: 'text/html;charset=utf-8' }));
      return { kind: 'message', text: t('outputDownload.sheetsDone', { fileName }) };
    });
  const busy = status.kind === 'busy';
  const none = ids.length === 0;

  return (
    <section className="report-card" aria-labelledby="sheets-heading" aria-busy={busy}>
      <h2 id="sheets-heading">{t('print.heading')}</h2>
      <p className="muted">{t('print.intro')}</p>
      <RecommendationChoice all={all} chosen={ids} onChange={setChosen} />
      <OutputOptions
        value={options}
        projectLanguage={data.project.language}
        onChange={setOptions}
      />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={none || busy}
          aria-expanded={previewOpen}
          onClick={showPreview}
        >
          {t('print.preview')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={none || busy}
          onClick={() => void print()}
        >
          {t('print.print')}
        </button>
        {host === 'web' ? (
          <button
            type="button"
            className="button"
            disabled={none || busy}
            onClick={() => void download()}
          >
            {t('outputDownload.sheets')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={none || busy}
            onClick={() => void savePdf()}
          >
            {t('print.savePdf')}
          </button>
        )}
      </div>
      {host === 'web' && <p className="hint">{t('outputDownload.pdfHint')}</p>}
      <div className="report-status" role="status" aria-live="polite">
        {status.kind === 'busy' && (
          <p className="busy-line">
            <span className="busy-spinner" aria-hidden="true" />
            {status.what === 'download'
              ? t('outputDownload.sheetsBusy')
              : t(`print.busy_${status.what}`)}
          </p>
        )}
        {status.kind === 'message' && <p>{status.text}</p>}
      </div>
      {status.kind === 'error' && (
        <p className="form-error" role="alert">
          {reportFailureText(status.error, lang)}
        </p>
      )}
      {preview?.status === 'error' && (
        <p className="form-error" role="alert">
          {errorText(preview.error)}
        </p>
      )}
      {previewOpen && preview?.value && (
        <div className="preview-box" aria-busy={preview.status === 'loading'}>
          <div className="panel-row">
            <h3 className="panel-label">{t('print.previewHeading')}</h3>
            <button
              type="button"
              className="button-quiet button-small"
              onClick={() => setPreviewOpen(false)}
            >
              {t('print.closePreview')}
            </button>
          </div>
          <SheetsPreview html={preview.value.html} ref={frameRef} />
        </div>
      )}
    </section>
  );
}
