import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The real names the demo project lists for pseudonymisation (demo-conclusions.ts). */
export const demoRealNames = [
  'Birgitta Holmgren',
  'Lars-Erik Sjödin',
  'Anneli Nordin',
  'Jenny Åkerlund',
  'Göran Byström',
];

/** The demo project's recommendation titles, in their order. */
export const demoRecommendationTitles = [
  'Engagera högre ledningsnivåer i frågan',
  'Bygg en gemensam bild av kompetensförsörjningen',
  'Utveckla projektkulturen och kräv lärande uppåt',
];

/** Reopens the demo project from the start screen's recent list (after a restart). */
export async function reopenDemo(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /Kompetenslyftet/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();
}
