import type { Page } from '@playwright/test';

/** Clicks a view in the main navigation. */
export const goTo = (page: Page, view: string | RegExp) =>
  page
    .getByRole('navigation')
    .getByRole('button', { name: view, exact: typeof view === 'string' })
    .click();

/** Opens a tab of the current view. */
export const openTab = (page: Page, name: string | RegExp) =>
  page.getByRole('tab', { name }).click();

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
