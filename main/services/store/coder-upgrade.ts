import { createHash } from 'node:crypto';

/**
 * Format 1 named a coding's coder in free text (`coder: "Anna"`); format 2 points at a user
 * (`coderId`). A v1 op can turn up after the upgrade (in the undo history, or in journal lines
 * written before it), so every op is upgraded on its own, without context: the id of a legacy
 * name is derived from the name, the same everywhere, and the upgrade of a v2 op changes nothing.
 */

/** The user id a free-text coder name of format 1 becomes (a UUID v8 from its SHA-256). */
export function legacyCoderId(name: string): string {
  const hex = createHash('sha256')
    .update(`fynd-coder:${legacyKey(name)}`)
    .digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** Names that differ only in composition or surrounding space are one coder. */
function legacyKey(name: string): string {
  return name.normalize('NFC').trim();
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The coder name of a v1 put of a coding, or null for any other op. */
function legacyCoderOf(op: unknown): string | null {
  if (!isObject(op) || op.op !== 'put' || op.coll !== 'codings' || !isObject(op.value)) return null;
  const { coder, coderId } = op.value;
  return typeof coder === 'string' && coderId === undefined ? coder : null;
}

/** An op as format 2 has it: a v1 coding's coder name becomes its user id. */
export function upgradeOp(op: unknown): unknown {
  const name = legacyCoderOf(op);
  if (name === null || !isObject(op) || !isObject(op.value)) return op;
  const value: Json = { ...op.value, coderId: legacyCoderId(name) };
  delete value.coder;
  return { ...op, value };
}

function upgradeOps(ops: unknown): unknown {
  return Array.isArray(ops) ? ops.map(upgradeOp) : ops;
}

/** A journal entry (or history entry) with its ops, and any inverse ops, upgraded. */
export function upgradeEntry(entry: unknown): unknown {
  if (!isObject(entry)) return entry;
  const upgraded: Json = { ...entry, ops: upgradeOps(entry.ops) };
  if ('inverse' in entry) upgraded.inverse = upgradeOps(entry.inverse);
  return upgraded;
}

/** Every free-text coder name in some ops (of entries, of history). */
export function legacyCodersIn(entries: readonly unknown[]): string[] {
  const names: string[] = [];
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    for (const list of [entry.ops, entry.inverse]) {
      if (!Array.isArray(list)) continue;
      for (const op of list) {
        const name = legacyCoderOf(op);
        if (name !== null) names.push(name);
      }
    }
  }
  return names;
}

/**
 * The entries of journal text, read leniently for their coder names only: a line that is not
 * JSON is skipped (the journal's own reading reports it).
 */
export function legacyCodersInJournal(text: string): string[] {
  const entries: unknown[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
      // A torn or damaged line: the journal reader says so; it names no coder here.
    }
  }
  return legacyCodersIn(entries);
}

/**
 * Format 1 → 2: every coder name (of the codings, the undo history, the journal that follows,
 * and the project's evaluator) becomes a user; codings and history point at them. A name left
 * empty becomes `unnamed` (the project's language's word for an unnamed coder).
 */
export function usersFromCoders(
  file: Json,
  context: { journal: string; unnamed: (language: unknown) => string },
): Json {
  const data = isObject(file.data) ? file.data : {};
  const project = isObject(data.project) ? data.project : {};
  const history = isObject(file.history) ? file.history : {};
  const undo = Array.isArray(history.undo) ? history.undo : [];
  const redo = Array.isArray(history.redo) ? history.redo : [];
  const codings = Array.isArray(data.codings) ? data.codings : [];

  const names: string[] = [];
  if (typeof project.evaluator === 'string' && project.evaluator.trim() !== '') {
    names.push(project.evaluator);
  }
  names.push(
    ...legacyCodersIn(codings.map((value) => ({ ops: [{ op: 'put', coll: 'codings', value }] }))),
  );
  names.push(...legacyCodersIn([...undo, ...redo]));
  names.push(...legacyCodersInJournal(context.journal));

  const users = new Map<string, Json>();
  for (const name of names) {
    const id = legacyCoderId(name);
    if (users.has(id)) continue;
    const shown = legacyKey(name).slice(0, 300);
    users.set(id, { id, name: shown === '' ? context.unnamed(project.language) : shown });
  }
  const upgradeCoding = (value: unknown): unknown => {
    const upgraded = upgradeOp({ op: 'put', coll: 'codings', value });
    return isObject(upgraded) ? upgraded.value : value;
  };
  return {
    ...file,
    data: { ...data, codings: codings.map(upgradeCoding), users: [...users.values()] },
    history: { ...history, undo: undo.map(upgradeEntry), redo: redo.map(upgradeEntry) },
  };
}
