import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { selectInTranscript } from './support/transcript';
import { addSource, codingList, saved } from './workbench-support';

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
