/**
 * Hands a file to the browser as a download under its name: the browser's own "save as" decides
 * the folder and asks (or renames) before it would overwrite a file. The browser fallback's way
 * of saving an output; Electron saves through the native dialog instead.
 */
export function downloadFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time the browser asks the user anything.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Bytes sent as base64 (main's answer), for a Blob. */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
