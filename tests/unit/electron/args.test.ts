import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from '../../../main/electron/args';

const packaged = { defaultApp: false, cwd: '/home/eva' };
const dev = { defaultApp: true, cwd: '/home/eva' };

test('no arguments: no project, no demo', () => {
  assert.deepEqual(parseArgs(['/opt/Fynd/fynd'], packaged), { projectDir: null, demo: false });
  assert.deepEqual(parseArgs(['electron', '/work/main'], dev), { projectDir: null, demo: false });
});

test('packaged: the first argument after the executable is the project', () => {
  assert.deepEqual(parseArgs(['/opt/Fynd/fynd', '/data/Kompetenslyftet.fynd'], packaged), {
    projectDir: '/data/Kompetenslyftet.fynd',
    demo: false,
  });
});

test('development: the app path is skipped, not taken for a project', () => {
  assert.deepEqual(parseArgs(['electron', '/work/main', 'Projekt.fynd'], dev), {
    projectDir: resolve('/home/eva', 'Projekt.fynd'),
    demo: false,
  });
});

test('relative paths resolve against the launching folder', () => {
  const { projectDir } = parseArgs(['fynd', '../delad/Utvärdering.fynd'], packaged);
  assert.equal(projectDir, resolve('/home/eva', '../delad/Utvärdering.fynd'));
});

test('--demo asks for the demo', () => {
  assert.deepEqual(parseArgs(['fynd', '--demo'], packaged), { projectDir: null, demo: true });
  assert.deepEqual(parseArgs(['electron', '.', '--demo'], dev), { projectDir: null, demo: true });
});

test('a project path wins over --demo', () => {
  assert.deepEqual(parseArgs(['fynd', '--demo', '/p.fynd'], packaged), {
    projectDir: '/p.fynd',
    demo: false,
  });
});

test('Chromium and Electron switches are ignored, wherever they appear', () => {
  const argv = [
    'fynd',
    '--no-sandbox',
    '--enable-logging=stderr',
    '--remote-debugging-port=9222',
    '--allow-file-access-from-files',
    '-psn_0_12345',
    '/data/a.fynd',
    '--original-process-start-time=13350000000000000',
  ];
  assert.deepEqual(parseArgs(argv, packaged), { projectDir: '/data/a.fynd', demo: false });
});

test('after -- everything is a path, even one starting with a dash', () => {
  assert.deepEqual(parseArgs(['fynd', '--', '-konstigt namn.fynd'], packaged), {
    projectDir: resolve('/home/eva', '-konstigt namn.fynd'),
    demo: false,
  });
  assert.deepEqual(parseArgs(['fynd', '--', '--demo'], packaged).demo, false);
});

test('only the first path counts; blank arguments are skipped', () => {
  assert.equal(parseArgs(['fynd', '', '  ', '/a.fynd', '/b.fynd'], packaged).projectDir, '/a.fynd');
});

test('file:// URLs from desktop launchers become paths', () => {
  const url = pathToFileURL('/data/Åre kommun.fynd').href;
  assert.equal(parseArgs(['fynd', url], packaged).projectDir, '/data/Åre kommun.fynd');
});

test('argv is not modified', () => {
  const argv = Object.freeze(['fynd', '--demo', '/x.fynd']);
  parseArgs(argv, packaged);
  assert.deepEqual(argv, ['fynd', '--demo', '/x.fynd']);
});
