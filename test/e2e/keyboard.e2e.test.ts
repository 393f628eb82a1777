import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppPage, useBrowser } from './appPage';
import { axeViolations } from './axe';

/**
 * The keyboard in Chromium (issue 13 item 7), on one page over one server: the skip link first,
 * the arrow keys in the Data & bronnen tabs, Esc on the project form, the focus after deleting a
 * scenario, and the browser build's screen shortcuts (Alt+digit; Ctrl+digit stays the browser's).
 * The tests follow on from each other (one page, one server start): run the file, not one test.
 */

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
const browserOf = useBrowser(SHOTS);
// One page, server and database for the whole file: the tests follow on from each other.
const appOf = useAppPage(browserOf, 'keyboard', { viewport: { width: 1280, height: 720 }, hash: '#/overzicht' });

/** The focused element's test id (or tag name, lower case, without one). */
const focused = (page: Page) => page.evaluate(() => (document.activeElement instanceof HTMLElement ? (document.activeElement.dataset.testid ?? document.activeElement.tagName.toLowerCase()) : null));
const screenIs = async (page: Page, id: string) => (await page.locator(`[data-testid="nav-${id}"]`).getAttribute('aria-current')) === 'page';

describe('keyboard in Chromium', () => {
  it('Tab from the start of the page reaches the skip link first, shown; Enter moves the focus into main', async () => {
    const { page } = appOf();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('skip-link');
    expect(await axeViolations(page, '[data-testid="skip-link"]')).toEqual([]);
    const link = page.locator('[data-testid="skip-link"]');
    expect(await link.innerText()).toBe('Naar de inhoud');
    const box = await link.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.height).toBeGreaterThan(20);
    await page.screenshot({ path: join(SHOTS, 'keyboard-skip-link-1280.png') });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('main');
    // The route stays: the link moves the focus, not the hash.
    expect(new URL(page.url()).hash).toBe('#/overzicht');
    // Hidden again, and the next Tab goes into the screen rather than the header.
    expect((await link.boundingBox())?.y ?? 0).toBeLessThan(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false)).toBe(true);
  });

  it('Alt+digit opens a screen in the browser build; Ctrl+digit is left to the browser', async () => {
    const { page } = appOf();
    expect(await page.locator('[data-testid="nav-data"]').getAttribute('title')).toBe('Alt+6');
    await page.keyboard.press('Alt+6');
    await page.waitForSelector('[data-testid="screen-data"]');
    expect(await screenIs(page, 'data')).toBe(true);
    // Ctrl+2 is the browser's (its second tab): the app does not take it or stop it.
    const taken = await page.evaluate(() => {
      const e = new KeyboardEvent('keydown', { key: '2', code: 'Digit2', ctrlKey: true, bubbles: true, cancelable: true });
      return !document.body.dispatchEvent(e);
    });
    expect(taken).toBe(false);
    expect(await screenIs(page, 'data')).toBe(true);
  });

  it('the Data & bronnen tabs: one tab stop, Right/Left/Home/End move and show the tab', async () => {
    const { page } = appOf();
    const tab = (key: string) => page.locator(`[data-testid="tab-${key}"]`);
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    await tab('cijfers').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('tab-inlezen');
    expect(await tab('inlezen').getAttribute('aria-selected')).toBe('true');
    expect(await tab('cijfers').getAttribute('tabindex')).toBe('-1');
    const panel = page.locator('[role="tabpanel"]');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await tab('inlezen').getAttribute('id'));
    expect(await tab('inlezen').getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
    await page.waitForSelector('[data-testid="import-check"]');
    await page.screenshot({ path: join(SHOTS, 'keyboard-tab-focused-1280.png') });
    expect(await axeViolations(page, '[role="tablist"]')).toEqual([]);
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('tab-reservekopieen');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('tab-cijfers');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('tab-cijfers');
    expect(await tab('cijfers').getAttribute('aria-selected')).toBe('true');
    await page.waitForSelector('[data-testid="figures-table"]');
    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('[role="tabpanel"]')?.contains(document.activeElement) ?? false)).toBe(true);
  });

  it('the figure list: every figure without a cap, only those in view drawn, one tab stop, arrows and End move, Enter edits, Esc cancels', async () => {
    const { page } = appOf();
    const table = page.locator('[data-testid="figures-table"]');
    const total = Number(await table.getAttribute('aria-rowcount')) - 1;
    expect(total).toBeGreaterThan(200);
    const drawn = await table.locator('tbody tr[data-figure]').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(total);
    // One row of the table is in the tab order (with its own buttons), not one button per row.
    expect(await table.locator('tbody tr[tabindex="0"]').count()).toBe(1);
    expect(await table.locator('tbody button[tabindex="0"]').count()).toBeLessThanOrEqual(2);
    await table.locator('tbody tr[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe('3');
    await page.keyboard.press('End');
    await page.waitForFunction((n) => document.activeElement?.getAttribute('aria-rowindex') === String(n + 1), total);
    const last = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.figure ?? '');
    expect(await table.locator('tbody tr[tabindex="0"]').getAttribute('data-figure')).toBe(last);
    await page.keyboard.press('Enter');
    const field = page.locator(`tr[data-figure="${last}"] [data-testid="figure-value"]`);
    await field.waitFor();
    expect(await focused(page)).toBe('figure-value');
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'detached' });
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-rowindex') === '2');
    expect(await axeViolations(page, '[data-testid="figures-table"]')).toEqual([]);
  });

  it('Nieuw project puts the focus in the form; Esc closes it unsaved and the focus is on Nieuw project again', async () => {
    const { page } = appOf();
    await page.keyboard.press('Alt+5');
    await page.waitForSelector('[data-testid="screen-projecten"]');
    const rows = await page.locator('[data-testid="project-table"] tbody tr').count();
    await page.locator('[data-testid="new-project"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="project-form"]');
    expect(await focused(page)).toBe('project-name');
    await page.keyboard.type('Niet bewaren');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="project-form"]', { state: 'detached' });
    expect(await focused(page)).toBe('new-project');
    expect(await page.locator('[data-testid="project-table"] tbody tr').count()).toBe(rows);
  });

  it('deleting a scenario keeps the focus in the list and the open scenario open; deleting the open one opens its neighbour', async () => {
    const { page, problems } = appOf();
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('[data-testid="screen-scenarios"]');
    const idOf = async (name: string) => {
      const li = page.locator('[data-testid="scenario-list"] li[data-scenario]', { has: page.locator('.scenario-name', { hasText: new RegExp(`^${name}$`) }) });
      await li.waitFor();
      return (await li.getAttribute('data-scenario')) ?? '';
    };
    for (const name of ['Toets een', 'Toets twee', 'Toets drie']) {
      await page.fill('[data-testid="new-scenario-name"]', name);
      await page.keyboard.press('Enter');
      await idOf(name);
    }
    const [een, twee, drie] = [await idOf('Toets een'), await idOf('Toets twee'), await idOf('Toets drie')];
    const listed = () => page.locator('[data-testid="scenario-list"] li[data-scenario]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.scenario ?? ''));
    // The last created is open; delete another one with the keyboard.
    expect(await page.locator('[data-testid="open-scenario"]').inputValue()).toBe(drie);
    const order = await listed();
    const next = order[order.indexOf(twee) + 1] ?? order[order.indexOf(twee) - 1];
    await page.locator(`[data-testid="delete-${twee}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(listed).not.toContain(twee);
    await expect.poll(() => focused(page)).toBe(`open-${next ?? ''}`);
    expect(await page.locator('[data-testid="open-scenario"]').inputValue()).toBe(drie);
    // The open one: its neighbour opens and has the focus.
    const now = await listed();
    const neighbour = now[now.indexOf(drie) + 1] ?? now[now.indexOf(drie) - 1] ?? '';
    await page.locator(`[data-testid="delete-${drie}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(listed).not.toContain(drie);
    await expect.poll(() => page.locator('[data-testid="open-scenario"]').inputValue()).toBe(neighbour);
    await expect.poll(() => focused(page)).toBe(`open-${neighbour}`);
    expect(await listed()).toContain(een);
    expect(problems).toEqual([]);
  });
});
