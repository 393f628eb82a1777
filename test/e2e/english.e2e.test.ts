import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENS, type ScreenId } from '../../shared/screens';
import { useTempDir } from '../support/files';
import { openAppPage, useBrowser, type AppPage } from './appPage';
import { fillTooManyZeroStep } from './projectForm';
import { dutchIn } from './dutchWords';
import { axeViolations } from './axe';

/**
 * The window in English, screen by screen, as an analyst who reads no Dutch would use it: no
 * text outside what is marked lang="nl" (the Dutch documents' own words) may be Dutch. Names are
 * allowed as they are: the gemeenten, the region, and the built-in scenarios (seed data, Dutch in
 * either language).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/e2e');
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** The names of a seed file's entries (gemeenten.json, scenarios.json). */
const seedNames = (file: string, list: string): string[] => (JSON.parse(readFileSync(join(ROOT, 'seeds', file), 'utf8')) as Record<string, { name: string }[]>)[list]?.map((e) => e.name) ?? [];
const NAMES: readonly string[] = ['Gooi en Vechtstreek', ...seedNames('gemeenten.json', 'gemeenten'), ...seedNames('scenarios.json', 'scenarios')].sort((a, b) => b.length - a.length);

const tempDir = useTempDir();
const browserOf = useBrowser(SHOTS);

/**
 * What the page shows outside lang="nl": its rendered text (charts included), the options of
 * every list, the title, aria-label and placeholder texts, and text put in by the style sheet
 * (::before, ::after). An attribute that is one code (a figure id such as
 * "bouwprogramma.totaal:GM0402:2022-2030") is no text for a reader.
 */
async function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dutch = '[lang="nl"]:not(html)';
    const style = document.createElement('style');
    style.textContent = `${dutch} { display: none !important; }`;
    document.head.append(style);
    try {
      const outside = (el: Element) => el.closest(dutch) === null;
      const parts = [document.body.innerText];
      for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
        if (!outside(el)) continue;
        for (const name of ['title', 'aria-label', 'placeholder']) {
          const value = el.getAttribute(name);
          if (value && !/^[^\s]*[.:][^\s]*$/.test(value)) parts.push(value);
        }
      }
      for (const option of document.querySelectorAll('option')) if (outside(option)) parts.push(option.textContent);
      for (const el of document.querySelectorAll('body *')) {
        if (!outside(el)) continue;
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(el, pseudo).content;
          if (content.startsWith('"')) parts.push(content.slice(1, -1));
        }
      }
      return parts;
    } finally {
      style.remove();
    }
  });
}

/** Each line of shown text with a Dutch word in it, with the words, for a failure that says what to fix. */
async function dutchLines(page: Page, seen: string[] = []): Promise<string[]> {
  const lines = new Set<string>();
  const parts = await shownText(page);
  seen.push(...parts);
  for (const part of parts) {
    for (const line of part.split('\n')) {
      const withoutNames = NAMES.reduce((text, name) => text.split(name).join(' '), line);
      const words = dutchIn(withoutNames);
      if (words.length > 0) lines.add(`"${line.trim()}" → ${words.join(', ')}`);
    }
  }
  return [...lines];
}

async function openAll(page: Page, selector = 'details'): Promise<void> {
  await page.evaluate((s) => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>(s)) d.open = true;
  }, selector);
}

async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-rendered]')].every((c) => c.getAttribute('data-rendered') !== '0'));
}

/** Waits until the page's height and the charts' sizes stop changing (Plotly follows a new window size a frame or more later). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  let last = '';
  for (let i = 0; i < 25; i++) {
    await page.waitForTimeout(200);
    const now = await page.evaluate(() => [document.documentElement.scrollHeight, ...[...document.querySelectorAll('.chart-plot')].map((e) => e.getBoundingClientRect().height)].join());
    if (now === last) return;
    last = now;
  }
}

/** What would be cut off: a page wider than the window, a chart without height. */
async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...(document.documentElement.scrollWidth > window.innerWidth ? [`page ${document.documentElement.scrollWidth} px wide`] : []),
    ...[...document.querySelectorAll('[data-testid^="chart-"]')].filter((c) => (c.querySelector('.chart-plot')?.getBoundingClientRect().height ?? 0) < 100).map((c) => `${c.getAttribute('data-testid') ?? ''} collapsed`),
  ]);
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="save-state"][data-state="saved"]');
}

