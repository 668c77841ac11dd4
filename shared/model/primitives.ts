import { z } from 'zod';

/** Entity ids are UUIDs, as REFI-QDA uses GUIDs. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** The pattern IdSchema checks (zod's own), for a hot path that needs no error message. */
const ID_PATTERN = z.regexes.uuid();

/** Whether a string is an id IdSchema accepts, without the cost of a parse. */
export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** A new random id (Web Crypto exists in Node 20, Chromium and Electron alike). */
export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

/** A calendar date, YYYY-MM-DD. */
export const DateSchema = z.iso.date();
/** A moment, ISO 8601 with offset. */
export const TimestampSchema = z.iso.datetime({ offset: true });

export const LanguageSchema = z.enum(['sv', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const ColourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour as #rrggbb');

/** Short single-line text fields (names, titles). */
export const NameSchema = z.string().trim().min(1).max(300);
/** Longer free text (definitions, memos); bounded so one field cannot bloat the file. */
export const LongTextSchema = z.string().max(100_000);
