import { paragraphsHtml, printedPdf } from '../helpers/pdf-fixture';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { selectInTranscript } from './support/transcript';
import { chooseOption } from './support/sources';
import { goTo, saved } from './support/views';

const onPage1 = 'Styrgruppen beslutade att förlänga Kompetenslyftet till och med juni 2012.';
const onPage2 = 'Företagsbesöken var den mest uppskattade delen av projektet i alla sju kommuner.';

test('a PDF dropped on the sources list imports with its pages; a quote from page 2 says "s. 2"', async ({
  app,
}) => {
  const pdf = await printedPdf({
    html: paragraphsHtml([onPage1]) + paragraphsHtml([onPage2], 'break-before:page'),
    header: 'Kompetenslyftet – styrgruppens protokoll',
    footer: 'Sida {page} av {pages}',
  });
  const page = await app.start();
  const drop = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'Protokoll styrgrupp.pdf', { type: 'application/pdf' }));
    return data;
  }, Buffer.from(pdf).toString('base64'));
  const view = page.locator('.sources-view');
  await view.dispatchEvent('dragover', { dataTransfer: drop });
  await view.dispatchEvent('drop', { dataTransfer: drop });
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await dialog.getByLabel('Typ').selectOption({ label: 'Dokument' });
  await dialog.getByRole('button', { name: 'Importera 1 fil' }).click();
  await expect(dialog.getByRole('heading', { name: '1 av 1 filer importerades.' })).toBeFocused();
  const result = dialog.getByRole('listitem').filter({ hasText: 'Protokoll styrgrupp' });
  await expect(result).toContainText('Läst som PDF, 2 sidor');
  await expect(result).toContainText(
    'Utelämnat som sidhuvud och sidfot: ”Kompetenslyftet – styrgruppens protokoll”, ”Sida 1 av 2”',
  );
  await screenshotFor(dialog, 'pdf-import-results');
  await dialog.getByRole('button', { name: 'Öppna Protokoll styrgrupp' }).click();

  const transcript = page.getByTestId('transcript');
  await expect(transcript).toContainText(`${onPage1}\n${onPage2}`, { useInnerText: true });
  await expect(transcript).not.toContainText('Sida 1');
  await selectInTranscript(page, onPage2);
  await page.getByRole('checkbox', { name: 'Strategiskt ägarskap' }).check();
  await page.getByRole('button', { name: 'Koda', exact: true }).click();
  await saved(page);

  await goTo(page, 'Citat');
  await chooseOption(page.getByLabel('Tema', { exact: true }), 'Strategiskt ägarskap');
  const item = page.getByRole('listitem').filter({ hasText: onPage2 });
  await expect(item.locator('.quote-page')).toHaveText('s.\u00a02');
  await screenshotFor(item, 'pdf-quote-page');
});
