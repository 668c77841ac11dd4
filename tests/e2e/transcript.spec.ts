import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { addSource, chooseOption, codingList } from './support/sources';
import { selectInTranscript } from './support/transcript';
import { goTo, saved } from './support/views';

/** The coding form's view of the selection (what "Koda" would code). */
const selected = (page: Page) =>
  page.getByRole('form', { name: 'Kodning' }).locator('.selection-preview blockquote');

const interview = [
  'Datum: 2012-03-14',
  'Plats: Härnösand',
  'Tid: 10:15',
  '',
  'Intervjuare: Hur har kompetensförsörjningen gått 🙂 i Härnösand?',
  '',
  'Respondent 1: Det har varit svårt. Bostäderna räcker inte, bl.a. för lärlingarna. Vi har byggt nya hus!',
  'Men det tar tid.',
  '',
  'Deltagare 2: Jag håller med.',
].join('\n');

test('speaker labels are drawn whole beside their text; metadata lines are text', async ({
  app,
}) => {
  const page = await app.start();
  await page.setViewportSize({ width: 1440, height: 900 });
  await addSource(page, 'Etiketter', interview);
  const transcript = page.getByTestId('transcript');
  await expect(transcript.locator('.turn-speaker span')).toHaveText([
    'Intervjuare:',
    'Respondent 1:',
    'Deltagare 2:',
  ]);
  await expect(transcript.locator('.turn-text').first()).toHaveText('Datum: 2012-03-14');
  await expect(transcript.locator('.turn-text').nth(2)).toHaveText('Tid: 10:15');
  // Each label on one line, inside its column, level with the first line of its text.
  const boxes = await transcript.locator('.turn').evaluateAll((turns) =>
    turns.flatMap((turn) => {
      const label = turn.querySelector('.turn-speaker span');
      const column = turn.querySelector('.turn-speaker');
      const text = turn.querySelector('.turn-text');
      if (!label || !column || !text) return [];
      const lines = label.getClientRects().length;
      const box = label.getBoundingClientRect();
      const room = column.getBoundingClientRect();
      const body = text.getBoundingClientRect();
      return [{ lines, fits: box.right <= room.right + 0.5, beside: box.right <= body.left }];
    }),
  );
  expect(boxes).toEqual(Array(3).fill({ lines: 1, fits: true, beside: true }));
  await screenshotFor(transcript, 'transcript-labels');

  // A label too long for the margin goes above its text, still whole.
  await addSource(page, 'Långa etiketter', 'Projektledare Härnösand: Vi började.\nI: Hur då?');
  const long = page.getByTestId('transcript').locator('.turn').first();
  const placed = await long.evaluate((turn) => {
    const label = turn.querySelector('.turn-speaker span');
    const text = turn.querySelector('.turn-text');
    if (!label || !text) return null;
    return {
      lines: label.getClientRects().length,
      above: label.getBoundingClientRect().bottom <= text.getBoundingClientRect().top + 0.5,
    };
  });
  expect(placed).toEqual({ lines: 1, above: true });
});

test('Ctrl + Shift + arrows select whole words, never the speaker label; Shift + arrows still go by characters', async ({
  app,
}) => {
  const page = await app.start();
  await addSource(page, 'Ordval', interview.split('\n').slice(4).join('\n'));
  const transcript = page.getByTestId('transcript');
  await transcript.focus();
  // From the start: the first spoken words, not "Intervjuare:".
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(selected(page)).toHaveText('Hur har');
  await page.keyboard.press('1');
  await saved(page);
  await expect(codingList(page).getByRole('listitem')).toHaveText([/^Hur har/]);

  // A caret inside a word: the selection takes the whole word.
  await selectInTranscript(page, 'kompetensförsörjningen', 1);
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(selected(page)).toHaveText('kompetensförsörjningen');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(selected(page)).toHaveText('kompetensförsörjningen gått');

  // Back from the first word of a turn: over the label, which is never part of it.
  await selectInTranscript(page, 'Det har varit', 0);
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect(selected(page)).toHaveText('Härnösand?');
  await selectInTranscript(page, 'Det har varit', 0);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(selected(page)).toHaveText('De');
  await page.keyboard.press('Control+Shift+ArrowDown');
  await expect(selected(page)).toHaveText(
    'Det har varit svårt. Bostäderna räcker inte, bl.a. för lärlingarna. Vi har byggt nya hus!',
  );
});

