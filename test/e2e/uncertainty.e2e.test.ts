import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/files';
import { openAppPage, useBrowser, type AppPage } from './appPage';
import { axeViolations, type AxeViolation } from './axe';

/**
 * Issue 11 in Chromium (MODEL.md §5.6): the built-in "Basis met bandbreedtes" with its P10–P90
 * from the Monte Carlo in the worker on the charts and in the table, the tornado of a headline
 * figure, "Wat is er nodig" with its answer put into a copy, ranges switched on and edited in the
 * editor, the progress line with Stoppen; Basis without ranges shows no band. Screenshots at
 * 1280×720 and 1920×1080 go to test-results/e2e/uncertainty.
 */

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/uncertainty');
const tempDir = useTempDir();
const browserOf = useBrowser(SHOTS);

const SMALL = { width: 1280, height: 720 };
const LARGE = { width: 1920, height: 1080 };
const PACE = 'programme.paceMultiplier';
/** A P10–P90 as the table prints it: two nl-NL whole numbers with an en dash between. */
const RANGE = /^(\d{1,3}(?:\.\d{3})*)–(\d{1,3}(?:\.\d{3})*)$/;

const open = (name: string, viewport = SMALL, hash?: string): Promise<AppPage> => openAppPage(browserOf(), join(tempDir(), `${name}.sqlite`), { viewport, hash });

/** An nl-NL whole number ("2.028") as a number. */
const nl = (s: string): number => Number(s.replace(/\./g, ''));

/** The serious and critical WCAG 2.1 A/AA violations, the ones that stop a screen-reader or keyboard user. */
const serious = (vs: AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** The editor's parts of issue 11: the range controls beside the values, their notes and the Onzekerheid section. */
const EDITOR_UNCERTAINTY = '.uncertainty-control, .range-basis, .alternative-weights, [data-testid="uncertainty-section"]';

async function openScenario(page: Page, id: string): Promise<void> {
  await page.selectOption('[data-testid="open-scenario"]', id);
  await page.waitForFunction((want) => document.querySelector<HTMLSelectElement>('[data-testid="open-scenario"]')?.value === want, id);
}

const tableCell = (page: Page, gemeente: string, col: string) => page.locator(`[data-testid="result-table"] tr[data-gemeente="${gemeente}"] td[data-col="${col}"]`);

/** The likely figure and its P10–P90 line of a result table cell, once the worker has the bands. */
async function bandOf(page: Page, gemeente: string, col: string): Promise<{ likely: number; p10: number; p90: number; text: string }> {
  const cell = tableCell(page, gemeente, col);
  await cell.locator('.band-range').waitFor({ timeout: 60_000 });
  const text = (await cell.locator('.band-range').innerText()).trim();
  const m = RANGE.exec(text);
  if (!m?.[1] || !m[2]) throw new Error(`geen P10–P90 in "${text}"`);
  const likely = nl((await cell.innerText()).split('\n')[0]?.trim() ?? '');
  return { likely, p10: nl(m[1]), p90: nl(m[2]), text };
}

/** The names of a chart's traces, as Plotly holds them. */
async function traceNames(page: Page, id: string): Promise<string[]> {
  await page.waitForSelector(`[data-testid="chart-${id}"]:not([data-rendered="0"])`);
  return page.locator(`[data-testid="chart-${id}"] .chart-plot`).first().evaluate((el) => (el as unknown as { data: { name?: string }[] }).data.map((t) => t.name ?? ''));
}

/** The tornado's bars: the input rows (y) and the figure at each end (base + x). */
async function tornadoBars(page: Page, where: string): Promise<{ rows: string[]; low: number[]; high: number[] }> {
  const chart = page.locator(`[data-testid="tornado-panel-${where}"] [data-testid="chart-tornado"]:not([data-rendered="0"])`);
  return chart.locator('.chart-plot').evaluate((el) => {
    const data = (el as unknown as { data: { y: string[]; x: number[]; base: number[] }[] }).data;
    const ends = (i: number) => (data[i]?.x ?? []).map((x, k) => x + (data[i]?.base[k] ?? 0));
    return { rows: data[0]?.y ?? [], low: ends(0), high: ends(1) };
  });
}

const answer = (page: Page, where: string, gap: string, lever: string) => page.locator(`[data-testid="goal-seek-${where}"] tbody[data-gap="${gap}"] tr[data-lever="${lever}"] td[data-col="answer"]`);

async function shoot(page: Page, name: string, viewport: { width: number; height: number }, scrollTo?: string): Promise<void> {
  await page.setViewportSize(viewport);
  if (scrollTo) {
    // Just below the sticky top bar, which would otherwise cover the part's heading.
    await page.locator(scrollTo).first().evaluate((el) => {
      const bar = document.querySelector('.topbar')?.getBoundingClientRect().height ?? 0;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - bar - 12);
    });
  } else {
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
  }
  // Plotly redraws on a resize; let it settle before the picture.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, `${name}-${String(viewport.width)}.png`) });
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="save-state"][data-state="saved"]');
}

