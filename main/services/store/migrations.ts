import { FyndError } from '../../../shared/errors';
import { SCHEMA_VERSION } from '../../../shared/model/project-file';

/** Turns a file of version n into one of version n + 1. */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * Numbered migrations: the entry for n upgrades from n to n + 1. Version 1 is the first
 * released format, so the list starts empty; each schema change adds the next number here.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

/** Brings a parsed file up to `target`, refusing files written by a newer Fynd. */
export function migrate(
  file: Record<string, unknown>,
  version: number,
  steps: Readonly<Record<number, Migration>> = migrations,
  target = SCHEMA_VERSION,
): Record<string, unknown> {
  if (version > target) {
    throw new FyndError(
      'projectTooNew',
      `The project was saved by a newer Fynd (format ${version}; this one reads up to ${target}).`,
      { version, supported: target },
    );
  }
  let current = file;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step)
      throw new FyndError('projectCorrupt', `No migration from format ${v}.`, { version: v });
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}
