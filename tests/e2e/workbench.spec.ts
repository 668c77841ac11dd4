import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { docxOf } from '../helpers/docx-fixture';
import { expect, test } from './support/fixtures';
import { selectInTranscript } from './support/transcript';
import {
  addSource,
  chooseOption,
  codingList,
  goTo,
  openSourceNamed,
  reopenDemo,
  saved,
  windows1252,
} from './workbench-support';

test('import a Windows-1252 .txt, a UTF-8 .txt and a .docx through the file input; å ä ö read right; one undo removes the import', async ({
  app,
}) => {
  const page = await app.start();
  const legacy = join(app.workDir, 'Intervju Härnösand.txt');
  const utf8 = join(app.workDir, 'Samtal i Sollefteå.txt');
  const word = join(app.workDir, 'Fokusgrupp Örnsköldsvik.docx');
  await writeFile(
    legacy,
    windows1252('I: Vad är viktigast?\nR: Att Åsa och Örjan får stöd – även på lördagar.\n'),
  );
  await writeFile(
    utf8,
    '\uFEFFR: Kompetensförsörjningen är en gemensam fråga för både kommun och län.\n',
    'utf8',
  );
  await writeFile(
    word,
    await docxOf(['I: Hur gick det?', 'R: Företagsbesöken blev ömsesidiga och välplanerade.']),
  );

  await expect(page.getByRole('row')).toHaveCount(16);
  await page.getByRole('button', { name: 'Importera filer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await dialog.getByLabel('Typ').selectOption({ label: 'Fokusgrupp' });
  await dialog.getByLabel('Fall', { exact: true }).selectOption({ label: 'Härnösand' });
  await dialog.getByLabel('Välj filer…').setInputFiles([legacy, utf8, word]);
  await dialog.getByRole('button', { name: 'Importera 3 filer' }).click();

  await expect(dialog.getByRole('heading', { name: '3 av 3 filer importerades.' })).toBeFocused();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Intervju Härnösand' }),
  ).toContainText('Läst som Windows-1252');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Samtal i Sollefteå' }),
  ).toContainText('UTF-8');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Fokusgrupp Örnsköldsvik' }),
  ).toContainText('Word (.docx)');
  await saved(page);
  await dialog.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('row')).toHaveCount(19);
  await expect(page.getByRole('row', { name: /Intervju Härnösand/ })).toContainText('Fokusgrupp');

  await openSourceNamed(page, /Intervju Härnösand/);
  await expect(page.getByTestId('transcript')).toContainText(
    'Att Åsa och Örjan får stöd – även på lördagar.',
  );
  await openSourceNamed(page, /Fokusgrupp Örnsköldsvik/);
  await expect(page.getByTestId('transcript')).toContainText(
    'Företagsbesöken blev ömsesidiga och välplanerade.',
  );
  await openSourceNamed(page, /Samtal i Sollefteå/);
  await expect(page.getByTestId('transcript')).toContainText(
    'Kompetensförsörjningen är en gemensam',
  );

  // The three files were one step: one undo takes them all away.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await saved(page);
  await goTo(page, 'Källor');
  await expect(page.getByRole('row')).toHaveCount(16);
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(page.getByRole('row')).toHaveCount(19);
});

test('bad files (empty, binary renamed .txt) get a clear message and leave the sources unchanged', async ({
  app,
}) => {
  const page = await app.start();
  const empty = join(app.workDir, 'tom.txt');
  const binary = join(app.workDir, 'bild.txt');
  await writeFile(empty, '');
  await writeFile(
    binary,
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0,
    ]),
  );
  await expect(page.getByRole('row')).toHaveCount(16);

  await page.getByRole('button', { name: 'Importera filer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await dialog.getByLabel('Välj filer…').setInputFiles([empty, binary]);
  await dialog.getByRole('button', { name: 'Importera 2 filer' }).click();
  await expect(dialog.getByRole('heading', { name: /Ingen fil importerades/ })).toBeFocused();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'tom.txt' })).toContainText(
    'Filen är tom',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: 'bild.txt' })).toContainText(
    'Filen är inte en textfil',
  );
  await dialog.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('row')).toHaveCount(16);
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeDisabled();
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

