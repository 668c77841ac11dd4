import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Clicks a view in the main navigation. */
export const goTo = (page: Page, view: string | RegExp) =>
  page
    .getByRole('navigation')
    .getByRole('button', { name: view, exact: typeof view === 'string' })
    .click();

/** Opens a tab of the current view. */
export const openTab = (page: Page, name: string | RegExp) =>
  page.getByRole('tab', { name }).click();

/** Waits until every edit is durably saved. */
export const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('Sparat');
