import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { goTo } from './views';

/** Opens a source from the sources list by (part of) its title. */
export async function openSourceNamed(page: Page, title: string | RegExp): Promise<void> {
  await goTo(page, 'Källor');
  await page.getByRole('row', { name: title }).getByRole('button').first().click();
  await expect(page.getByTestId('transcript')).toBeVisible();
}

/** "Windows-1252" bytes for a Swedish line: å ä ö Å Ä Ö as single bytes, CRLF line ends. */
export function windows1252(text: string): Buffer {
  const table: Record<string, number> = {
    å: 0xe5,
    ä: 0xe4,
    ö: 0xf6,
    Å: 0xc5,
    Ä: 0xc4,
    Ö: 0xd6,
    é: 0xe9,
    '–': 0x96,
    '”': 0x94,
  };
  const bytes: number[] = [];
  for (const ch of text.replace(/\n/g, '\r\n')) {
    const code = table[ch] ?? ch.charCodeAt(0);
    if (code > 0x7f && table[ch] === undefined) throw new Error(`No Windows-1252 byte for ${ch}`);
    bytes.push(code);
  }
  return Buffer.from(bytes);
}

/** Picks an option by its visible name (the theme tree indents names with no-break spaces). */
export async function chooseOption(select: Locator, name: string): Promise<void> {
  const value = await select.evaluate(
    (element, wanted) =>
      [...(element as HTMLSelectElement).options].find(
        (option) => option.text.replace(/\u00a0/g, ' ').trim() === wanted,
      )?.value,
    name,
  );
  if (value === undefined) throw new Error(`No option "${name}"`);
  await select.selectOption(value);
}

/** Adds a pasted source to the open project and opens it. */
export async function addSource(page: Page, title: string, text: string): Promise<void> {
  await goTo(page, 'Källor');
  await page.getByRole('button', { name: 'Lägg till källa' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Text').fill(text);
  await dialog.getByRole('button', { name: 'Lägg till källa' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('transcript')).toBeVisible();
}

/** The coding panel's list of this source's codings. */
export const codingList = (page: Page) => page.getByRole('region', { name: /Kodningar i källan/ });
