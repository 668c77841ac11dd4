// Builds the renderer with Vite and the Node side with esbuild into dist/.
// Main-side bundles carry their libraries inside, so the packaged app needs no node_modules.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';
import { bundleFixes } from './bundle-fixes.mjs';

const esmRequireShim =
  "import { createRequire as __fyndCreateRequire } from 'node:module';" +
  'const require = __fyndCreateRequire(import.meta.url);';

await rm('dist', { recursive: true, force: true });
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: bundleFixes,
};
await Promise.all([
  // Without code splitting each entry point is a whole bundle of its own.
  esbuild({
    ...common,
    entryPoints: { 'electron-app': 'main/electron/app.ts', preload: 'main/electron/preload.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['electron'],
  }),
  esbuild({
    ...common,
    entryPoints: { devhost: 'main/devhost/devhost-main.ts', cli: 'main/cli/cli-entry.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    banner: { js: esmRequireShim },
  }),
]);
console.log('Built dist/renderer and dist/main.');
