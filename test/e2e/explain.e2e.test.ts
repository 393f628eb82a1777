import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppPage, useBrowser, type AppPage } from './appPage';
import { axeViolations } from './axe';
import { dutchIn } from './dutchWords';
import { useTempDir } from '../support/files';

/**
 * "Hoe is dit berekend?" in Chromium: a click on a figure (a card, a table cell) shows its
 * derivation with the numbers and their sources; a number that is another figure opens that
 * one; Esc closes it and focus returns. The keyboard reaches every figure through the row's "?".
 */

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
const tempDir = useTempDir();
const browserOf = useBrowser(SHOTS);

const open = (viewport: { width: number; height: number }): Promise<AppPage> => openAppPage(browserOf(), join(tempDir(), 'explain.sqlite'), { viewport });

const dialog = (page: Page) => page.locator('[data-testid="explain"]');

describe('explain a figure', () => {
  it('from a table cell to its derivation, on to a figure it uses, back, and closed with Esc', async () => {
    const { page, problems, stop } = await open({ width: 1280, height: 720 });
    try {
      await page.locator('[data-testid="result-table"] tr[data-gemeente="GM0402"] td[data-col="shortfall2030"]').click();
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
      expect(await dialog(page).locator('h2').innerText()).toBe('Hilversum · tekort einde programma');
      expect(await page.locator('[data-testid="explain-value"]').innerText()).toBe('= 1.557,5');
      await page.screenshot({ path: join(SHOTS, 'explain-cell-1280.png') });
      expect(await axeViolations(page, '[data-testid="explain"]')).toEqual([]);
      // From the shortfall to the net balance it takes the positive part of, then to the projection.
      await dialog(page).getByRole('button', { name: /saldo einde programma/ }).click();
      expect(await page.locator('[data-testid="explain-numbers"]').innerText()).toBe('= 3.200 − (365 + 182,5 × 7)');
      await dialog(page).getByRole('button', { name: /doel bouwprogramma/ }).click();
      expect(await dialog(page).innerText()).toContain('004 · Bijlage 2');
      await dialog(page).getByRole('button', { name: /Terug/ }).click();
      expect(await page.locator('[data-testid="explain-numbers"]').innerText()).toBe('= 3.200 − (365 + 182,5 × 7)');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog(page).isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  });

  it('a card: the region\'s shortfall is the sum of the gemeenten\'s shortfalls; the keyboard opens every figure of a row', async () => {
    const { page, problems, stop } = await open({ width: 1920, height: 1080 });
    try {
      await page.locator('[data-testid="kpi-gap"] .kpi-value').click();
      expect(await dialog(page).locator('h2').innerText()).toBe('Regio · tekort einde programma');
      expect(await page.locator('[data-testid="explain-numbers"]').innerText()).toBe('= max(0; 215) + max(0; −690,5) + max(0; 1.557,5) + max(0; 75) + max(0; −88,5) + max(0; 180,5)');
      expect(await page.locator('[data-testid="explain-value"]').innerText()).toBe('= 2.028');
      await page.screenshot({ path: join(SHOTS, 'explain-card-1920.png') });
      await page.keyboard.press('Escape');
      // Keyboard only: the row's "?" lists Laren's figures; Enter on one shows it.
      await page.locator('[data-testid="result-table"] tr[data-gemeente="GM0417"] th button.explain-row').focus();
      await page.keyboard.press('Enter');
      await dialog(page).getByRole('button', { name: 'voor op schema', exact: true }).focus();
      await page.keyboard.press('Enter');
      expect(await dialog(page).locator('h2').innerText()).toBe('Laren · voor op schema');
      expect(await page.locator('[data-testid="explain-value"]').innerText()).toBe('= 88,5');
      await page.screenshot({ path: join(SHOTS, 'explain-keyboard-1920.png') });
      await page.keyboard.press('Escape');
      // The gemeente screen: Gooise Meren's elderly total is the sum of its types' shortfalls.
      await page.goto(`${page.url().split('#')[0]}#/gemeente/GM1942`);
      await page.locator('[data-testid="elderly-table"] tr[data-type="total"] td[data-col="shortfall"]').click();
      expect(await page.locator('[data-testid="explain-numbers"]').innerText()).toBe('= max(0; 228) + max(0; 230) + max(0; 720)');
      expect(await page.locator('[data-testid="explain-value"]').innerText()).toBe('= 1.178');
      await page.screenshot({ path: join(SHOTS, 'explain-gemeente-1920.png') });
      expect(await axeViolations(page, '[data-testid="explain"]')).toEqual([]);
      await page.keyboard.press('Escape');
      await page.goto(`${page.url().split('#')[0]}#/overzicht`);
      // The cards and the table with their new buttons, and the dialog above.
      expect(await axeViolations(page, '[data-testid="kpis"]')).toEqual([]);
      expect(await axeViolations(page, '[data-testid="result-table"]')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  });

  it('in English: the derivation in English words, the source documents\' places marked Dutch', async () => {
    const { page, problems, stop } = await open({ width: 1280, height: 720 });
    try {
      await page.selectOption('[data-testid="language"]', 'en-GB');
      await page.locator('[data-testid="result-table"] tr[data-gemeente="GM0402"] td[data-col="scenarioPace"]').click();
      await dialog(page).getByRole('button', { name: /current pace per year/ }).click();
      await dialog(page).getByRole('button', { name: /completed up to the base year/ }).click();
      expect(await dialog(page).locator('h2').innerText()).toBe('Hilversum · completed up to the base year');
      const shown = await dialog(page).evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const nl of copy.querySelectorAll('[lang="nl"]')) nl.remove();
        return copy.innerText || copy.textContent || '';
      });
      expect(dutchIn(shown)).toEqual([]);
      expect(await dialog(page).locator('[lang="nl"]').first().innerText()).toContain('Bijlage 2');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  });
});
