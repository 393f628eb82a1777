import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../shared/screens';
import { useAppPage, useBrowser } from './appPage';
import { axeViolations } from './axe';

/**
 * Every screen in Chromium (issue 13 items 1, 7, 8 and 9), on one page over one server: an axe
 * scan of the whole page with no serious or critical violation, the print stylesheet under print
 * media emulation (no navigation or buttons, the print header, every figure row), the About
 * dialog, and the "?" beside a key figure. The screens come from the registry, so a new screen is
 * scanned without a change here.
 */

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
const browserOf = useBrowser(SHOTS);
// One page, server and database for the whole file: the tests follow on from each other.
const appOf = useAppPage(browserOf, 'screens', { viewport: { width: 1280, height: 720 }, hash: '#/overzicht' });

describe('every screen in Chromium', () => {
  it.each(SCREENS.map((s) => s.id))('%s: no serious or critical axe violation; printed without navigation or buttons, under a header naming the scenario and the sources', async (id) => {
    const { page, problems } = appOf();
    await page.goto(`${appOf().url}#/${id}`);
    await page.waitForSelector(`[data-testid="screen-${id}"]`);
    // The charts are drawn after the screen: scan what the user sees, not the first frame.
    await page.waitForFunction(() => [...document.querySelectorAll('.chart')].every((c) => c.querySelector('.js-plotly-plot, svg, img') !== null), undefined, { timeout: 15_000 }).catch(() => undefined);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.topbar').isVisible()).toBe(false);
      const header = page.locator('[data-testid="print-header"]');
      expect(await header.isVisible()).toBe(true);
      const text = await header.innerText();
      expect(text).toContain('Basis');
      expect(text).toMatch(/Bron: .*004/);
      // Buttons do not print; a figure shown as a button (a key figure, a gemeente's name) does.
      const buttons = await page.locator('main button:visible').evaluateAll((bs) => bs.filter((b) => !['kpi-value', 'link', 'figure-button'].some((c) => b.classList.contains(c))).map((b) => b.outerHTML.slice(0, 80)));
      expect(buttons).toEqual([]);
      if (id === 'data') {
        // The virtualised list draws every row on paper.
        const table = page.locator('[data-testid="figures-table"]');
        const total = Number(await table.getAttribute('aria-rowcount')) - 1;
        await expect.poll(() => table.locator('tbody tr[data-figure]').count()).toBe(total);
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('Overzicht: the verdict in words; a key figure\'s "?" says what it is and where it comes from, Esc closes it', async () => {
    const { page } = appOf();
    await page.goto(`${appOf().url}#/overzicht`);
    const verdict = page.locator('[data-testid="verdict"]');
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/Vier gemeenten lopen achter, samen 2\.028 woningen; Hilversum het meest \(1\.558\)/);
    const tip = page.locator('[data-testid="kpi-gap"] button.info-tip');
    await tip.focus();
    await page.keyboard.press('Enter');
    const body = page.locator('.info-tip-body:popover-open');
    await body.waitFor();
    expect(await body.innerText()).toMatch(/nooit negatief/);
    expect(await body.locator('a').getAttribute('href')).toBe('#/uitleg/begrip-tekort');
    await page.screenshot({ path: join(SHOTS, 'screens-info-tip-1280.png') });
    await page.keyboard.press('Escape');
    await body.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('.info-tip-body:popover-open').count()).toBe(0);

    // The result table's column "?"s are for the mouse; the keyboard reaches their words in one stop under the table.
    const headerTips = page.locator('[data-testid="result-table"] thead button.info-tip');
    expect(await headerTips.count()).toBeGreaterThan(5);
    expect(await headerTips.evaluateAll((bs) => bs.every((b) => (b as HTMLElement).tabIndex === -1))).toBe(true);
    const guide = page.locator('[data-testid="result-table-columns"]');
    await guide.focus();
    await page.keyboard.press('Enter');
    const list = page.locator('.info-tip-body:popover-open .column-guide-list');
    await list.waitFor();
    expect(await list.locator('dt').count()).toBe(await headerTips.count());
    expect(await list.innerText()).toMatch(/nooit negatief/);
    await page.screenshot({ path: join(SHOTS, 'screens-column-guide-1280.png') });
    await page.keyboard.press('Escape');
    expect(await page.locator('.info-tip-body:popover-open').count()).toBe(0);
  });

  it('About: opens from the header with the version and the database file; Esc closes it and the focus is back on the button', async () => {
    const { page } = appOf();
    await page.locator('[data-testid="about-open"]').focus();
    await page.keyboard.press('Enter');
    const location = page.locator('[data-testid="about-location"]');
    await location.waitFor();
    expect(await location.innerText()).toBe(appOf().dbPath);
    expect(await page.locator('[data-testid="about-version"]').innerText()).toMatch(/^Versie \d+\.\d+\.\d+$/);
    expect(await page.locator('[data-testid="about"]').innerText()).toContain('Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024');
    expect((await axeViolations(page, '[data-testid="about"]')).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="about"]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('about-open');
  });
});
