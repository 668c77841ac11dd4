import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toErrorData } from '../../shared/errors';
import { flagValue, parseArgs } from '../cli/args';
import { cliMessage } from '../cli/cli-language';
import { createHandlers } from '../handlers';
import { Session } from '../services/session';
import { startDevhost } from './devhost-server';
import { writeLaunchPage, type LaunchPage } from './launch-page';

/**
 * The browser fallback and test host: `node dist/main/devhost.mjs [--project DIR | --demo]
 * [--port N] [--user-data DIR] [--launch-page]`. Prints one JSON line {url, port, token} once it listens (on its
 * stdout, a pipe only its parent reads: the launch url holds a one-time code, the token is for
 * programs), then serves until SIGTERM/SIGINT, when it closes the project cleanly.
 */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['demo', 'launch-page']);
  const here = dirname(fileURLToPath(import.meta.url));
  const userDataDir = resolve(
    flagValue(args, 'user-data') ?? (await mkdtemp(join(tmpdir(), 'fynd-web-'))),
  );
  const session = new Session({
    userDataDir,
    host: 'web',
    version: process.env.npm_package_version ?? '0.1.0',
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
  });
  const project = flagValue(args, 'project');
  if (project) await session.open(resolve(project));
  else if (args.flags.has('demo')) await session.openDemo();

  const token = randomBytes(24).toString('base64url');
  const launchCode = randomBytes(24).toString('base64url');
  let launchPage: LaunchPage | null = null;
  const host = await startDevhost({
    handlers: createHandlers(session),
    events: session.events,
    staticRoot: resolve(flagValue(args, 'static') ?? join(here, '..', 'renderer')),
    token,
    launchCode,
    onLaunched: async () => {
      await launchPage?.remove();
    },
    port: Number(flagValue(args, 'port') ?? 0),
  });
  // With --launch-page the browser is opened on a private file, never on the address itself.
  if (args.flags.has('launch-page')) launchPage = await writeLaunchPage(host.url);
  process.stdout.write(
    `${JSON.stringify({ url: host.url, port: host.port, token, userDataDir, launchPage: launchPage?.path ?? null })}\n`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await launchPage?.remove();
    await host.close();
    await session.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  // The data for programs, the message for `npm run web` to show its user.
  const data = toErrorData(error);
  process.stderr.write(`${JSON.stringify({ error: data, message: cliMessage(data) })}\n`);
  process.exit(1);
});
