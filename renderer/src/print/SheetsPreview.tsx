import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINT_FRAME_SANDBOX } from './print-frame';

/**
 * The recommendation sheets as they will print, inside the app: the self-contained document
 * from main in a sandboxed frame (srcdoc; no scripts run in it, its CSS stays inside).
 */
export function SheetsPreview({ html, ref }: { html: string; ref?: Ref<HTMLIFrameElement> }) {
  const { t } = useTranslation();
  return (
    <iframe
      ref={ref}
      className="sheets-preview"
      title={t('print.previewTitle')}
      sandbox={PRINT_FRAME_SANDBOX}
      srcDoc={html}
      data-testid="sheets-preview"
    />
  );
}
