import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the command line asks for when Fynd starts (or a second instance is launched). */
export interface LaunchRequest {
  /** An absolute project folder path, or null when none was given. */
  projectDir: string | null;
  /** `--demo`: open the demo project (the user's copy; a new one only when there is none). */
  demo: boolean;
}

export interface ParseArgsOptions {
  /**
   * True when started as `electron <appPath> …` (process.defaultApp): argv then carries the
   * app path as well as the executable, and both must be skipped.
   */
  defaultApp: boolean;
  /** The folder relative paths are resolved against (the launching shell's working folder). */
  cwd: string;
}

/**
 * Parses a process argv into a launch request.
 * Switches (anything starting with "-") are ignored: Chromium and Electron add their own, such as
 * `--allow-file-access-from-files` in a second instance's argv, or macOS's `-psn_0_123`. After a
 * bare `--` everything is taken as a path. The first path wins.
 */
export function parseArgs(argv: readonly string[], options: ParseArgsOptions): LaunchRequest {
  const args = argv.slice(options.defaultApp ? 2 : 1);
  let projectDir: string | null = null;
  let demo = false;
  let onlyPaths = false;
  for (const arg of args) {
    if (!onlyPaths && arg === '--') {
      onlyPaths = true;
    } else if (!onlyPaths && arg === '--demo') {
      demo = true;
    } else if (!onlyPaths && arg.startsWith('-')) {
      continue;
    } else if (projectDir === null && arg.trim() !== '') {
      projectDir = resolve(options.cwd, fromFileUrl(arg));
    }
  }
  return { projectDir, demo: demo && projectDir === null };
}

/** Desktop launchers may pass file:// URLs (a .desktop file's %U); turn them into paths. */
function fromFileUrl(arg: string): string {
  if (!/^file:/i.test(arg)) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return arg;
  }
}
