import { assertAbsolutePath } from '../absolute-path';
import type { Lang } from '../../../shared/i18n';
import type { Notice } from '../../../shared/notices';
import type { RefiImportReport } from './import-report';
import { importRefiProject, type RefiImportResult } from './refi-import';
import { writeNewProjectFolder } from './new-project-folder';

/**
 * Imports a .qdpx (or project.qde) into a new project folder; both paths must be absolute, as
 * the app's dialogs give them (never main's working folder).
 */
export async function importRefiProjectFolder(
  file: string,
  dir: string,
  lang: Lang,
): Promise<RefiImportResult & { notices: Notice[] }> {
  for (const path of [file, dir]) assertAbsolutePath(path);
  const result = await importRefiProject(file, { lang });
  const notices = await writeNewProjectFolder(dir, result.built);
  return { ...result, notices };
}

/** What the app says after an import: the counts, and where the full report is. */
export function importedNotice(report: RefiImportReport): Notice {
  const count = (key: string) => {
    const value = report.kinds.find((line) => line.key === key)?.params.count;
    return typeof value === 'number' ? value : 0;
  };
  const origin = report.kinds[0]?.params.origin;
  return {
    key: 'refiImport.opened',
    params: {
      origin: typeof origin === 'string' ? origin : '',
      sources: count('sources'),
      codings: count('codings'),
      themes: count('themes'),
      notImported: report.notImported,
    },
  };
}
