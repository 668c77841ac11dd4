import { buildDemoProject } from '../../main/services/demo/build-demo-project';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { addSource, chooseOption, codingList } from './support/sources';
import { goTo, saved } from './support/views';

const text = [
  'Datum: 2012-03-14',
  '',
  'Intervjuare: Hur går det med hyresrätter 🙂, t.ex. i Härnösand?',
  '',
  'Respondent 1: Det har varit svårt. Hyresrätterna räcker inte, bl.a. för lärlingarna. Vi har byggt nya hyresrätter!',
  'Men det tar tid.',
].join('\n');

test('code all hits: each hit grows to its speaker turn, hits in one turn make one coding, none starts with the label', async ({
  app,
}) => {
  const page = await app.start();
  await page.setViewportSize({ width: 1440, height: 900 });
  await addSource(page, 'Bostadssamtal', text);
  await goTo(page, 'Sök');
  const main = page.getByRole('main');
  await main.getByLabel('Sök efter').fill('hyresrätter');
  await main.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'träff' })).toContainText(
    '3 träffar för ”hyresrätter”',
  );
  await main.getByRole('button', { name: 'Koda alla träffar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Koda alla träffar' });
  await expect(dialog.getByLabel('Repliken')).toBeChecked();
  const summary = dialog.getByRole('status');
  await expect(summary).toHaveText('3 träffar ger 2 kodningar. Välj ett tema att koda med.');
  await chooseOption(dialog.getByLabel('Tema'), 'Projektkultur');
  await expect(summary).toHaveText('3 träffar ger 2 kodningar med ”Projektkultur”.');
  const preview = dialog.getByRole('group', { name: 'Kodningar att göra' });
  await expect(preview.getByRole('listitem')).toHaveText([
    'Hur går det med hyresrätter 🙂, t.ex. i Härnösand?',
    /^Det har varit svårt\. Hyresrätterna .* nya hyresrätter!\sMen det tar tid\.\s*2 träffar$/,
  ]);
  await screenshotFor(dialog, 'search-code-turns');

  // Sentences: the two hits of the turn are in two sentences.
  await dialog.getByLabel('Meningen').check();
  await expect(summary).toHaveText('3 träffar ger 3 kodningar med ”Projektkultur”.');
  await expect(preview.locator('.quote-context').first()).toBeAttached();
  await expect(preview.getByRole('listitem').nth(1)).toContainText(
    'Hyresrätterna räcker inte, bl.a. för lärlingarna.',
  );
  // The hit alone, as before.
  await dialog.getByLabel('Bara träffen').check();
  await expect(summary).toHaveText('3 träffar ger 3 kodningar med ”Projektkultur”.');
  await dialog.getByLabel('Repliken').check();
  await dialog.getByRole('button', { name: 'Gör 2 kodningar' }).click();
  await saved(page);
  await expect(main).toContainText('2 kodningar gjordes med ”Projektkultur”');

  // Källor shows the source last open.
  await goTo(page, 'Källor');
  await expect(page.getByRole('heading', { name: 'Bostadssamtal' })).toBeVisible();
  const items = codingList(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(/^Hur går det med hyresrätter/);
  await expect(items.nth(1)).toContainText(/^Det har varit svårt\./);
  await expect(codingList(page)).not.toContainText(/Intervjuare|Respondent 1/);

  // Asked again, the theme already covers both turns: nothing more to make.
  await goTo(page, 'Sök');
  await main.getByRole('button', { name: 'Koda alla träffar…' }).click();
  await chooseOption(dialog.getByLabel('Tema'), 'Projektkultur');
  await expect(summary).toContainText('2 är redan kodade med temat och hoppas över.');
  await expect(dialog.getByRole('button', { name: 'Gör 0 kodningar' })).toBeDisabled();
});

