import type { Page } from 'playwright-core';

/**
 * Fills the open project form: Hilversum, completing in 2027, permitted, 400 homes of which 500
 * zero-step — one more than the whole, so saving it is refused until the tests set it right.
 */
export async function fillTooManyZeroStep(page: Page, name: string): Promise<void> {
  await page.fill('[data-testid="project-name"]', name);
  await page.selectOption('[data-testid="project-gemeente"]', 'GM0402');
  await page.fill('[data-testid="project-completionYear"]', '2027');
  await page.selectOption('[data-testid="project-status"]', 'vergund');
  await page.fill('[data-testid="project-total"]', '400');
  await page.fill('[data-testid="project-nultreden"]', '500');
}
