/**
 * Printing the sheets in the browser fallback, where main cannot open the system print dialog.
 *
 * The sheets document is loaded into a sandboxed iframe (no scripts; same origin, so this page
 * may call its print(); modals, so print() is allowed) and that frame's own print() is called:
 * the browser prints exactly the sheets document with its own @page rules (A4, margins, header
 * and page numbers), while the app itself stays out of the printout. A print-only container
 * in the app's own page would mix the app's CSS (e.g. its `.facts` class) with the sheets', and
 * an iframe in the app's printout would be cut to one page.
 */
export const PRINT_FRAME_SANDBOX = 'allow-same-origin allow-modals';

/** Prints the document in a frame once it has loaded. Throws when the browser refuses. */
export async function printFrame(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow;
  if (!win) throw new Error('The print frame has no window.');
  if (frame.contentDocument?.readyState !== 'complete') {
    await new Promise<void>((resolve) =>
      frame.addEventListener('load', () => resolve(), { once: true }),
    );
  }
  win.focus();
  win.print();
}

/**
 * Prints an HTML document through a hidden frame made for the purpose (when the preview is not
 * open). The frame is removed after the print dialog closes.
 */
export async function printHtml(html: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', PRINT_FRAME_SANDBOX);
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame-hidden';
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await loaded;
    await printFrame(frame);
  } finally {
    // print() blocks until the dialog closes in Chromium; give other browsers a moment too.
    setTimeout(() => frame.remove(), 1000);
  }
}
