import { FyndError } from '../../../shared/errors';
import { codePointLength, normaliseText } from '../../../shared/model/text-offsets';
import type { ActionBuilder } from '../store/project-store';
import { addEntity } from './entity-actions';

/** A source's text as stored (line breaks and NFC normalised); an empty one is refused. */
export function sourceBody(raw: string): string {
  const body = normaliseText(raw);
  if (body.trim().length === 0) {
    throw new FyndError('invalidInput', 'The text is empty.', { path: 'text' });
  }
  return body;
}

/** A source to add whose text (`body`, normalised) is already stored under `id`. */
export interface NewSource {
  id: string;
  /** What the user gives: title, kind, case, respondents… */
  meta: object;
  /** Where it came from (a file name), or null for typed text. */
  origin: string | null;
  body: string;
  /** A PDF's page starts in the stored text (code points), when it has pages. */
  pages?: number[] | undefined;
}

/**
 * The one way sources are built, typed in or imported (one undo step for a batch): the user's
 * meta with the text's length in code points, its origin and the time.
 */
export function addSources(
  sources: readonly NewSource[],
  imported: string = new Date().toISOString(),
): ActionBuilder {
  return (state) => {
    const built = sources.map(({ id, meta, origin, body, pages }) =>
      addEntity(
        'sources',
        { ...meta, length: codePointLength(body), origin, imported, ...(pages ? { pages } : {}) },
        undefined,
        id,
      )(state),
    );
    const result: ReturnType<ActionBuilder> = { ops: built.flatMap((b) => b.ops) };
    if (built.length === 1 && built[0]?.id) result.id = built[0].id;
    return result;
  };
}
