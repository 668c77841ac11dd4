import { join } from 'node:path';
import { inspectProject } from '../../main/services/project-inspector';
import { writeProjectFolder } from '../../main/services/store/project-folder-writer';
import { codePointLength } from '../../shared/model/text-offsets';
import { themeTree } from '../../shared/model/theme-tree';
import { benchProject } from '../bench/bench-project';
import { expect, test } from './support/fixtures';
import { openSourceNamed } from './support/sources';
import { selectOffsets } from './support/transcript';
import { goTo, saved } from './support/views';

test('a large project stays usable: quotes come a page at a time, a wide matrix a page of columns at a time', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const dir = join(app.workDir, 'Stort projekt.fynd');
  // With transcripts, so every quote has its context.
  const built = benchProject({
    sources: 120,
    wordsPerSource: 400,
    codings: 12_000,
    themes: 20,
    cases: 60,
  });
  await writeProjectFolder(dir, built);
  const page = await app.start({ project: dir });

  // The sources list draws a hundred rows at a time; main counts each source's codings.
  const rows = page.locator('.sources-view table tbody tr');
  await expect(rows).toHaveCount(100);
  await expect(page.getByText(/^Visar 100 av 120$/)).toBeVisible();
  await page.getByRole('button', { name: 'Visa 20 till' }).click();
  await expect(rows).toHaveCount(120);
  const { sources, codings } = built.file.data;
  const last = sources.at(-1);
  if (!last) throw new Error('The bench project has no sources.');
  const lastCodings = codings.filter((c) => c.sourceId === last.id).length;
  await expect(rows.last().locator('td.numeric')).toHaveText(String(lastCodings));
  // Opening it fetches its codings: the list beside the transcript counts them all.
  await rows.last().getByRole('button', { name: last.title, exact: true }).click();
  await expect(page.getByRole('region', { name: /^Kodningar i källan/ })).toContainText(
    `(${lastCodings})`,
  );
  await goTo(page, 'Källor');

  await goTo(page, 'Citat');
  await expect(page.getByRole('status').filter({ hasText: 'citat' })).toHaveText(/^12\s000 citat$/);
  const items = page.locator('.quote-item');
  await expect(items).toHaveCount(200);
  await expect(page.getByText(/^Visar 200 av 12\s000$/)).toBeVisible();
  await page.getByRole('button', { name: 'Visa 200 till' }).click();
  await expect(items).toHaveCount(400);
  await expect(page.getByText(/^Visar 400 av 12\s000$/)).toBeVisible();

  await goTo(page, 'Analys');
  const pager = page.getByRole('group', { name: 'Kolumner att visa' });
  await expect(pager).toContainText('Kolumn 1–25 av 60');
  const header = page.locator('.matrix-table thead th.matrix-column-head:not(.matrix-total)');
  await expect(header).toHaveCount(25);
  await expect(header.first()).toHaveText('Kommun 1');
  await pager.getByRole('button', { name: /Nästa/ }).click();
  await expect(pager).toContainText('Kolumn 26–50 av 60');
  await expect(header.first()).toHaveText('Kommun 26');
  await pager.getByRole('button', { name: /Nästa/ }).click();
  await expect(pager).toContainText('Kolumn 51–60 av 60');
  await expect(header).toHaveCount(10);
  await expect(pager.getByRole('button', { name: /Nästa/ })).toBeDisabled();
  // A cell of the last page opens its quotes like any other.
  await page
    .getByRole('button', { name: /Kommun 60:/ })
    .first()
    .click();
  await expect(page.getByRole('complementary')).toContainText('Kommun 60');
});

