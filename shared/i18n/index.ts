import type { Mutation, OpName, OpOutput } from '../contract';
import type { ErrorCode, FyndErrorData } from '../errors';
import type { ActionLabel } from '../model/ops';
import type { Notice } from '../notices';
import { en } from './en';
import { formatDateTime } from './format';
import { sv, type Catalogue } from './sv';

/**
 * The message catalogues and the few translations that must work without React (the command
 * line prints translated errors too). The renderer feeds the same catalogues to i18next.
 */

export { en, sv, type Catalogue };

export const languages = ['sv', 'en'] as const;
export type Lang = (typeof languages)[number];

export const catalogues: Readonly<Record<Lang, Catalogue>> = { sv, en };

/** Whether a value names a language Fynd speaks. */
export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

/** Operations that change the project and so appear in the undo history. */
export type MutationOpName = Exclude<
  { [K in OpName]: OpOutput<K> extends Mutation ? K : never }[OpName],
  'history.undo' | 'history.redo'
>;

type ActionGroups = Omit<Catalogue['actions'], 'unknown'>;
type ActionKey = {
  [G in keyof ActionGroups]: `${G & string}.${keyof ActionGroups[G] & string}`;
}[keyof ActionGroups];

// Compile-time checks: every mutation has an action label, every error code a message.
const actionKeyOf = (name: MutationOpName): ActionKey => name;
const errorMessages: Record<ErrorCode, string> = sv.errors;
void actionKeyOf;
void errorMessages;

/** Looks up a dotted key in a catalogue; undefined when it is not a message. */
export function lookup(lang: Lang, key: string): string | undefined {
  let node: unknown = catalogues[lang];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Fills `{{name}}` placeholders. A missing value leaves nothing (and takes the space before it
 * along), so "i mappen {{dir}}." reads "i mappen." rather than showing braces.
 */
export function interpolate(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/( ?)\{\{\s*([\w.]+)\s*\}\}/g, (_, space: string, name: string) => {
    const value = params[name];
    return value === undefined || value === null || value === '' ? '' : space + String(value);
  });
}

/** Translates a message key (without plural handling) or returns the key itself. */
export function translate(
  lang: Lang,
  key: string,
  params: Readonly<Record<string, unknown>> = {},
): string {
  return interpolate(lookup(lang, key) ?? key, params);
}

/** A human message for an error from the API: what happened and what to do. */
export function translateError(data: Pick<FyndErrorData, 'code' | 'params'>, lang: Lang): string {
  const params: Record<string, unknown> = { ...data.params };
  // A moment the error names (a lock's age) is written the language's way.
  if (typeof params.since === 'string') params.sinceText = formatDateTime(params.since, lang);
  // A code this build does not know (an older or newer host) still says something.
  const known: Readonly<Record<string, string | undefined>> = catalogues[lang].errors;
  return interpolate(known[data.code] ?? catalogues[lang].errors.internal, params);
}

/** A human message for a notice key such as 'notice.migrated'. */
export function translateNotice(notice: Notice, lang: Lang): string {
  const template = lookup(lang, notice.key);
  if (template === undefined)
    return interpolate(catalogues[lang].notice.unknown, { key: notice.key });
  return interpolate(template, notice.params ?? {});
}

/** What an undo-history label is called, e.g. 'codings.add' → "Koda segment". */
export function actionName(label: Pick<ActionLabel, 'action'>, lang: Lang): string {
  return lookup(lang, `actions.${label.action}`) ?? catalogues[lang].actions.unknown;
}
