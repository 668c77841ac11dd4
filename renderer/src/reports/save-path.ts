import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';

export type SavePathAnswer =
  | { kind: 'path'; path: string }
  | { kind: 'canceled' }
  | { kind: 'unsupported' }
  | { kind: 'error'; error: FyndErrorData };

/** Asks main for a save path through the native dialog; the browser fallback has none. */
export async function chooseSavePath(
  purpose: 'excel' | 'pdf' | 'word',
  defaultName: string,
): Promise<SavePathAnswer> {
  try {
    const answer = await api.call('dialog.chooseSavePath', { purpose, defaultName });
    if ('unsupported' in answer) return { kind: 'unsupported' };
    return answer.canceled ? { kind: 'canceled' } : { kind: 'path', path: answer.path };
  } catch (error) {
    return { kind: 'error', error: errorDataOf(error) };
  }
}

/** A file name safe on every system, from the project's name and what the file is. */
export function fileNameOf(projectName: string, what: string, extension: string): string {
  const base = Array.from(`${projectName} – ${what}`, (ch) =>
    ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch,
  )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base.slice(0, 150)}.${extension}`;
}
