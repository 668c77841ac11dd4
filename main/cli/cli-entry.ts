import { runCli } from './cli-main';

// The bundled entry point of `fynd` (bin/fynd.mjs imports the build of this file).
process.exitCode = await runCli(process.argv.slice(2));
