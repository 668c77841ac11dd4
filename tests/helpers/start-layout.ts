import { chmod, copyFile, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * A throwaway copy of the repository's layout for running scripts/start.mjs as `npm start` does,
 * with stand-ins for Electron's package and its installer (which "downloads" only when
 * FAKE_INSTALL=ok, else fails as an offline machine does).
 */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const electronIndex = `const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'path.txt');
if (!fs.existsSync(file)) throw new Error('Electron failed to install correctly');
module.exports = path.join(__dirname, 'dist', fs.readFileSync(file, 'utf8'));
`;

const electronInstaller = `const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(__dirname, 'installer-ran'), '');
if (process.env.FAKE_INSTALL !== 'ok') {
  console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous>');
  process.exit(1);
}
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
const binary = path.join(__dirname, 'dist', 'electron');
fs.writeFileSync(binary, fs.readFileSync(path.join(__dirname, 'stub-electron.sh')));
fs.chmodSync(binary, 0o755);
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;

/** Writes its arguments and working folder to $FAKE_OUT and exits with 3. */
const stubElectron = `#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_OUT"
echo "cwd=$(pwd)" >> "$FAKE_OUT"
if [ -n "$ELECTRON_RUN_AS_NODE" ]; then echo leaked >> "$FAKE_OUT"; fi
exit 3
`;

/** Writes 'web', its arguments and working folder to $FAKE_OUT and exits with 7. */
const stubWeb = `import { writeFileSync } from 'node:fs';
const lines = ['web', ...process.argv.slice(2), \`cwd=\${process.cwd()}\`];
writeFileSync(process.env.FAKE_OUT, lines.join('\\n') + '\\n');
process.exit(7);
`;

const stubBuild = `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist/main', { recursive: true });
mkdirSync('dist/renderer', { recursive: true });
writeFileSync('dist/main/electron-app.cjs', '');
writeFileSync('dist/renderer/index.html', '');
`;

export interface LayoutOptions {
  /** dist/ holds a build: empty stand-ins, or (with `web: 'real'`) the repository's real one. */
  built: boolean;
  /** Electron's binary is installed. */
  binary: boolean;
  /** 'real': the repository's web.mjs and built devhost; 'stub': a web.mjs that only records. */
  web?: 'stub' | 'real';
}

/** Makes the layout in a new temporary folder and returns that folder. */
export async function startLayout(options: LayoutOptions): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fynd-start-'));
  await mkdir(join(root, 'scripts'));
  await mkdir(join(root, 'home'));
  await copyFile(join(repoRoot, 'scripts', 'start.mjs'), join(root, 'scripts', 'start.mjs'));
  if (options.web === 'real') {
    for (const script of ['web.mjs', 'user-data-dir.mjs'])
      await copyFile(join(repoRoot, 'scripts', script), join(root, 'scripts', script));
  } else {
    await writeFile(join(root, 'scripts', 'web.mjs'), stubWeb);
  }
  await writeFile(join(root, 'scripts', 'build.mjs'), stubBuild);
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  const electron = join(root, 'node_modules', 'electron');
  await mkdir(electron, { recursive: true });
  await writeFile(join(electron, 'package.json'), '{ "name": "electron", "main": "index.js" }\n');
  await writeFile(join(electron, 'index.js'), electronIndex);
  await writeFile(join(electron, 'install.js'), electronInstaller);
  await writeFile(join(electron, 'stub-electron.sh'), stubElectron);
  if (options.binary) {
    await mkdir(join(electron, 'dist'));
    await writeFile(join(electron, 'dist', 'electron'), stubElectron);
    await chmod(join(electron, 'dist', 'electron'), 0o755);
    await writeFile(join(electron, 'path.txt'), 'electron');
  }
  if (options.built && options.web === 'real') {
    await symlink(join(repoRoot, 'dist'), join(root, 'dist'));
  } else if (options.built) {
    await mkdir(join(root, 'dist', 'main'), { recursive: true });
    await mkdir(join(root, 'dist', 'renderer'), { recursive: true });
    await writeFile(join(root, 'dist', 'main', 'electron-app.cjs'), '');
    await writeFile(join(root, 'dist', 'renderer', 'index.html'), '');
  }
  return root;
}
