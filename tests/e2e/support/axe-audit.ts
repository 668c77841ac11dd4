import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The serious and critical accessibility violations (axe-core: WCAG 2.x A and AA rules and
 * axe's best practices) on the page now, each as "where: rule targets".
 */
export async function audit(page: Page, where: string): Promise<string[]> {
  // Only violations are reported in full: on a page of 200 quotes that halves the time.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
