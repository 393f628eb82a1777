import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/files';
import { openAppPage, useBrowser } from './appPage';
import { axeViolations } from './axe';

/**
 * Solidariteit in Chromium: opened with Alt+7 (the browser build; Ctrl+7 in Electron), the ledger of Keerpunt (Hilversum 6 against a fair
 * share of 2,2), a figure's derivation from the keyboard, a copy of the built-in scenario with a
 * placement through the form, and no WCAG 2.1 A/AA violation on the screen.
 */

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
const tempDir = useTempDir();
const browserOf = useBrowser(SHOTS);

const cell = (page: Page, gemeente: string, col: string) => page.locator(`[data-testid="ledger-table"] tr[data-gemeente="${gemeente}"] td[data-col="${col}"]`);

describe('Solidariteit in Chromium', () => {
  it('Alt+7 opens it in the browser build; Keerpunt: Hilversum 6 against 2,2; a placement in a copy; axe finds nothing', async () => {
    const { page, problems, stop } = await openAppPage(browserOf(), join(tempDir(), 'solidariteit.sqlite'), { viewport: { width: 1280, height: 720 } });
    try {
      await page.keyboard.press('Alt+7');
      await page.waitForSelector('[data-testid="screen-solidariteit"]');
      expect(await page.locator('[data-testid="nav-solidariteit"]').getAttribute('aria-current')).toBe('page');
      await page.selectOption('[data-testid="ledger-type"]', 'keerpuntUnits');
      expect(await cell(page, 'GM0402', 'actual').innerText()).toBe('6');
      expect(await cell(page, 'GM0402', 'fair').innerText()).toBe('2,2');
      await page.waitForSelector('[data-testid="chart-ledger-keerpuntUnits"]:not([data-rendered="0"])');

      // Every figure is a button: Enter on Hilversum's fair share shows 6 × its share under the key.
      await cell(page, 'GM0402', 'fair').locator('button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid="explain"]').isVisible()).toBe(true);
      expect(await page.locator('[data-testid="explain"] h2').innerText()).toMatch(/^Hilversum · /);
      expect(await page.locator('[data-testid="explain-value"]').innerText()).toMatch(/^= 2,2/);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('[data-testid="explain"]').isVisible()).toBe(false);

      // The built-in scenario is not edited: a copy opens, and the placement goes there.
      await page.click('[data-testid="solidarity-copy"]');
      await page.click('[data-testid="copy-confirm"]');
      await page.waitForSelector('[data-testid="placement-add"]');
      await page.click('[data-testid="placement-add"]');
      await page.selectOption('[data-testid="placement-type"]', 'keerpuntUnits');
      await page.fill('[data-testid="placement-units"]', '6');
      await page.selectOption('[data-testid="placement-gemeente"]', 'GM1942');
      await page.fill('[data-testid="placement-year"]', '2027');
      await page.click('[data-testid="placement-save"]');
      await page.waitForSelector('[data-testid="placement-form"]', { state: 'detached' });
      expect(await cell(page, 'regio', 'actualAfter').innerText()).toBe('12');
      expect(await cell(page, 'GM1942', 'actualAfter').innerText()).toBe('6');
      await page.waitForSelector('[data-testid="save-state"][data-state="saved"]');
      await page.screenshot({ path: join(SHOTS, 'solidariteit-1280.png'), fullPage: true });

      expect(await axeViolations(page, 'main')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 120_000);
});