test('code all hits in English: the unit and the number of codings are said', async ({ app }) => {
  const page = await app.start();
  await addSource(page, 'Housing', text);
  await page.getByRole('button', { name: 'English' }).click();
  await goTo(page, 'Search');
  const main = page.getByRole('main');
  await main.getByLabel('Search for').fill('hyresrätter');
  await main.getByRole('button', { name: 'Search', exact: true }).click();
  await main.getByRole('button', { name: 'Code all hits…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Code all hits' });
  await expect(dialog.getByRole('group', { name: 'What is coded?' })).toBeVisible();
  await dialog.getByLabel('Its paragraph').check();
  await expect(dialog.getByRole('status')).toHaveText(
    '3 hits make 2 codings. Choose a theme to code with.',
  );
  await expect(dialog.getByRole('button', { name: 'Make 2 codings' })).toBeDisabled();
});

test.describe('search', () => {
  test('search with options, a clear message for a bad regex, then code all hits after a preview; one undo removes them all', async ({
    app,
  }) => {
    const page = await app.start();
    await goTo(page, 'Sök');
    const main = page.getByRole('main');
    await main.getByLabel('Sök efter').fill('Samverkan');
    await main.getByRole('button', { name: 'Sök', exact: true }).click();
    const summary = page.getByRole('status').filter({ hasText: 'träff' });
    await expect(summary).toContainText('för ”Samverkan”');
    const insensitive = Number(/(\d+) träff/.exec((await summary.textContent()) ?? '')?.[1]);
    await main.getByLabel('Skiftlägeskänslig').check();
    await main.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect(summary).not.toContainText(`${insensitive} träff`);

    await main.getByLabel('Reguljärt uttryck').check();
    await main.getByLabel('Sök efter').fill('företag(et|en');
    await expect(page.getByRole('alert')).toContainText(
      'Det reguljära uttrycket går inte att använda',
    );
    await expect(main.getByRole('button', { name: 'Sök', exact: true })).toBeEnabled();

    await main.getByLabel('Sök efter').fill('företagsbesök(en|et)?');
    await main.getByLabel('Skiftlägeskänslig').uncheck();
    await main.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect(summary).toContainText(/träffar för ”företagsbesök\(en\|et\)\?” i \d+ källor\./);
    const hits = Number(/(\d+) träffar/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(hits).toBeGreaterThan(2);

    await main.getByRole('button', { name: 'Koda alla träffar…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Koda alla träffar' });
    await chooseOption(dialog.getByLabel('Tema'), 'Projektkultur');
    // Each hit as it is (the unit is its own spec's subject: search.spec.ts).
    await dialog.getByLabel('Bara träffen').check();
    await expect(dialog.getByRole('status')).toContainText(
      `${hits} träffar ger ${hits} kodningar med ”Projektkultur”`,
    );
    await dialog
      .getByRole('group', { name: 'Kodningar att göra' })
      .getByRole('checkbox')
      .first()
      .uncheck();
    await expect(dialog.getByRole('status')).toContainText(`ger ${hits - 1} kodningar`);
    await dialog.getByRole('button', { name: `Gör ${hits - 1} kodningar` }).click();
    await saved(page);
    await expect(page.getByRole('main')).toContainText(
      `${hits - 1} kodningar gjordes med ”Projektkultur”`,
    );

    await goTo(page, 'Kodbok');
    const row = page
      .getByRole('list', { name: 'Teman' })
      .getByRole('button', { name: /Projektkultur/ });
    // The demo's own codings of the theme, from the builder the app uses.
    const { data } = buildDemoProject().file;
    const themeId = data.themes.find((t) => t.name === 'Projektkultur')?.id ?? '';
    const before = data.codings.filter((c) => c.themeIds.includes(themeId)).length;
    await expect(row).toContainText(`${before + hits - 1} kodningar`);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await saved(page);
    await expect(row).toContainText(`${before} kodningar`);
  });

  test('a hit jumps to its place in the transcript', async ({ app }) => {
    const page = await app.start();
    await goTo(page, 'Sök');
    const main = page.getByRole('main');
    await main.getByLabel('Sök efter').fill('kaffe');
    await main.getByRole('button', { name: 'Sök', exact: true }).click();
    await main.getByRole('button', { name: 'Visa i texten' }).first().click();
    await expect(page.getByTestId('transcript')).toBeVisible();
    await expect(page.getByTestId('transcript').getByText(/kaffe/).first()).toBeInViewport();
  });
});