test.describe('codebook', () => {
  test('merge two themes (the codings follow), undo and redo, also after a restart', async ({
    app,
  }) => {
    const page = await app.start();
    await goTo(page, 'Kodbok');
    const tree = page.getByRole('list', { name: 'Teman' });
    const row = (name: string) => tree.getByRole('button', { name: new RegExp(`^⠿?${name}`) });
    await expect(row('Skolans roll')).toContainText('6 kodningar');
    await expect(row('Unga och utrikesfödda')).toContainText('10 kodningar');

    await row('Skolans roll').click();
    await page.getByRole('button', { name: 'Slå ihop med…' }).click();
    const dialog = page.getByRole('dialog', { name: /Slå ihop ”Skolans roll”/ });
    await chooseOption(dialog.getByLabel('Slå ihop med'), 'Unga och utrikesfödda');
    await expect(dialog).toContainText('6 kodningar flyttas till ”Unga och utrikesfödda”.');
    await dialog.getByRole('button', { name: 'Slå ihop', exact: true }).click();
    await saved(page);
    await expect(row('Skolans roll')).toHaveCount(0);
    await expect(row('Unga och utrikesfödda')).toContainText('16 kodningar');

    await page.getByRole('button', { name: 'Ångra' }).click();
    await saved(page);
    await expect(row('Skolans roll')).toContainText('6 kodningar');
    await expect(row('Unga och utrikesfödda')).toContainText('10 kodningar');
    await page.getByRole('button', { name: 'Gör om' }).click();
    await saved(page);
    await expect(row('Skolans roll')).toHaveCount(0);

    // The history survives a restart: undo and redo still work on the reopened project.
    await app.restart();
    const again = app.page;
    await reopenDemo(again);
    await goTo(again, 'Kodbok');
    const tree2 = again.getByRole('list', { name: 'Teman' });
    await expect(tree2.getByRole('button', { name: /Skolans roll/ })).toHaveCount(0);
    await again.getByRole('button', { name: 'Ångra' }).click();
    await saved(again);
    await expect(tree2.getByRole('button', { name: /Skolans roll/ })).toContainText('6 kodningar');
    await again.getByRole('button', { name: 'Gör om' }).click();
    await saved(again);
    await expect(tree2.getByRole('button', { name: /Skolans roll/ })).toHaveCount(0);
  });

  test('move themes with Alt + arrows (announced) and by drag and drop', async ({ app }) => {
    const page = await app.start();
    await goTo(page, 'Kodbok');
    const tree = page.getByRole('list', { name: 'Teman' });
    const names = () => tree.locator('.theme-name').allTextContents();
    const before = await names();
    expect(before.slice(0, 3)).toEqual(['Samverkan', 'Operativ samverkan', 'Strategiskt ägarskap']);

    await tree.getByRole('button', { name: /Operativ samverkan/ }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByRole('status').filter({ hasText: 'flyttades' })).toHaveText(
      '”Operativ samverkan” flyttades till plats 2 av 4 under ”Samverkan”.',
    );
    await expect(tree.getByRole('button', { name: /Operativ samverkan/ })).toBeFocused();
    expect((await names()).slice(0, 3)).toEqual([
      'Samverkan',
      'Strategiskt ägarskap',
      'Operativ samverkan',
    ]);
    // Out one level: a top-level theme right after its old parent.
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(page.getByRole('status').filter({ hasText: 'flyttades' })).toContainText(
      'bland huvudteman',
    );
    await saved(page);
    await page.keyboard.press('Control+z');
    await saved(page);
    await expect(page.locator('.theme-item', { hasText: 'Operativ samverkan' })).toHaveAttribute(
      'style',
      /padding-inline-start: 1\.5rem/,
    );

    // Drag "Projektkultur" onto "Insatser": it becomes its last sub-theme.
    const source = tree.getByRole('button', { name: /^⠿?Projektkultur/ });
    const target = tree.getByRole('button', { name: /^⠿?Insatser/ });
    await source.dragTo(target);
    await saved(page);
    const order = await names();
    expect(order.indexOf('Projektkultur')).toBe(order.indexOf('Unga och utrikesfödda') + 1);
    await expect(page.locator('.theme-item', { hasText: 'Projektkultur' })).toHaveAttribute(
      'style',
      /padding-inline-start: 1\.5rem/,
    );
  });
});

