import { Writable } from 'node:stream';
import { runCli } from '../../main/cli/cli-main';

/** Runs the `fynd` command line in this process, and returns its exit code, stdout and stderr. */
export async function runFynd(
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const said = { out: '', err: '' };
  const sink = (key: 'out' | 'err') =>
    new Writable({
      write(chunk, _encoding, done) {
        said[key] += String(chunk);
        done();
      },
    });
  const code = await runCli(argv, sink('out'), sink('err'));
  return { code, ...said };
}
