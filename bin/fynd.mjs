#!/usr/bin/env node
// Fynd's command line. Runs the bundled build (made by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/main/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('Fynd is not built yet: run `npm run build` in its folder first.\n');
  process.exit(1);
}
await import(cli.href);
