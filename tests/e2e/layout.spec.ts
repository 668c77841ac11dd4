import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';

/*
 * The app frame (header and navigation) stays put in every view: the page itself never scrolls,
 * only the view's own area does.
 */

interface Scroll {
  /** The document's scroll height and the window's height. */
  document: number;
  viewport: number;
  /** How far the window moved when asked to scroll to the end. */
  windowMoved: number;
  /** The view area: how tall its content is, how tall it shows, how far it scrolled. */
  content: number;
  shown: number;
  viewScrolled: number;
  headerTop: number;
}

/** Tries to scroll the window and the view area to their ends, and says what moved. */
function scrollEverything(page: Page): Promise<Scroll> {
  return page.evaluate(() => {
    const main = document.getElementById('main');
    if (!main) throw new Error('No view area');
    window.scrollTo(0, 100_000);
    main.scrollTop = 100_000;
    const result = {
      document: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
      windowMoved: window.scrollY,
      content: main.scrollHeight,
      shown: main.clientHeight,
      viewScrolled: main.scrollTop,
      headerTop: document.querySelector('.app-header')?.getBoundingClientRect().top ?? -1,
    };
    main.scrollTop = 0;
    return result;
  });
}

/** Every view, and the tabs inside Analysis and Findings, as a user reaches them. */
const places: { view: string; tab?: RegExp; tall?: boolean }[] = [
  { view: 'Källor' },
  { view: 'Kodbok' },
  { view: 'Fall' },
  { view: 'Analys', tall: true },
  // Co-occurrence may fit the window, depending on the fonts a machine has.
  { view: 'Analys', tab: /^Samförekomst/ },
  { view: 'Slutsatser & rekommendationer', tall: true },
  { view: 'Slutsatser & rekommendationer', tab: /^Utvärderingsmatris/, tall: true },
  { view: 'Slutsatser & rekommendationer', tab: /^Ledningens svar/ },
  { view: 'Rapporter', tall: true },
  { view: 'Citat', tall: true },
  { view: 'Sök' },
];

test('at 1440×900 the page never scrolls in any view: the header stays and the view area scrolls', async ({
  app,
}) => {
  const page = await app.start();
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const place of places) {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: place.view, exact: true })
      .click();
    if (place.tab) await page.getByRole('tab', { name: place.tab }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const where = `${place.view}${place.tab ? ` › ${place.tab.source}` : ''}`;
    const scroll = await scrollEverything(page);
    expect(scroll.document, `${where}: the document is taller than the window`).toBe(
      scroll.viewport,
    );
    expect(scroll.windowMoved, `${where}: the window scrolled`).toBe(0);
    expect(scroll.headerTop, `${where}: the header moved`).toBe(0);
    if (place.tall) {
      expect(scroll.content, `${where}: its content fits, so nothing to scroll`).toBeGreaterThan(
        scroll.shown,
      );
      expect(scroll.viewScrolled, `${where}: the view area did not scroll`).toBeGreaterThan(0);
    }
  }
  await page
    .getByRole('navigation')
    .getByRole('button', { name: 'Rapporter', exact: true })
    .click();
  await page.locator('#main').evaluate((main) => (main.scrollTop = main.scrollHeight));
  await screenshotFor(page, 'layout-reports-scrolled');
});