test('a selection grows to its sentence, paragraph and turn, by the + key or a button', async ({
  app,
}) => {
  const page = await app.start();
  await addSource(page, 'Enheter', interview);
  await selectInTranscript(page, 'räcker');
  await page.keyboard.press('+');
  await expect(selected(page)).toHaveText('Bostäderna räcker inte, bl.a. för lärlingarna.');
  const status = page.getByRole('group', { name: 'Utöka till' }).getByRole('status');
  await expect(status).toHaveText('Markeringen utökad till: Mening.');
  await page.keyboard.press('+');
  await expect(selected(page)).toHaveText(
    'Det har varit svårt. Bostäderna räcker inte, bl.a. för lärlingarna. Vi har byggt nya hus!',
  );
  await page.keyboard.press('+');
  await expect(selected(page)).toHaveText(
    'Det har varit svårt. Bostäderna räcker inte, bl.a. för lärlingarna. Vi har byggt nya hus! Men det tar tid.',
  );
  const units = page.getByRole('group', { name: 'Utöka till' });
  await expect(units.getByRole('button', { name: 'Replik' })).toBeDisabled();

  // A word in the turn's second line, grown by the button straight to the whole turn.
  await selectInTranscript(page, 'tar');
  await units.getByRole('button', { name: 'Replik' }).click();
  await expect(selected(page)).toHaveText(/^Det har varit svårt\..*Men det tar tid\.$/);
  await screenshotFor(page, 'transcript-grown-turn');
  await page.getByRole('checkbox', { name: 'Samverkan', exact: true }).check();
  await page.getByRole('button', { name: 'Koda', exact: true }).click();
  await saved(page);
  await expect(codingList(page).getByRole('listitem')).toHaveText([/^Det har varit svårt\./]);

  // Metadata lines have no turn: a header word grows to its line only.
  await selectInTranscript(page, 'Härnösand');
  await page.keyboard.press('+');
  await expect(selected(page)).toHaveText('Plats: Härnösand');
  await expect(units.getByRole('button', { name: 'Replik' })).toBeDisabled();
});

test('any theme from the keyboard: T, type to filter, arrows, Enter codes; Escape clears', async ({
  app,
}) => {
  const page = await app.start();
  await addSource(page, 'Teman', interview);
  await selectInTranscript(page, 'Vi har byggt nya hus!');
  await page.keyboard.press('t');
  const filter = page.getByRole('searchbox', { name: 'Filtrera teman' });
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue('');
  await page.keyboard.type('xyz');
  const panel = page.getByRole('form', { name: 'Kodning' });
  await expect(panel.getByRole('status').filter({ hasText: 'matchar' })).toHaveText(
    '0 teman matchar.',
  );
  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(selected(page)).toHaveText('Vi har byggt nya hus!');

  await page.keyboard.type('pro');
  const announced = panel.getByRole('status').filter({ hasText: 'matchar' });
  await expect(announced).toHaveText(/^2 teman matchar\. Enter kodar med ”[^”]*Projektkultur”\.$/);
  await page.keyboard.press('ArrowDown');
  await expect(announced).toHaveText(/Enter kodar med ”[^”]*Prognoser och hårddata”\.$/);
  await screenshotFor(page, 'transcript-theme-finder');
  await page.keyboard.press('Enter');
  await saved(page);
  const item = codingList(page).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Vi har byggt nya hus!');
  await expect(item).toContainText('Prognoser och hårddata');
  // Coded with that one theme, and the transcript has the keyboard again.
  await expect(item).not.toContainText('Projektkultur');
  await expect(page.getByTestId('transcript')).toBeFocused();
});

