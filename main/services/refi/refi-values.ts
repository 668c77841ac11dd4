import { isId, newId } from '../../../shared/model/primitives';
import { normaliseText } from '../../../shared/model/text-offsets';

/** Short names: NFC, one line, at most 300 characters; an empty one falls back. */
export function cleanName(name: string, fallback: string): string {
  const clean = [
    ...normaliseText(name)
      .replace(/[\n\t\v\f\u2028\u2029]+/g, ' ')
      .trim(),
  ]
    .slice(0, 300)
    .join('')
    .trim();
  return clean || fallback.trim() || '–';
}

/** Long texts (definitions, memos): stored text rules, bounded as the model bounds them. */
export function cleanLongText(text: string, max = 100_000): string {
  const clean = normaliseText(text).trim();
  return clean.length <= max ? clean : [...clean].slice(0, max).join('').slice(0, max);
}

/**
 * Keeps the other tool's GUIDs as Fynd ids where they are valid UUIDs and not yet used (so a
 * round trip keeps identities); anything else gets a new id.
 */
export class IdKeeper {
  private readonly used = new Set<string>();

  keep(guid: string): string {
    const lower = guid.trim().toLowerCase();
    if (isId(lower) && !this.used.has(lower)) {
      this.used.add(lower);
      return lower;
    }
    let id = newId();
    while (this.used.has(id)) id = newId();
    this.used.add(id);
    return id;
  }
}

/** An xsd:dateTime as an ISO timestamp with offset (UTC assumed where none is written). */
export function timestampOf(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const time = Date.parse(withZone);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

/**
 * timestampOf with each distinct value read once: codings made in one session share their
 * timestamps, and an import reads tens of thousands of them.
 */
export function timestampReader(fallback: string): (value: string | null | undefined) => string {
  const read = new Map<string, string>();
  return (value) => {
    if (!value) return fallback;
    let stamp = read.get(value);
    if (stamp === undefined) {
      stamp = timestampOf(value, fallback);
      read.set(value, stamp);
    }
    return stamp;
  };
}
