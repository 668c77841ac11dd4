import { FyndError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { SCHEMA_VERSION } from '../../../shared/model/project-file';
import { usersFromCoders } from './coder-upgrade';

/** What a migration may read besides the snapshot: the journal text that follows it. */
export interface MigrationContext {
  journal: string;
}

/** Turns a file of version n into one of version n + 1. */
export type Migration = (
  file: Record<string, unknown>,
  context: MigrationContext,
) => Record<string, unknown>;

/**
 * Numbered migrations: the entry for n upgrades from n to n + 1. Journal lines are not rewritten
 * here: each is upgraded as it is read (`coder-upgrade.ts`), so one written before the upgrade
 * still replays, and undo of an edit made before it still works.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  // 1 → 2: free-text coder names become the project's users; codings point at them.
  1: (file, { journal }) =>
    usersFromCoders(file, {
      journal,
      unnamed: (language) => translate(language === 'en' ? 'en' : 'sv', 'users.unnamed'),
    }),
};

/** Brings a parsed file up to `target`, refusing files written by a newer Fynd. */
export function migrate(
  file: Record<string, unknown>,
  version: number,
  steps: Readonly<Record<number, Migration>> = migrations,
  target = SCHEMA_VERSION,
  context: MigrationContext = { journal: '' },
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
    current = { ...step(current, context), schemaVersion: v + 1 };
  }
  return current;
}
