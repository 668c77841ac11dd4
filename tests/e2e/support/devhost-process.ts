import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

export interface DevhostProcess {
  /** The launch address (a one-time code for the session cookie). */
  url: string;
  /** The private page that sends the browser there, as `npm run web` opens it. */
  launchPage: string;
  /** The host's origin and token, for calls made by the test itself. */
  origin: string;
  token: string;
  child: ChildProcess;
  /** Asks for a clean stop (SIGTERM: the project is flushed and closed) and waits for exit. */
  stop(): Promise<number | null>;
  /** Kills without warning, as a crash would. */
  kill(): Promise<void>;
}

/** Starts dist/main/devhost.mjs as a child and waits for the line that says it listens. */
export async function startDevhostProcess(args: string[]): Promise<DevhostProcess> {
  const child = spawn(
    process.execPath,
    [resolve('dist/main/devhost.mjs'), '--launch-page', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The app's every answer is checked against the contract while the e2e suite drives it.
      env: { ...process.env, FYND_CHECK_OUTPUT: '1' },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await Promise.race([
    new Promise<string>((done) => lines.once('line', done)),
    exited.then((code) => {
      throw new Error(`devhost exited (${code}) before listening: ${stderr}`);
    }),
  ]);
  const { url, token, launchPage } = JSON.parse(first) as {
    url: string;
    token: string;
    launchPage: string;
  };
  return {
    url,
    launchPage,
    origin: new URL(url).origin,
    token,
    child,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