test.describe('sources list', () => {
  test('sort (aria-sort), filter by case and date, edit details with a new respondent, delete with undo', async ({
    app,
  }) => {
    const page = await app.start();
    const titles = () => page.locator('tbody th').allTextContents();
    await page.getByRole('button', { name: 'Datum', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Datum' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const dates = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(dates).toEqual([...dates].sort());
    await page.getByRole('button', { name: 'Datum', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Datum' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await page.getByLabel('Visa fall').selectOption({ label: 'Härnösand' });
    await expect(page.getByRole('row')).toHaveCount(4);
    await expect(page.getByRole('status').filter({ hasText: 'Visar' })).toHaveText(
      'Visar 3 av 15 källor',
    );
    await page.getByLabel('Datum från').fill('2012-03-20');
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await expect(page.getByRole('row')).toHaveCount(16);

    const first = (await titles())[0] ?? '';
    await page.getByRole('button', { name: `Ändra uppgifter för ${first}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra källans uppgifter' });
    await dialog.getByLabel('Titel').fill('Intervju med Åsa, omdöpt');
    await dialog.getByRole('button', { name: 'Ny respondent…' }).click();
    await dialog.getByLabel('Pseudonym').fill('Samordnare Ö, Ånge');
    await dialog.getByLabel('Roll').fill('Samordnare');
    await dialog.getByRole('button', { name: 'Lägg till respondent' }).click();
    await expect(dialog.getByRole('checkbox', { name: /Samordnare Ö, Ånge/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await saved(page);
    const renamed = page.getByRole('row', { name: /Intervju med Åsa, omdöpt/ });
    await expect(renamed).toContainText('Samordnare Ö, Ånge');

    await page.getByRole('button', { name: 'Ta bort Intervju med Åsa, omdöpt' }).click();
    const confirm = page.getByRole('dialog', { name: /Ta bort källan/ });
    await expect(confirm).toContainText(/Källans \d+ kodningar tas bort tillsammans med den\./);
    await confirm.getByRole('button', { name: 'Ta bort källan' }).click();
    await saved(page);
    await expect(page.getByRole('row')).toHaveCount(15);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect(page.getByRole('row')).toHaveCount(16);
  });
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
    await expect(row).toContainText(`${8 + hits - 1} kodningar`);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await saved(page);
    await expect(row).toContainText('8 kodningar');
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

test('quotes: a theme with or without its sub-themes, narrowed by case attribute, roles, valences and several cases', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Citat');
  const count = page.getByRole('status').filter({ hasText: 'citat' });
  const number = async () => Number(/(\d+) citat/.exec((await count.textContent()) ?? '')?.[1]);
  await chooseOption(page.getByLabel('Tema', { exact: true }), 'Samverkan');
  await expect(count).toHaveText(/\d+ citat/);
  const withSub = await number();
  await page.getByLabel('Med underteman').uncheck();
  await expect(count).toHaveText('4 citat');
  await page.getByLabel('Med underteman').check();
  await expect(count).toHaveText(`${withSub} citat`);

  await chooseOption(page.getByLabel('Fallattribut'), 'Typ av aktör: Länsaktör');
  await expect(count).not.toHaveText(`${withSub} citat`);
  const county = await number();
  expect(county).toBeGreaterThan(0);
  expect(county).toBeLessThan(withSub);
  // Several-value filters: a button opens a panel of checkboxes; Escape closes it.
  const filter = (label: string) => page.getByRole('button', { name: new RegExp(`^${label} `) });
  const pick = async (label: string, values: string[]) => {
    await filter(label).click();
    const panel = page.getByRole('group', { name: label });
    for (const value of values) await panel.getByLabel(value, { exact: true }).check();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(filter(label)).toBeFocused();
  };
  const showAll = async (label: string) => {
    await filter(label).click();
    await page
      .getByRole('group', { name: label })
      .getByRole('button', { name: 'Visa alla' })
      .click();
    await page.keyboard.press('Escape');
  };
  await pick('Värdering', ['Svaghet']);
  await expect(filter('Värdering')).toHaveAccessibleName('Värdering Svaghet');
  await expect(count).not.toHaveText(`${county} citat`);
  for (const valence of await page.locator('.quote-item .valence').allTextContents()) {
    expect(valence).toBe('Svaghet');
  }
  await page.getByLabel('Fallattribut').selectOption({ label: 'Alla värden' });
  await showAll('Värdering');
  await expect(count).toHaveText(`${withSub} citat`);
  await pick('Respondentens roll', ['Sektionschef']);
  await expect(count).not.toHaveText(`${withSub} citat`);
  for (const from of await page.locator('.quote-from').allTextContents()) {
    expect(from).toContain('Sektionschef');
  }
  await showAll('Respondentens roll');
  await expect(count).toHaveText(`${withSub} citat`);

  // Two cases together show the quotes of each.
  await pick('Fall', ['Härnösand']);
  await expect(count).not.toHaveText(`${withSub} citat`);
  const first = await number();
  await showAll('Fall');
  await expect(count).toHaveText(`${withSub} citat`);
  await pick('Fall', ['Kramfors']);
  await expect(count).not.toHaveText(`${withSub} citat`);
  const second = await number();
  await pick('Fall', ['Härnösand']);
  await expect(filter('Fall')).toHaveAccessibleName('Fall 2 valda');
  await expect(count).toHaveText(`${first + second} citat`);
});

test('files dropped on the sources list open the import with them', async ({ app }) => {
  const page = await app.start();
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['R: Släppt fil med å ä ö.'], 'Släppt.txt', { type: 'text/plain' }));
    return data;
  });
  const view = page.locator('.sources-view');
  await view.dispatchEvent('dragover', { dataTransfer: drop });
  await expect(page.getByText('Släpp filerna för att importera dem')).toBeVisible();
  await view.dispatchEvent('drop', { dataTransfer: drop });
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await expect(dialog.getByRole('list', { name: '1 vald fil' })).toContainText('Släppt.txt');
  await dialog.getByRole('button', { name: 'Importera 1 fil' }).click();
  await expect(dialog.getByRole('heading', { name: '1 av 1 filer importerades.' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Öppna Släppt' }).click();
  await expect(page.getByTestId('transcript')).toContainText('Släppt fil med å ä ö.');
});
