import { translate } from '../../shared/i18n';
import { audit } from './support/axe-audit';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { selectInTranscript } from './support/transcript';

/*
 * Every view, its main states and the main dialogs, in Swedish and in English, audited with
 * axe-core (WCAG 2.x A and AA rules and axe's best practices): no serious or critical violation
 * (contrast, names, labels, roles, landmarks…). The demo's own data (theme, case and source
 * names) is Swedish in both languages, so it finds things by those names.
 */

for (const lang of ['sv', 'en'] as const) {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(lang, key, params);

  test(`every view and the main dialogs have no serious accessibility violation (${lang})`, async ({
    app,
  }) => {
    // Some 30 audits, a few seconds each on a page of hundreds of elements.
    test.setTimeout(360_000);
    const page = await app.start();
    await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    const found: string[] = [];
    const check = async (where: string) => {
      found.push(...(await audit(page, `${lang} ${where}`)));
      await screenshotFor(page, `a11y-${lang}-${where}`);
    };
    const goTo = async (key: string) => {
      await page
        .getByRole('navigation')
        .getByRole('button', { name: t(key), exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    };
    /** Opens a tab and waits until it is the one shown. */
    const openTab = async (name: string | RegExp) => {
      const tab = page.getByRole('tab', { name });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
    };
    const dialog = page.getByRole('dialog');
    /** Opens a dialog with the button named by `key`, audits it and closes it with Escape. */
    const checkDialog = async (key: string, where: string) => {
      await page
        .getByRole('button', { name: t(key), exact: true })
        .first()
        .click();
      await expect(dialog).toBeVisible();
      await check(where);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    };

    // Sources, the add dialog, a transcript and a selection ready to code.
    await expect(page.getByRole('heading', { name: t('sources.heading') })).toBeVisible();
    await check('sources');
    await checkDialog('sources.add', 'add-source-dialog');
    await page
      .getByRole('row', { name: /projektledaren i Härnösand/ })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByTestId('transcript')).toBeVisible();
    await check('transcript');
    const line = await page.getByTestId('transcript').locator('[data-offset]').nth(1).innerText();
    await selectInTranscript(page, line.trim().split(/\s+/).slice(0, 4).join(' '));
    await expect(page.getByRole('button', { name: t('coding.code'), exact: true })).toBeVisible();
    await check('transcript-selection');

    // Codebook: the tree, a theme's details, the add dialog, a codebook's import.
    await goTo('nav.codebook');
    await check('codebook');
    await page.getByText('Strategiskt ägarskap', { exact: true }).first().click();
    await expect(page.getByRole('heading', { name: 'Strategiskt ägarskap' })).toBeVisible();
    await check('codebook-theme');
    await checkDialog('codebook.add', 'add-theme-dialog');
    await checkDialog('codebookTree.merge', 'merge-theme-dialog');
    await checkDialog('common.delete', 'delete-theme-dialog');
    await checkDialog('codebookImport.open', 'import-codebook-dialog');

    // Cases: the list, a case, the indicator table, the add dialog.
    await goTo('nav.cases');
    await check('cases');
    await page
      .getByRole('row', { name: /Härnösand/ })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'Härnösand', level: 2 })).toBeVisible();
    await check('case-detail');
    await openTab(t('indicatorTable.tab'));
    await check('case-indicators');
    await openTab(t('indicatorTable.listTab'));
    await checkDialog('cases.add', 'add-case-dialog');

    // Analysis: the matrix, a cell's quotes, co-occurrence.
    await goTo('nav.analysis');
    await check('analysis-matrix');
    await page
      .getByRole('button', { name: /^Samverkan › Strategiskt ägarskap, Härnösand:/ })
      .click();
    await expect(page.getByRole('complementary')).toBeVisible();
    await check('analysis-cell');
    await openTab(t('coOccurrence.tab'));
    await check('analysis-co-occurrence');
    await openTab(t('agreement.tab'));
    await check('analysis-agreement');

    // Conclusions: each tab, with an item open where the tab has a list.
    await goTo('nav.findings');
    await page
      .getByRole('button', { name: new RegExp(`^${t('findingEditor.name', { number: 1 })}:`) })
      .click();
    await expect(
      page.getByRole('region', { name: t('findingEditor.title', { number: 1 }) }),
    ).toBeVisible();
    await check('finding');
    await page.getByRole('button', { name: t('findingEditor.addQuotes') }).click();
    await expect(dialog).toBeVisible();
    await check('quote-picker-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await openTab(new RegExp(t('findings.recommendations')));
    await page.getByRole('button', { name: /^Engagera högre ledningsnivåer/ }).click();
    await expect(
      page.getByRole('region', { name: t('recommendationEditor.title', { number: 1 }) }),
    ).toBeVisible();
    await check('recommendation');
    await openTab(new RegExp(t('responseOverview.tab')));
    await check('responses');
    await openTab(new RegExp(t('questions.tab')));
    await page.getByRole('button', { name: /^Har insatserna utgått/ }).click();
    await expect(
      page.getByRole('region', { name: t('questions.title', { number: 1 }) }),
    ).toBeVisible();
    await check('question');
    await openTab(t('evaluationMatrix.tab'));
    await check('evaluation-matrix');

    // Reports with the REFI-QDA export dialog, quotes, and a search with hits.
    await goTo('nav.reports');
    await check('reports');
    await checkDialog('refiExportForm.openQdpx', 'refi-export-dialog');
    await goTo('workbenchNav.quotes');
    await check('quotes');
    await goTo('workbenchNav.search');
    const main = page.getByRole('main');
    await main.getByLabel(t('search.query')).fill('samverkan');
    await main.getByRole('button', { name: t('search.submit'), exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'samverkan' })).toBeVisible();
    await check('search');

    // The start screen and its dialogs.
    await page.getByRole('button', { name: t('header.closeProject') }).click();
    await expect(page.getByRole('button', { name: t('start.newProject') })).toBeVisible();
    await check('start');
    await checkDialog('start.newProject', 'new-project-dialog');
    // The open dialog (Electron asks its own), with the message for a folder that is not there.
    if (app.host === 'web') {
      await page.getByRole('button', { name: t('start.openProject'), exact: true }).click();
      await app.chooseFolder(`${app.workDir}/nowhere`);
      await dialog.getByRole('button', { name: t('projectForm.open'), exact: true }).click();
      await expect(dialog.getByText(`${app.workDir}/nowhere`)).toBeVisible();
      await check('open-project-dialog-error');
      // A typed path is not thrown away without asking: the question is audited too.
      await page.keyboard.press('Escape');
      const confirm = page.getByRole('dialog', { name: t('drafts.discardTitle') });
      await expect(confirm).toBeVisible();
      await check('discard-typed-text-dialog');
      await confirm.getByRole('button', { name: t('drafts.discard'), exact: true }).click();
      await expect(dialog).toHaveCount(0);
    }
    await checkDialog('demoCopy.startOver', 'start-demo-over-dialog');

    // The banner that says the connection was lost (the browser fallback only).
    if (app.host === 'web') {
      await page.getByRole('button', { name: t('start.openDemo') }).click();
      await expect(page.getByRole('heading', { name: t('sources.heading') })).toBeVisible();
      await app.killHost();
      await expect(page.getByRole('alert').filter({ hasText: t('connection.lost') })).toBeVisible();
      await check('connection-lost');
    }

    expect(found).toEqual([]);
  });
}
