import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { toErrorData } from '../../shared/errors';
import { cliLanguage, cliMessage } from './cli-language';
import { translateNotice } from '../../shared/i18n';
import { buildDemoProject } from '../services/demo/build-demo-project';
import { writeProjectFolder } from '../services/store/project-folder-writer';
import { inspectProject, projectCounts } from '../services/project-inspector';
import { SNAPSHOT_FILE } from '../services/store/project-store';
import { parseArgs } from './args';
import { openNote } from './open-note';
import { importCommand } from './import-command';
import { refiExportCommand } from './refi-export-command';
import { agreementCommand } from './agreement-command';
import { mergeCommand } from './merge-command';
import { reportCommand, sheetsCommand, wordCommand } from './output-commands';

const usage = `Fynd – command line

  fynd demo <dir>    write the built-in demo project (Kompetenslyftet) to a new folder
  fynd info <dir>    print the project's counts as one JSON object
  fynd check <dir>   validate a project folder and say what is wrong
  fynd import <dir> <files…> [--case NAME] [--kind interview|focusGroup|meetingNotes|document]
                     import .txt/.md/.docx/.pdf files as sources, a line per file (names after a
                     lone -- are files even if they start with --)
  fynd import <new-dir> <project.qdpx>
                     a project from NVivo, ATLAS.ti, MAXQDA or QualCoder (REFI-QDA) as a new
                     project; prints what was imported and what could not be carried
  fynd import <dir> <codebook.qdc> [--under THEME]
                     a REFI-QDA codebook's codes as themes, at the top or under THEME; names
                     already there are reported, not doubled
  fynd export <dir> --out project.qdpx [--offsets utf16|codepoints]
                     the project for NVivo, ATLAS.ti, MAXQDA or QualCoder (REFI-QDA); offsets as
                     NVivo counts them unless --offsets codepoints (QualCoder); --out codebook.qdc
                     writes the codebook only
  fynd report <dir> --out report.xlsx [--lang sv|en] [--no-pseudonyms] [--cases A,B] [--themes X,Y]
                     write the Excel evaluation report
  fynd sheets <dir> --out sheets.html [--ids …] [--lang sv|en] [--no-pseudonyms]
                     write the printable recommendation sheets (one A4 page each)
  fynd agreement <dir> [--unit character|sentence|paragraph] [--coders A,B] [--json]
                     intercoder agreement (percent, Cohen's kappa, Krippendorff's alpha) per
                     theme and overall, on the sources both coders coded
  fynd merge <dir> <other-dir | other.qdpx>
                     merge another copy of the same study (a colleague's project folder, or a
                     .qdpx from another tool) as one undoable edit, and print what was added,
                     what was already there and each conflict with the rule applied
  fynd word <dir> --out report.docx [--lang sv|en] [--no-pseudonyms] [--cases A,B]
                     write the draft evaluation report as a Word document
`;

/** The options each command takes; anything else is refused rather than taken for a file. */
const commandFlags: Record<string, readonly string[]> = {
  import: ['case', 'kind', 'under'],
  export: ['out', 'offsets'],
  report: ['out', 'lang', 'no-pseudonyms', 'cases', 'themes'],
  sheets: ['out', 'ids', 'lang', 'no-pseudonyms'],
  agreement: ['unit', 'coders', 'json'],
  word: ['out', 'lang', 'no-pseudonyms', 'cases'],
  merge: [],
};

/** Where the command line writes: stdout/stderr, or a capture in tests. */
export interface Output {
  write(text: string): unknown;
  /** Set on a terminal: progress lines are drawn there, never into a pipe or a log. */
  isTTY?: boolean;
}

/** Runs one command; returns the process exit code. */
export async function runCli(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  const parsed = parseArgs(argv, ['no-pseudonyms', 'json']);
  const { positional } = parsed;
  const [command, dir] = positional;
  if (!command || command === 'help' || argv.includes('--help')) {
    out.write(usage);
    return command ? 0 : 2;
  }
  if (!dir) {
    err.write(`fynd ${command}: a project folder is needed.\n\n${usage}`);
    return 2;
  }
  const unknown = [...parsed.flags.keys()].find(
    (flag) => flag !== 'help' && !(commandFlags[command] ?? []).includes(flag),
  );
  if (unknown !== undefined) {
    err.write(
      `fynd ${command}: unknown option --${unknown}. A file whose name starts with -- goes after a lone --, e.g. fynd import P -- --${unknown}\n`,
    );
    return 2;
  }
  const folder = resolve(dir);
  try {
    switch (command) {
      case 'demo': {
        if (await exists(resolve(folder, SNAPSHOT_FILE))) {
          err.write(`fynd demo: ${folder} already holds a project; nothing was written.\n`);
          return 1;
        }
        const notices = await writeProjectFolder(folder, buildDemoProject());
        for (const notice of notices) err.write(`${translateNotice(notice, cliLanguage())}\n`);
        out.write(`Wrote the demo project to ${folder}\n`);
        return 0;
      }
      case 'info': {
        const project = await inspectProject(folder);
        if (project.openInApp) err.write(openNote(project.seq));
        out.write(
          `${JSON.stringify({ name: project.data.project.name, ...projectCounts(project.data) })}\n`,
        );
        return 0;
      }
      case 'check': {
        const project = await inspectProject(folder);
        if (project.openInApp) err.write(openNote(project.seq));
        if (project.problems.length === 0) {
          out.write(
            `OK: ${folder} is a sound Fynd project (${project.data.sources.length} sources, ${project.data.codings.length} codings).\n`,
          );
          return 0;
        }
        err.write(`${project.problems.length} problem(s) in ${folder}:\n`);
        for (const problem of project.problems) err.write(`  - ${problem}\n`);
        return 1;
      }
      case 'report':
        return await reportCommand(folder, parsed, out, err);
      case 'sheets':
        return await sheetsCommand(folder, parsed, out, err);
      case 'agreement':
        return await agreementCommand(folder, parsed, out, err);
      case 'word':
        return await wordCommand(folder, parsed, out, err);
      case 'import':
        return await importCommand(folder, positional.slice(2), parsed, out, err);
      case 'merge':
        return await mergeCommand(folder, positional.slice(2), out, err);
      case 'export':
        return await refiExportCommand(folder, parsed, out, err);
      default:
        err.write(`fynd: unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    const data = toErrorData(error);
    err.write(`fynd ${command}: ${cliMessage(data)}\n`);
    return 1;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