test.describe('coding', () => {
  const text = [
    'Vi träffades på lördagen i Härnösand.',
    'R: Vi fick stöd – även på lördagar 🙂 och i Örnsköldsvik, sa Åsa.',
    'I: Hur gick det sedan?',
  ].join('\n');

  test('by mouse: the exact snippet with å ä ö, "–" and an emoji; overlapping codings show all their colours', async ({
    app,
  }) => {
    const page = await app.start();
    await addSource(page, 'Samtal om stöd', text);

    const quote = 'stöd – även på lördagar 🙂 och i Ö';
    await selectInTranscript(page, quote);
    await page.getByRole('checkbox', { name: 'Strategiskt ägarskap' }).check();
    await page.getByRole('button', { name: 'Koda', exact: true }).click();
    await saved(page);
    await expect(codingList(page).getByRole('listitem').filter({ hasText: quote })).toBeVisible();

    // An overlapping coding with two themes.
    const second = 'lördagar 🙂 och i Örnsköldsvik';
    await selectInTranscript(page, second);
    await page.getByRole('checkbox', { name: 'Skolans roll' }).check();
    await page.getByRole('checkbox', { name: 'Projektkultur' }).check();
    await page.getByRole('button', { name: 'Koda', exact: true }).click();
    await saved(page);
    const transcript = page.getByTestId('transcript');
    const overlap = transcript.locator('[data-codings]', { hasText: 'lördagar 🙂 och i Ö' });
    await expect(overlap).toHaveAttribute('data-codings', /^\S+ \S+$/);
    const turn = page.locator('.turn', { hasText: 'Vi fick stöd' });
    await expect(turn.locator('.stripe')).toHaveCount(2);
    await expect(turn.locator('.stripe').nth(1).locator('.stripe-band')).toHaveCount(2);

    // The quote reads exactly as selected, in the Quotes view too.
    await goTo(page, 'Citat');
    await chooseOption(page.getByLabel('Tema', { exact: true }), 'Strategiskt ägarskap');
    await expect(page.locator('mark.quote-text', { hasText: quote })).toHaveText(quote);
    await page
      .getByRole('listitem')
      .filter({ hasText: quote })
      .getByRole('button', { name: 'Visa i texten' })
      .click();
    await expect(page.getByRole('heading', { name: 'Samtal om stöd' })).toBeVisible();
    await expect(page.locator('.coded.is-active').first()).toContainText('stöd');
    await expect(page.getByRole('region', { name: 'Kodningar här' })).toContainText(quote);
  });

  test('by keyboard only: select with Shift + arrows, code with 1, adjust the bounds, undo', async ({
    app,
  }) => {
    const page = await app.start();
    await addSource(page, 'Tangentbordssamtal', text);
    const transcript = page.getByTestId('transcript');
    await transcript.focus();
    for (let i = 0; i < 'Vi träffades'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByRole('form', { name: 'Kodning' })).toContainText('Vi träffades');
    await page.keyboard.press('1');
    await saved(page);
    const list = codingList(page);
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem').first()).toContainText('Vi träffades');
    await expect(list.getByRole('listitem').first()).toContainText('Samverkan');

    // Show it, then adjust its bounds with the keyboard: the selection starts as the coding.
    await list.getByRole('button', { name: /^Vi träffades/ }).press('Enter');
    await page.getByRole('button', { name: 'Justera gränser' }).press('Enter');
    await expect(transcript).toBeFocused();
    for (let i = 0; i < ' på'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByRole('region', { name: 'Justera gränser' })).toContainText(
      'Vi träffades på',
    );
    await page.getByRole('button', { name: 'Spara nya gränser' }).press('Enter');
    await saved(page);
    await expect(list.getByRole('listitem').first()).toContainText('Vi träffades på');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await saved(page);
    await expect(list.getByRole('listitem').first()).not.toContainText('Vi träffades på');
    await expect(list.getByRole('listitem').first()).toContainText('Vi träffades');
  });

  test('edit a coding’s themes, valence and memo', async ({ app }) => {
    const page = await app.start();
    await addSource(page, 'Redigering', text);
    await selectInTranscript(page, 'Hur gick det sedan?');
    await page.getByRole('checkbox', { name: 'Samverkan', exact: true }).check();
    await page.getByRole('button', { name: 'Koda', exact: true }).click();
    await saved(page);
    await page.locator('.coded', { hasText: 'Hur gick det sedan?' }).click();
    const here = page.getByRole('region', { name: 'Kodningar här' });
    await here.getByRole('button', { name: 'Ändra', exact: true }).click();
    const form = here.getByRole('form', { name: 'Ändra kodningen' });
    await form.getByRole('checkbox', { name: 'Samverkan', exact: true }).uncheck();
    await form.getByRole('checkbox', { name: 'Projektkultur' }).check();
    await form.getByRole('radio', { name: 'Svaghet' }).check();
    await form.getByLabel(/Memo/).fill('En öppen fråga.');
    await form.getByRole('button', { name: 'Klar' }).click();
    await saved(page);
    await expect(here).toContainText('Projektkultur');
    await expect(here).toContainText('Svaghet');
    await expect(here).toContainText('En öppen fråga.');
    await expect(here).not.toContainText('Samverkan');
  });
});

test('a 300,000-character transcript is drawn in parts; a search hit at its end can be shown and coded', async ({
  app,
}) => {
  const page = await app.start();
  const turn = (i: number) =>
    `${i % 2 ? 'R' : 'I'}: ${'Vi pratade om kompetensförsörjning och samverkan i kommunen. '.repeat(1 + (i % 4))}`;
  const lines: string[] = [];
  for (let i = 0, length = 0; length < 300_000; i++) {
    lines.push(turn(i));
    length += (lines.at(-1)?.length ?? 0) + 1;
  }
  lines.push('R: Till sist nämnde hon slutordet Ödmjukhet 🙂 och tackade för sig.');
  const file = join(app.workDir, 'Mycket lång intervju.txt');
  await writeFile(file, lines.join('\r\n'), 'utf8');
  await page.getByRole('button', { name: 'Importera filer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await dialog.getByLabel('Välj filer…').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Importera 1 fil' }).click();
  await dialog.getByRole('button', { name: 'Öppna Mycket lång intervju' }).click();
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toContainText('Vi pratade om kompetensförsörjning');
  await expect(transcript.locator('.chunk-placeholder').first()).toBeAttached();
  await expect(transcript).not.toContainText('slutordet');

  await goTo(page, 'Sök');
  const main = page.getByRole('main');
  await main.getByLabel('Sök efter').fill('slutordet Ödmjukhet');
  await main.getByRole('button', { name: 'Sök', exact: true }).click();
  await main.getByRole('button', { name: 'Visa i texten' }).click();
  const end = transcript.getByText(/slutordet Ödmjukhet/);
  await expect(end).toBeInViewport();

  await selectInTranscript(page, 'slutordet Ödmjukhet 🙂');
  await page.keyboard.press('1');
  await saved(page);
  await expect(
    codingList(page).getByRole('listitem').filter({ hasText: 'slutordet Ödmjukhet 🙂' }),
  ).toBeVisible();
  await expect(transcript.locator('.coded', { hasText: 'slutordet Ödmjukhet 🙂' })).toBeVisible();
});