const startPage = (dbDir: string): Promise<AppPage> => openAppPage(browserOf(), join(dbDir, 'walk.sqlite'), { viewport: SIZES[0] });

describe('the window in English', () => {
  it('walks every screen in English and finds no Dutch outside lang="nl"', async () => {
    const dir = tempDir();
    const { page, problems, stop } = await startPage(dir);
    const found: string[] = [];
    // Everything the walk read, for a reviewer (test-results/e2e/en-walk.txt).
    const read: string[] = [];
    const visited = new Set<ScreenId>();
    /** Looks at what is on the page now; `screen` is the nav entry it belongs to. */
    const look = async (screen: ScreenId, what: string) => {
      visited.add(screen);
      await chartsDrawn(page);
      read.push(`\n===== ${what}`);
      for (const line of await dutchLines(page, read)) found.push(`${what}: ${line}`);
    };
    /** The screen at both sizes, whole; notices were read by `look` and would cover the page's middle. */
    const shoot = async (name: string) => {
      for (const close of await page.locator('.notice button.icon').all()) await close.click();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await settle(page);
        expect(await layoutFaults(page), `${name} at ${size.width} px`).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `en-${name}-${size.width}.png`), fullPage: true });
      }
      await page.setViewportSize(SIZES[0]);
      await settle(page);
    };
    try {
      await page.selectOption('[data-testid="language"]', 'en-GB');
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('[data-testid="nav-overzicht"]').innerText()).toBe('Overview');

      // Overview, with its warnings open, and a CSV export for the "ready" notice.
      await page.waitForSelector('[data-testid="screen-overzicht"]');
      await openAll(page);
      await page.click('[data-testid="export-csv"]');
      await page.waitForSelector('[data-testid="notices"] .notice');
      await look('overzicht', 'Overview');
      await shoot('01-overview');

      // Scenarios: a built-in one (read-only), then one of our own with every table opened.
      await page.click('[data-testid="nav-scenarios"]');
      await page.waitForSelector('[data-testid="screen-scenarios"]');
      await openAll(page);
      await look('scenarios', 'Scenarios, built-in scenario');
      await shoot('02a-scenarios-built-in');
      await page.fill('[data-testid="new-scenario-name"]', 'Faster building');
      await page.click('[data-testid="create-scenario"]');
      await page.waitForSelector('.editor h2:text("Faster building")');
      await page.fill('[data-testid="param-programme.paceMultiplier"]', '1.5');
      await waitSaved(page);
      await openAll(page);
      await page.waitForSelector('.versions li');
      await page.fill('[data-testid="param-programme.paceMultiplier"]', '1.5x');
      await expect.poll(() => page.locator('.field-error').first().innerText()).toMatch(/is not a number/);
      await look('scenarios', 'Scenario editor');
      await page.fill('[data-testid="param-programme.paceMultiplier"]', '1.5');
      await waitSaved(page);
      await shoot('02b-scenarios');

      // Projects: empty, the form refusing a category larger than the whole, then one project.
      await page.click('[data-testid="nav-projecten"]');
      await page.waitForSelector('[data-testid="screen-projecten"]');
      await look('projecten', 'Projects, none yet');
      await page.click('[data-testid="new-project"]');
      await fillTooManyZeroStep(page, 'Station area');
      await page.fill('[data-testid="project-name"]', '');
      await page.click('[data-testid="project-save"]');
      expect(await page.locator('[data-testid="project-form"] .field-error').allInnerTexts()).toEqual(['Give the project a name.', 'more homes (500) than the project has in total (400)']);
      await look('projecten', 'Project form with errors');
      await shoot('03-project-form');
      await page.fill('[data-testid="project-name"]', 'Station area');
      await page.fill('[data-testid="project-nultreden"]', '120');
      await page.click('[data-testid="project-save"]');
      await page.waitForSelector('[data-testid="project-table"] tr[data-project="Station area"]');
      expect(await page.locator('[data-testid="pace-mode-note"]').innerText()).toBe("Scenario 'Faster building' does not use the projects; its pace is 'Trend'.");
      await look('projecten', 'Projects');
      await page.click('[data-testid="use-pipeline"]');
      // The switch first shows which gemeenten have projects and what the others keep.
      await page.waitForSelector('[data-testid="pipeline-preview"]');
      await page.click('[data-testid="pipeline-apply"]');
      await waitSaved(page);
      await look('projecten', 'Projects, pipeline pace');
      await shoot('04-projects');

      // A gemeente with a programme and a project, and one without a programme.
      await page.click('[data-testid="nav-gemeente"]');
      await page.selectOption('[data-testid="gemeente-select"]', 'GM0402');
      await page.waitForSelector('[data-testid="chart-pipeline-GM0402"]');
      await openAll(page);
      await look('gemeente', 'Municipality Hilversum');
      await shoot('05a-municipality');
      await page.selectOption('[data-testid="gemeente-select"]', 'GM0317');
      await page.waitForSelector('.nodata-note');
      await look('gemeente', 'Municipality Eemnes (no programme)');
      await shoot('05b-municipality-no-programme');

      // Compare: a built-in scenario and ours.
      await page.click('[data-testid="nav-vergelijken"]');
      await page.waitForSelector('[data-testid="compare-basis"]');
      const checked = await page.locator('[data-testid^="compare-"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
      for (const id of checked) await page.uncheck(`[data-testid="${id}"]`);
      await look('vergelijken', 'Compare, nothing chosen');
      await page.check('[data-testid="compare-basis"]');
      await page.check('[data-testid="compare-faster-building"]');
      await page.waitForSelector('[data-testid="chart-compare"]');
      await look('vergelijken', 'Compare');
      await shoot('06-compare');

      // Data & sources: the checks, a figure edited, an import with errors, one without, the history.
      await page.click('[data-testid="nav-data"]');
      await page.waitForSelector('[data-testid="findings"]');
      await openAll(page);
      const row = page.locator('tr[data-figure="bouwprogramma.laagMidden:GM1696:2022-2030"]');
      await page.fill('[data-testid="figure-search"]', 'affordable');
      await row.getByRole('button', { name: 'Edit' }).click();
      await row.locator('[data-testid="figure-value"]').fill('330');
      await row.getByRole('button', { name: 'Save' }).click();
      await page.waitForSelector('[data-testid="notices"] .notice');
      await look('data', 'Data: figures and checks, a figure edited');
      await page.fill('[data-testid="figure-search"]', '');
      await shoot('07-data-figures');

      await page.click('[data-testid="tab-inlezen"]');
      const bad = join(dir, 'completions-2024.csv');
      writeFileSync(bad, '\uFEFFgemeente;jaar;opleveringen;sm_app\r\nHilversum;2024;veel;60\r\nAmersfoort;2024;100;10\r\n');
      await page.setInputFiles('[data-testid="import-file"]', bad);
      await page.click('[data-testid="import-check"]');
      await page.waitForSelector('[data-testid="import-issues"]');
      await look('data', 'Import with errors');
      await shoot('08-import-errors');
      const good = join(dir, 'completions-2024-fixed.csv');
      writeFileSync(good, '\uFEFFgemeente;jaar;opleveringen;sm_app\r\nHilversum;2024;250;60\r\nGM1942;2024;1.200;300\r\n');
      await page.setInputFiles('[data-testid="import-file"]', good);
      await page.fill('[data-testid="import-peildatum"]', '2025-03-01');
      await page.click('[data-testid="import-check"]');
      await page.waitForSelector('[data-testid="import-changes"]');
      await look('data', 'Import preview');
      await shoot('09-import-preview');
      await page.click('[data-testid="import-apply"]');
      await page.waitForSelector('[data-testid="import-preview"]', { state: 'detached' });
      await look('data', 'Import applied');

      await page.click('[data-testid="tab-wijzigingen"]');
      await page.waitForSelector('[data-testid="history-table"]');
      await look('data', 'Changes');
      await shoot('10-changes');
      await page.click('[data-testid="imports"] button');
      await page.waitForSelector('[data-testid="imports"] .badge');
      await look('data', 'Changes, import reverted');

      // Solidarity, in a scenario of one's own with a placement: the ledger before and after, the form, the advisor.
      await page.click('[data-testid="nav-solidariteit"]');
      await page.waitForSelector('[data-testid="screen-solidariteit"]');
      if (await page.locator('[data-testid="solidarity-copy"]').isVisible()) {
        await page.click('[data-testid="solidarity-copy"]');
        await page.click('[data-testid="copy-confirm"]');
      }
      await page.click('[data-testid="placement-add"]');
      await page.selectOption('[data-testid="placement-type"]', 'keerpuntUnits');
      await page.fill('[data-testid="placement-units"]', '0');
      await page.click('[data-testid="placement-save"]');
      expect(await page.locator('[data-testid="placement-form"] .field-error').allInnerTexts()).toEqual(['The number is at least 1.']);
      await look('solidariteit', 'Solidarity, placement form with an error');
      await page.fill('[data-testid="placement-units"]', '6');
      await page.selectOption('[data-testid="placement-gemeente"]', 'GM1942');
      await page.click('[data-testid="placement-save"]');
      await page.waitForSelector('[data-testid="placement-form"]', { state: 'detached' });
      await openAll(page);
      await look('solidariteit', 'Solidarity');
      await shoot('11-solidarity');

      // Help, opened from an assumption's method link in the editor: the chapter scrolled to, focused and marked; one axe scan.
      await page.click('[data-testid="nav-scenarios"]');
      await page.click('.explanation a[data-help-chapter="bouwprogramma"] >> nth=0');
      await page.waitForSelector('[data-testid="screen-uitleg"] #help-methode-bouwprogramma[data-targeted]');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('help-methode-bouwprogramma');
      expect(await axeViolations(page, '[data-testid="screen-uitleg"]')).toEqual([]);
      await look('uitleg', 'Help, at the chapter Build programme');
      await shoot('12-help');
      await page.fill('[data-testid="help-search"]', 'keerpunt');
      await expect.poll(() => page.locator('[data-testid="help-count"]').innerText()).toMatch(/^\d terms? and \d chapters? with “keerpunt”$/);
      await look('uitleg', 'Help, searched');

      expect([...visited].sort()).toEqual(SCREENS.map((s) => s.id).sort());
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
      writeFileSync(join(SHOTS, 'en-walk.txt'), read.join('\n'));
      // Also when a step fails half-way: what was found so far.
      if (found.length > 0) console.log(`Dutch in the English window:\n${found.join('\n')}`);
    }
    expect(found, `Dutch in the English window:\n${found.join('\n')}`).toEqual([]);
  }, 240_000);

  it('a store that cannot be reached says so in English', async () => {
    const { page, stop } = await startPage(tempDir());
    try {
      await page.selectOption('[data-testid="language"]', 'en-GB');
      await page.route('**/api/dataset.get', (route) => route.abort());
      await page.reload();
      await page.waitForSelector('.fatal');
      expect(await page.locator('.fatal h1').innerText()).toBe('Woonzorgverkenner cannot open its data');
      expect(await dutchLines(page)).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 60_000);

  it('the same screens in Dutch still speak Dutch', async () => {
    const { page, stop } = await startPage(tempDir());
    try {
      for (const { id } of SCREENS) {
        await page.click(`[data-testid="nav-${id}"]`);
        await page.waitForSelector(`[data-testid="screen-${id}"]`);
        await chartsDrawn(page);
        const words = new Set((await shownText(page)).flatMap((text) => dutchIn(text)));
        expect(words.size, `${id}: ${[...words].join(', ')}`).toBeGreaterThanOrEqual(8);
      }
    } finally {
      await page.close();
      await stop();
    }
  }, 90_000);
});
