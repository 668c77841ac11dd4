import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseFilesResult,
  chooseFolderResult,
  folderDialogOptions,
  importFilesDialogOptions,
  refiOpenDialogOptions,
} from '../../../main/electron/dialog-options';
import { shellLabels } from '../../../main/electron/menu-labels';
import { contract } from '../../../shared/contract';

test('opening picks an existing folder, a .fynd package on macOS included', () => {
  const options = folderDialogOptions('open', shellLabels.sv);
  assert.equal(options.title, shellLabels.sv.chooseProjectFolder);
  assert.deepEqual(options.properties, ['openDirectory', 'treatPackageAsDirectory']);
  assert.ok(!('defaultPath' in options));
});

test('creating may make a new folder', () => {
  const options = folderDialogOptions('create', shellLabels.en, '/home/eva');
  assert.equal(options.title, shellLabels.en.chooseNewProjectFolder);
  assert.ok(options.properties?.includes('openDirectory'));
  assert.ok(options.properties?.includes('createDirectory'));
  assert.ok(!options.properties?.includes('openFile'));
  assert.equal(options.defaultPath, '/home/eva');
});

test('the dialog result becomes the contract answer, and the contract accepts it', () => {
  const output = contract['dialog.chooseFolder'].output;
  const picked = chooseFolderResult({ canceled: false, filePaths: ['/data/Ny.fynd'] });
  assert.deepEqual(picked, { canceled: false, path: '/data/Ny.fynd' });
  assert.ok(output.safeParse(picked).success);
  const canceled = chooseFolderResult({ canceled: true, filePaths: [] });
  assert.deepEqual(canceled, { canceled: true });
  assert.ok(output.safeParse(canceled).success);
  // Some platforms report no path without setting canceled.
  assert.deepEqual(chooseFolderResult({ canceled: false, filePaths: [] }), { canceled: true });
});

test('importing offers several files of the kinds the importer reads', () => {
  const options = importFilesDialogOptions(shellLabels.sv, ['.txt', '.md', '.docx']);
  assert.equal(options.title, shellLabels.sv.importSources);
  assert.deepEqual(options.properties, ['openFile', 'multiSelections']);
  assert.deepEqual(options.filters?.[0], {
    name: shellLabels.sv.textDocuments,
    extensions: ['txt', 'md', 'docx'],
  });
  assert.deepEqual(options.filters?.[1]?.extensions, ['*']);
});

test('the file dialog result becomes the contract answer, and the contract accepts it', () => {
  const output = contract['dialog.chooseFiles'].output;
  const picked = chooseFilesResult({ canceled: false, filePaths: ['/a.txt', '/b.docx'] });
  assert.deepEqual(picked, { canceled: false, paths: ['/a.txt', '/b.docx'] });
  assert.ok(output.safeParse(picked).success);
  assert.deepEqual(chooseFilesResult({ canceled: true, filePaths: ['/a.txt'] }), {
    canceled: true,
  });
  assert.deepEqual(chooseFilesResult({ canceled: false, filePaths: [] }), { canceled: true });
});

test('choosing a codebook opens one file, offered by its .qdc extension only, and answers as the contract says', () => {
  const options = refiOpenDialogOptions('qdc', shellLabels.sv);
  assert.equal(options.title, shellLabels.sv.openQdc);
  assert.equal(options.buttonLabel, shellLabels.sv.choose);
  assert.deepEqual(options.properties, ['openFile']);
  assert.deepEqual(options.filters, [{ name: shellLabels.sv.refiCodebook, extensions: ['qdc'] }]);
  assert.deepEqual(refiOpenDialogOptions('qdpx', shellLabels.en).filters, [
    { name: shellLabels.en.refiProject, extensions: ['qdpx'] },
  ]);
  const output = contract['refi.chooseOpenPath'].output;
  const picked = chooseFolderResult({ canceled: false, filePaths: ['/data/kodbok.qdc'] });
  assert.ok(output.safeParse(picked).success);
  assert.ok(output.safeParse({ unsupported: true }).success);
});
