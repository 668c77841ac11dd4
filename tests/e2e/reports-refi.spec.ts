import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoProject } from '../../main/services/demo/build-demo-project';
import { unseenByOtherTools, valencedCount } from '../../shared/refi-interchange';
import { refiSample, skipWithoutSample } from '../helpers/refi-samples';
import { goTo } from './support/views';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';

const projectXsd = 'ponte/Project-mrt2019.xsd';

test('the project exports to REFI-QDA from the Reports view: offsets chosen, what other tools will not see listed, the .qdpx valid', async ({
  app,
}) => {
  test.skip(app.host !== 'web', 'Electron saves through the native save dialog');
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const card = page.getByRole('region', { name: 'Till andra analysprogram (REFI-QDA)' });
  await card.getByRole('button', { name: 'Exportera till REFI-QDA (.qdpx)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera till REFI-QDA (.qdpx)' });
  await expect(dialog.getByRole('radio', { name: 'UTF-16-enheter' })).toBeChecked();
  await expect(dialog.getByText('Det NVivo, ATLAS.ti och MAXQDA läser.')).toBeVisible();
  // The counts are this project's own.
  const { data } = buildDemoProject().file;
  const demo = unseenByOtherTools(data, valencedCount(data.codings));
  const unseen = dialog.getByRole('region', { name: 'Det här ser andra program inte' });
  await expect(unseen.getByRole('listitem').filter({ hasText: 'slutsatser' })).toHaveText(
    `${demo.findings} slutsatser`,
  );
  await expect(unseen.getByRole('listitem').filter({ hasText: 'indikatorer' })).toHaveText(
    `${demo.indicators} indikatorer`,
  );
  await expect(
    unseen.getByRole('listitem').filter({ hasText: 'kodningar med värdering' }),
  ).toHaveText(`${demo.valences} kodningar med värdering`);
  await dialog.getByRole('radio', { name: 'Kodpunkter' }).check();
  await screenshotFor(dialog, 'reports-refi-dialog');
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Hämta' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Kompetenslyftet – REFI-QDA.qdpx');
  const path = join(app.workDir, download.suggestedFilename());
  await download.saveAs(path);
  await expect(dialog.getByRole('status')).toContainText(
    'Hämtad som Kompetenslyftet – REFI-QDA.qdpx',
  );
  await screenshotFor(dialog, 'reports-refi-downloaded');

  // Read by other programs than Fynd: unzip lists the sources, xmllint checks the schema.
  const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' });
  expect(listing.split('\n')).toContain('project.qde');
  expect(listing.split('\n').filter((name) => /^sources\/.+\.txt$/.test(name))).toHaveLength(
    buildDemoProject().file.data.sources.length,
  );
  const qde = execFileSync('unzip', ['-p', path, 'project.qde'], { encoding: 'utf8' });
  expect(qde).toContain('<Note guid=');
  const xsd = refiSample(projectXsd);
  test.skip(!xsd, skipWithoutSample(projectXsd) || '');
  const qdePath = join(app.workDir, 'project.qde');
  await writeFile(qdePath, qde);
  const checked = execFileSync('xmllint', ['--noout', '--schema', xsd ?? '', qdePath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(checked).toBe('');
});

test('the codebook exports as .qdc from the same card, and the dialog says what a codebook cannot hold', async ({
  app,
}) => {
  test.skip(app.host !== 'web', 'Electron saves through the native save dialog');
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const card = page.getByRole('region', { name: 'Till andra analysprogram (REFI-QDA)' });
  await card.getByRole('button', { name: 'Exportera kodboken (.qdc)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera kodboken (.qdc)' });
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Hämta' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Kompetenslyftet – kodbok.qdc');
  const path = join(app.workDir, download.suggestedFilename());
  await download.saveAs(path);
  const xsd = refiSample('openqda-refi-tools/Codebook.xsd');
  test.skip(!xsd, skipWithoutSample('openqda-refi-tools/Codebook.xsd') || '');
  execFileSync('xmllint', ['--noout', '--schema', xsd ?? '', path], { stdio: 'pipe' });
});