test('a long transcript: a selection across two drawn parts codes its exact text by key; a coding at its end is shown, and the top is no longer drawn', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const dir = join(app.workDir, 'Lång fokusgrupp.fynd');
  // About 120,000 characters: a dozen parts of the transcript, each drawn only near the view.
  const built = benchProject({
    sources: 1,
    wordsPerSource: 14_000,
    codings: 30,
    themes: 4,
    cases: 1,
  });
  const [source] = built.file.data.sources;
  if (!source) throw new Error('no source');
  const ending = 'Slutordet är ödmjukhet inför uppdraget.';
  const text = `${built.texts.get(source.id) ?? ''}\nI: Till sist, vad tar du med dig?\nR: ${ending}`;
  built.texts.set(source.id, text);
  source.length = codePointLength(text);
  const [first, ...rest] = built.file.data.codings;
  const [someTheme] = built.file.data.themes;
  if (!first || !someTheme) throw new Error('no coding');
  const theme = {
    ...someTheme,
    id: '00000000-0000-4000-8200-0000000000ff',
    name: 'Avslutning',
    parentId: null,
    order: 99,
  };
  built.file.data.themes.push(theme);
  const end = text.lastIndexOf(ending);
  built.file.data.codings = [
    first,
    ...rest,
    {
      ...first,
      id: '00000000-0000-4000-8400-0000000000ff',
      start: end,
      end: end + ending.length,
      snippet: ending,
      themeIds: [theme.id],
    },
  ];
  await writeProjectFolder(dir, built);
  const page = await app.start({ project: dir });
  await openSourceNamed(page, 'Intervju 1');
  const transcript = page.getByTestId('transcript');
  await expect(transcript.locator('.chunk-placeholder').first()).toBeAttached();
  // Scrolled to the end of the first part, the next one is drawn.
  await transcript.locator('[data-chunk="0"] .turn').last().scrollIntoViewIfNeeded();
  await expect(transcript.locator('[data-chunk="1"]')).toBeAttached();

  // From the last words of the first part to the first words of the second, over a speaker label.
  const secondStart = Number(
    await transcript.locator('[data-chunk="1"] [data-offset]').first().getAttribute('data-offset'),
  );
  const start = text.lastIndexOf(' ', secondStart - 30) + 1;
  const stop = text.indexOf(' ', text.indexOf(': ', secondStart) + 20);
  const expected = text.slice(start, stop);
  expect(expected).toContain('\n');
  await selectOffsets(page, start, stop);
  const form = page.getByRole('form', { name: 'Kodning' });
  await expect(form.locator('.selection-preview blockquote')).toContainText(expected.slice(0, 20));
  await page.keyboard.press('1');
  await saved(page);
  const { data } = await inspectProject(dir);
  const coded = data.codings.find((c) => c.start === start);
  expect(coded?.snippet).toBe(expected);
  expect(coded?.end).toBe(stop);
  // Drawn in both parts, from the exact first character.
  await expect(transcript.locator(`[data-chunk="0"] .coded[data-offset="${start}"]`)).toBeVisible();
  await expect(transcript.locator('[data-chunk="1"] .coded').first()).toBeVisible();

  // "Show in the text" from Quotes: drawn, scrolled to and marked, far down the transcript.
  await goTo(page, 'Citat');
  await page
    .locator('.quote-item', { hasText: ending })
    .getByRole('button', { name: 'Visa i texten' })
    .click();
  const last = transcript.locator('.coded', { hasText: ending });
  await expect(last).toBeInViewport();
  await expect(last).toHaveClass(/is-active/);
  // Only the part near the view is drawn: the top of the text is a placeholder again.
  await expect(transcript.locator('[data-chunk="0"]')).toHaveCount(0);
  await expect(transcript.locator('[data-placeholder="0"]')).toBeAttached();
});

test('a matrix of many themes draws the rows near its view, and the keyboard still reaches every cell', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const dir = join(app.workDir, 'Många teman.fynd');
  const built = benchProject({
    sources: 30,
    wordsPerSource: 200,
    codings: 3000,
    themes: 60,
    cases: 30,
  });
  await writeProjectFolder(dir, built);
  // The last row in the codebook's order, and the last column of the first page.
  const last = themeTree(built.file.data.themes).at(-1);
  if (!last) throw new Error('no themes');
  const page = await app.start({ project: dir });

  await goTo(page, 'Analys');
  const table = page.locator('.matrix-table');
  await expect(table).toHaveAttribute('aria-rowcount', '62');
  const drawn = table.locator('tbody th.matrix-row-head');
  await expect(drawn.first()).toBeVisible();
  // A screenful and a few more rows, not all 60.
  expect(await drawn.count()).toBeLessThan(30);
  await expect(
    page.getByText(`Tema ${built.file.data.themes.length}`, { exact: true }),
  ).toHaveCount(0);

  await page.locator('[data-cell="0:0"]').focus();
  await page.keyboard.press('Control+End');
  const far = page.getByRole('button', { name: new RegExp(`^${last.path}, Kommun 25:`) });
  await expect(far).toBeFocused();
  await expect(far.locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', '61');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toContainText(`${last.theme.name} · Kommun 25`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Home');
  await expect(page.locator('[data-cell="0:0"]')).toBeFocused();
});