describe('Bandbreedtes in Chromium (issue 11)', () => {
  it('Overzicht: the band from the worker, P10–P90 in the table in nl-NL numbers, its label, the tornado and "Wat is er nodig" for the region; the answer put into a copy closes the gap', async () => {
    const { page, problems, stop } = await open('overzicht');
    try {
      await openScenario(page, 'bandbreedte');
      expect(await page.locator('[data-testid="screen-overzicht"] h2').innerText()).toBe('Basis met bandbreedtes');

      // The region's summed shortfall and Hilversum's, each with its P10–P90 around the likely value.
      const region = await bandOf(page, 'regio', 'shortfall2030');
      expect(region.likely).toBe(2028);
      expect(region.p10).toBeLessThan(region.likely);
      expect(region.p90).toBeGreaterThan(region.likely);
      const hilversum = await bandOf(page, 'GM0402', 'shortfall2030');
      expect(hilversum.likely).toBe(1558);
      expect(hilversum.p10).toBeLessThan(1558);
      expect(hilversum.p90).toBeGreaterThan(1558);
      expect(await tableCell(page, 'regio', 'shortfall2030').locator('.band-range').getAttribute('title')).toBe('P10–P90 van de ingevoerde bandbreedtes, geen voorspelfout');
      // The elderly shortfall has its band too (the open need source and the new-build shares).
      expect((await bandOf(page, 'regio', 'elderlyShortfall')).text).toMatch(RANGE);
      // The worker is done: no progress line is left.
      expect(await page.locator('[data-testid="uncertainty-status"]').count()).toBe(0);

      // The gap chart: whiskers with the region's P10–P90 in the legend, and the label under it.
      expect(await traceNames(page, 'gap')).toContain(`P10–P90 (regio: ${region.text})`);
      const source = page.locator('[data-testid="chart-gap"] .chart-source');
      expect(await source.isVisible()).toBe(true);
      expect(await source.innerText()).toContain('Band: P10–P90 van de ingevoerde bandbreedtes (10.000 trekkingen), geen voorspelfout.');
      await shoot(page, 'overzicht-top', SMALL);

      // Tornado: the pace factor moves the region's shortfall from about 1.577 to 2.480.
      const tornado = page.locator('[data-testid="tornado-panel-regio"]');
      expect(await tornado.locator('[data-testid="tornado-figure"]').inputValue()).toBe('programme.shortfall2030');
      expect(await tornado.locator('.chart-title').innerText()).toBe('Gevoeligheid: Tekort einde programma (Regio)');
      const programme = await tornadoBars(page, 'regio');
      expect(programme.rows).toEqual(['Tempofactor (trend)<br>0,75 × – 1,25 ×']);
      expect(programme.low[0]).toBeGreaterThan(region.likely);
      expect(programme.high[0]).toBeLessThan(region.likely);
      expect(await tornado.locator('.chart-source').innerText()).toContain('Geen invloed op dit cijfer: Woningen per jaar voor aandachtsgroepen');
      // Another figure: the elderly shortfall, moved by the need source and the new-build shares.
      await tornado.locator('[data-testid="tornado-figure"]').selectOption('elderly.total.shortfall');
      await expect.poll(async () => tornado.locator('.chart-title').innerText()).toBe('Gevoeligheid: Tekort woningen voor ouderen (totaal) (Regio)');
      await expect.poll(async () => (await tornadoBars(page, 'regio')).rows).not.toEqual(programme.rows);
      const elderly = await tornadoBars(page, 'regio');
      expect(elderly.rows.length).toBeGreaterThan(1);
      expect(elderly.rows.join(' ')).toMatch(/Bron ouderenbehoefte: zorggeschikt/);
      // The largest swing on top: the choice of need source, 819 or 3.168 zorggeschikt.
      expect(elderly.rows[0]).toMatch(/^Bron ouderenbehoefte: zorggeschikt/);

      // "Wat is er nodig" for the region.
      const goal = page.locator('[data-testid="goal-seek-regio"]');
      expect(await goal.locator('tbody[data-gap="programme.shortfall2030"] th.goal-seek-gap').innerText()).toBe('Tekort 2030: 2.028 woningen');
      expect(await answer(page, 'regio', 'programme.shortfall2030', 'pace').innerText()).toBe('629 → 807,4 woningen/jaar (exact)');
      expect(await answer(page, 'regio', 'programme.shortfall2030', 'paceMultiplier').innerText()).toBe('1 → 3,05 × (gezocht)');
      expect(await answer(page, 'regio', 'programme.shortfall2030', 'catchUpYear').innerText()).toBe('niet vóór 2041');
      expect(await goal.locator('[data-testid="goal-seek-builtin"]').innerText()).toContain('overnemen maakt eerst een kopie en opent die');
      await shoot(page, 'overzicht-panels', SMALL, '[data-testid="goal-seek-regio"]');
      await shoot(page, 'overzicht-top', LARGE);
      await shoot(page, 'overzicht-panels', LARGE, '[data-testid="goal-seek-regio"]');
      await page.setViewportSize(SMALL);

      const axe = await axeViolations(page, 'main');
      expect(serious(axe)).toEqual([]);
      expect(axe).toEqual([]);

      // The factor 3,05 lies outside the built-in's range 0,75–1,25 of it: a copy is made and
      // opened, the factor goes in with the range moved along, and the region's shortfall is gone.
      await goal.locator('[data-testid="goal-seek-apply-paceMultiplier"]').click();
      await expect.poll(() => page.locator('[data-testid="open-scenario"] option:checked').innerText()).toBe('Kopie van Basis met bandbreedtes');
      await expect.poll(() => page.locator('[data-testid="kpi-gap"] .kpi-value').innerText()).toBe('0');
      expect(await goal.locator('tbody[data-gap="programme.shortfall2030"] td[data-status="closed"]').innerText()).toBe('geen tekort');
      expect(await goal.locator('tbody[data-gap="programme.shortfall2030"] th.goal-seek-gap').innerText()).toBe('Tekort 2030: 0 woningen');
      expect(await page.locator('[data-testid="notices"]').innerText()).toMatch(/Kopie ‘Kopie van Basis met bandbreedtes’ van ‘Basis met bandbreedtes’ gemaakt\. Tempofactor 3,05 × overgenomen in ‘Kopie van Basis met bandbreedtes’\. Bandbreedte 2,29 – 3,81\./);
      await waitSaved(page);
      await shoot(page, 'overzicht-applied', SMALL, '[data-testid="goal-seek-regio"]');
      // The built-in is as it was.
      await openScenario(page, 'bandbreedte');
      await expect.poll(() => page.locator('[data-testid="kpi-gap"] .kpi-value').innerText()).toBe('2.028');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 180_000);

  it('Gemeente Hilversum: the band on the path chart, the tornado and "Wat is er nodig" for Hilversum; its pace put into a copy closes Hilversum\'s gap', async () => {
    const { page, problems, stop } = await open('gemeente');
    try {
      await openScenario(page, 'bandbreedte');
      await page.goto(`${page.url().split('#')[0]}#/gemeente/GM0402`);
      await page.waitForSelector('[data-testid="goal-seek-GM0402"]');
      await expect.poll(() => traceNames(page, 'path'), { timeout: 60_000 }).toContain('P10–P90 (bandbreedtes)');
      expect(await traceNames(page, 'path')).toContain('P50 (mediaan)');
      expect(await page.locator('[data-testid="chart-path"] .chart-source').innerText()).toContain('Band: P10–P90 van de ingevoerde bandbreedtes (10.000 trekkingen), geen voorspelfout.');

      const tornado = await tornadoBars(page, 'GM0402');
      expect(tornado.rows).toEqual(['Tempofactor (trend)<br>0,75 × – 1,25 ×']);
      expect(await page.locator('[data-testid="tornado-panel-GM0402"] .chart-title').innerText()).toBe('Gevoeligheid: Tekort einde programma (Hilversum)');

      expect(await answer(page, 'GM0402', 'programme.shortfall2030', 'pace').innerText()).toBe('182,5 → 405 woningen/jaar (exact)');
      expect(await answer(page, 'GM0402', 'programme.shortfall2030', 'paceMultiplier').innerText()).toBe('1 → 2,22 × (exact)');
      expect(await answer(page, 'GM0402', 'programme.shortfall2030', 'catchUpYear').innerText()).toBe('doel gehaald in 2039');
      expect(await answer(page, 'GM0402', 'elderly.zorggeschikt.shortfall', 'existingStock').innerText()).toBe('0 → 153,7 woningen/jaar (exact)');
      await shoot(page, 'gemeente-hilversum-top', SMALL);
      await shoot(page, 'gemeente-hilversum-panels', SMALL, '[data-testid="goal-seek-GM0402"]');
      await shoot(page, 'gemeente-hilversum-top', LARGE);
      await shoot(page, 'gemeente-hilversum-panels', LARGE, '[data-testid="goal-seek-GM0402"]');
      await page.setViewportSize(SMALL);

      const axe = await axeViolations(page, 'main');
      expect(serious(axe)).toEqual([]);
      expect(axe).toEqual([]);

      // Hilversum's pace: a copy opens, and Hilversum has no shortfall left in it.
      await page.locator('[data-testid="goal-seek-GM0402"] [data-testid="goal-seek-apply-pace"]').click();
      await expect.poll(() => page.locator('[data-testid="open-scenario"] option:checked').innerText()).toBe('Kopie van Basis met bandbreedtes');
      const gap = page.locator('[data-testid="goal-seek-GM0402"] tbody[data-gap="programme.shortfall2030"]');
      await expect.poll(() => gap.locator('td[data-status="closed"]').innerText()).toBe('geen tekort');
      expect(await gap.locator('th.goal-seek-gap').innerText()).toBe('Tekort 2030: 0 woningen');
      await waitSaved(page);
      await page.click('[data-testid="nav-overzicht"]');
      expect(await tableCell(page, 'GM0402', 'shortfall2030').evaluate((td) => td.firstChild?.textContent)).toBe('0');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 180_000);

  it('Basis has no band and the tornado says how to add ranges; in a copy a range on the pace factor brings bands, its low and high move them, a low above the high is refused in Dutch at the field and not saved; a reload keeps the range', async () => {
    const { page, problems, stop } = await open('editor');
    try {
      // Basis: no band anywhere, and the tornado panel points to the editor.
      await page.waitForSelector('[data-testid="chart-gap"]:not([data-rendered="0"])');
      expect(await page.locator('[data-testid="result-table"] .band-range').count()).toBe(0);
      expect((await traceNames(page, 'gap')).join(' ')).not.toContain('P10–P90');
      expect(await page.locator('[data-testid="chart-gap"] .chart-source').innerText()).not.toContain('Band:');
      expect(await page.locator('[data-testid="tornado-panel-regio"] [data-testid="tornado-none"]').innerText()).toBe(
        'Dit scenario heeft geen bandbreedtes of open keuzes. Geef ze op in de scenario-editor (onderdeel Onzekerheid) om te zien welke aanname het zwaarst telt.',
      );
      expect(await page.locator('[data-testid="uncertainty-status"]').count()).toBe(0);

      // A copy of Basis, with a range on the pace factor: the offered 0,75–1,25.
      await page.click('[data-testid="nav-scenarios"]');
      await page.click('[data-testid="copy-builtin"]');
      // The copy is named first; the suggestion is taken.
      await page.click('[data-testid="copy-confirm"]');
      await page.waitForSelector('.editor h2:text("Kopie van Basis: trend 2022–2023")');
      await page.click(`[data-testid="range-toggle-${PACE}"]`);
      expect(await page.locator(`[data-testid="range-low-${PACE}"]`).inputValue()).toBe('0,75');
      expect(await page.locator(`[data-testid="range-high-${PACE}"]`).inputValue()).toBe('1,25');
      expect(await page.locator('[data-testid="uncertainty-count"]').innerText()).toBe('1 bandbreedte, 0 open keuzes.');
      await waitSaved(page);
      await page.click('[data-testid="nav-overzicht"]');
      const first = await bandOf(page, 'regio', 'shortfall2030');
      expect(first.p10).toBeLessThan(2028);
      expect(first.p90).toBeGreaterThan(2028);

      // Wider: 0,5–1,5. The bands are computed again and spread further.
      await page.click('[data-testid="nav-scenarios"]');
      await page.fill(`[data-testid="range-low-${PACE}"]`, '0,5');
      await page.fill(`[data-testid="range-high-${PACE}"]`, '1,5');
      await waitSaved(page);
      await shoot(page, 'editor-range', SMALL, `[data-key="${PACE}"]`);
      await shoot(page, 'editor-range', LARGE, `[data-key="${PACE}"]`);
      await page.setViewportSize(SMALL);
      await page.click('[data-testid="nav-overzicht"]');
      await expect.poll(async () => (await bandOf(page, 'regio', 'shortfall2030')).p90, { timeout: 60_000 }).toBeGreaterThan(first.p90);
      const wider = await bandOf(page, 'regio', 'shortfall2030');
      expect(wider.p10).toBeLessThan(first.p10);

      // A low above the high: a Dutch sentence at the low field, and the range stays 0,5–1,5.
      await page.click('[data-testid="nav-scenarios"]');
      const low = page.locator(`[data-testid="range-low-${PACE}"]`);
      await low.fill('1,6');
      const row = page.locator(`[data-key="${PACE}"]`);
      await expect.poll(() => row.getByRole('alert').innerText()).toContain('De bovengrens ligt onder de ondergrens.');
      expect(await low.getAttribute('aria-invalid')).toBe('true');
      await shoot(page, 'editor-range-error', SMALL, `[data-key="${PACE}"]`);
      await page.setViewportSize(SMALL);
      expect(await page.locator('[data-testid="save-state"]').getAttribute('data-state')).toBe('saved');

      // Reload: the stored range is the last valid one.
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await page.click('[data-testid="nav-scenarios"]');
      expect(await page.locator('.editor h2').innerText()).toBe('Kopie van Basis: trend 2022–2023');
      expect(await page.locator(`[data-testid="range-low-${PACE}"]`).inputValue()).toBe('0,5');
      expect(await page.locator(`[data-testid="range-high-${PACE}"]`).inputValue()).toBe('1,5');
      expect(await page.locator(`[data-key="${PACE}"]`).getByRole('alert').count()).toBe(0);

      // The built-in with ranges in the editor: shown read-only, and nothing for axe to find.
      await openScenario(page, 'bandbreedte');
      expect(await page.locator(`[data-testid="range-${PACE}"]`).innerText()).toBe('Bandbreedte 0,75 – 1,25');
      expect(await page.locator('[data-testid="uncertainty-count"]').innerText()).toBe('4 bandbreedtes, 1 open keuze.');
      await shoot(page, 'editor-bandbreedte', SMALL, `[data-key="${PACE}"]`);
      await shoot(page, 'editor-bandbreedte', LARGE, `[data-key="${PACE}"]`);
      await shoot(page, 'editor-bandbreedte-onzekerheid', SMALL, '[data-testid="uncertainty-section"]');
      await page.setViewportSize(SMALL);
      expect(await axeViolations(page, EDITOR_UNCERTAINTY)).toEqual([]);
      expect(serious(await axeViolations(page, 'main'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 180_000);

  it('100.000 draws: the progress line with Stoppen shows while the worker runs; Stoppen stops it and "Alsnog berekenen" is offered', async () => {
    const { page, problems, stop } = await open('progress');
    try {
      await openScenario(page, 'bandbreedte');
      await page.click('[data-testid="nav-scenarios"]');
      await page.click('[data-testid="copy-builtin"]');
      // The copy is named first; the suggestion is taken.
      await page.click('[data-testid="copy-confirm"]');
      await page.waitForSelector('.editor h2:text("Kopie van Basis met bandbreedtes")');
      // The copy's editor: its ranges as fields, for the picture.
      expect(await page.locator(`[data-testid="range-low-${PACE}"]`).inputValue()).toBe('0,75');
      await shoot(page, 'editor-copy-ranges', SMALL, `[data-key="${PACE}"]`);
      await shoot(page, 'editor-copy-ranges', LARGE, `[data-key="${PACE}"]`);
      await shoot(page, 'editor-copy-shares', SMALL, '[data-key="elderly.needSourceByType.zorggeschikt"]');
      await shoot(page, 'editor-copy-shares', LARGE, '[data-key="elderly.needSourceByType.zorggeschikt"]');
      await page.setViewportSize(SMALL);
      expect(await axeViolations(page, EDITOR_UNCERTAINTY)).toEqual([]);
      expect(serious(await axeViolations(page, 'main'))).toEqual([]);

      await page.fill('[data-testid="uncertainty-draws"]', '100000');
      // The editor's live panel starts the draws at once and shows the progress line itself (the
      // same job as Overzicht's): seen and stopped there, before the draws are done.
      const status = page.locator('[data-testid="uncertainty-status"]');
      await page.waitForSelector('.live [data-testid="uncertainty-status"][data-status="running"]');
      await expect.poll(() => status.innerText()).toMatch(/^Bandbreedtes berekenen… [\d.]+ van 100\.000 trekkingen/);
      await shoot(page, 'progress', SMALL);
      expect(serious(await axeViolations(page, '[data-testid="uncertainty-status"]'))).toEqual([]);
      await page.click('[data-testid="uncertainty-stop"]');
      await page.waitForSelector('[data-testid="uncertainty-status"][data-status="cancelled"]');
      await waitSaved(page);
      // Overzicht shows that job stopped: no band, and the offer to run it after all.
      await page.click('[data-testid="nav-overzicht"]');
      await page.waitForSelector('[data-testid="uncertainty-status"][data-status="cancelled"]');
      expect(await status.innerText()).toBe('Bandbreedtes niet berekend (gestopt). Alsnog berekenen');
      expect(await page.locator('[data-testid="result-table"] .band-range').count()).toBe(0);
      await shoot(page, 'cancelled', SMALL);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 180_000);

  it('the bands explained where they are shown: the table\'s caption, P10–P90 on the shortfall cards, under Gemeente Hilversum\'s elderly shortfalls and in the editor\'s live panel; the elderly total marked as lying outside its own band', async () => {
    const { page, problems, stop } = await open('explained');
    try {
      await openScenario(page, 'bandbreedte');
      const region = await bandOf(page, 'regio', 'shortfall2030');
      // The small line under a figure, said in words under the table.
      expect(await page.locator('[data-testid="result-table-bands"]').innerText()).toContain('Kleine regel onder een cijfer: P10–P90, de spreiding van de ingevoerde bandbreedtes (10.000 trekkingen), geen voorspelfout.');
      expect(await page.locator('[data-testid="result-table-bands"]').isVisible()).toBe(true);
      // The cards: the programme's P10–P90 unmarked; the elderly total (5.571 against 2.966–5.531) marked, with why.
      expect(await page.locator('[data-testid="kpi-gap"] [data-band]').innerText()).toBe(`P10–P90: ${region.text}`);
      expect(await page.locator('[data-testid="kpi-gap"] [data-outside]').count()).toBe(0);
      const elderly = await bandOf(page, 'regio', 'elderlyShortfall');
      expect(elderly.likely).toBeGreaterThan(elderly.p90);
      expect(await page.locator('[data-testid="kpi-elderly"] [data-band]').innerText()).toBe(`P10–P90: ${elderly.text}`);
      expect(await page.locator('[data-testid="kpi-elderly"] [data-outside]').getAttribute('title')).toMatch(/^Waarschijnlijke waarde buiten P10–P90/);
      expect(await tableCell(page, 'regio', 'elderlyShortfall').locator('[data-outside]').count()).toBe(1);
      expect(await tableCell(page, 'regio', 'shortfall2030').locator('[data-outside]').count()).toBe(0);
      expect(await page.locator('[data-testid="kpis-outside"]').isVisible()).toBe(true);
      await shoot(page, 'explained-overzicht', SMALL);
      await shoot(page, 'explained-overzicht-table', SMALL, '[data-testid="result-table"]');
      await shoot(page, 'explained-overzicht', LARGE);

      // Gemeente Hilversum: P10–P90 under each elderly shortfall, the total as in the result table.
      const hilversum = await bandOf(page, 'GM0402', 'elderlyShortfall');
      await page.goto(`${page.url().split('#')[0]}#/gemeente/GM0402`);
      const table = page.locator('[data-testid="elderly-table"]');
      await table.locator('tr[data-type="total"] [data-band]').waitFor({ timeout: 60_000 });
      expect(await table.locator('tr[data-type="total"] [data-band]').innerText()).toBe(hilversum.text);
      expect(await table.locator('[data-band]').count()).toBe(4);
      expect(await page.locator('[data-testid="elderly-table-bands"]').isVisible()).toBe(true);
      await shoot(page, 'explained-gemeente-elderly', SMALL, '[data-testid="elderly-table"]');
      await shoot(page, 'explained-gemeente-elderly', LARGE, '[data-testid="elderly-table"]');

      // The editor's live panel: the same bands on its gap chart and cards.
      await page.click('[data-testid="nav-scenarios"]');
      await page.waitForSelector('.editor h2:text("Basis met bandbreedtes")');
      await page.locator('.live [data-testid="kpi-gap"] [data-band]').waitFor({ timeout: 60_000 });
      expect(await traceNames(page, 'gap')).toContain(`P10–P90 (regio: ${region.text})`);
      expect(await page.locator('.live [data-testid="kpi-gap"] [data-band]').innerText()).toBe(`P10–P90: ${region.text}`);
      await shoot(page, 'explained-editor', SMALL);
      await shoot(page, 'explained-editor', LARGE);
      await page.setViewportSize(SMALL);
      expect(serious(await axeViolations(page, '.live'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 120_000);
});
