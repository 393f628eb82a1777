/**
 * Browser benchmark (`npm run bench:ui`): the built app in Debian's Chromium against the browser
 * build over a fresh database. Timings are printed in ms and in frames of 16,7 ms (60 Hz):
 *  - cold page load → first gap chart drawn (navigation start to the chart's first Plotly render),
 *    each load in a new browser context, so nothing is cached; the data arriving is shown too;
 *  - a parameter change → the updated chart (typing a new pace multiplier to the redrawn gap chart).
 * Each is repeated; the median and the slowest run are reported.
 *
 * `npm run bench:ui -- --baseline <git ref>` also builds the renderer of that commit and measures
 * the two builds in turn, in the same run, and prints the ratio of their medians: a noisy machine
 * slows both alike, so the ratio holds where the milliseconds do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser';
import { startWeb } from '../../support/webServer';

const ROOT = resolve(import.meta.dirname, '../../..');
const FRAME_MS = 1000 / 60;
const LOADS = 7;
const CHANGES = 60;
const TARGET = { loadFrames: 45, changeFrames: 3 };

type Load = { data: number; chart: number };
type Build = { name: string; url: string; loads: Load[]; changes: number[] };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
const frames = (x: number) => `${(x / FRAME_MS).toFixed(1).padStart(6)} fr`;
const both = (x: number) => `${ms(x)} ${frames(x)}`;

/** The renderer of another commit, built in a temporary folder with this checkout's packages. */
function buildRenderer(ref: string, dir: string): string {
  const src = join(dir, 'baseline');
  mkdirSync(src);
  execFileSync('tar', ['-x', '-C', src], { input: execFileSync('git', ['archive', ref], { cwd: ROOT, maxBuffer: 1 << 30 }) });
  symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'));
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: src, stdio: 'inherit' });
  return join(src, 'dist/renderer');
}

/** One cold load in a browser context of its own: no HTTP cache, no compiled-code cache. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}#/overzicht`);
    await page.waitForSelector('[data-testid="chart-gap"]:not([data-rendered="0"])').catch((error: unknown) => {
      throw new Error(`${url}: no chart${errors.length ? ` (errors in the page: ${errors.join('; ')})` : ''}`, { cause: error });
    });
    return await page.evaluate(() => ({
      data: performance.getEntriesByName('wzv:data')[0]?.startTime ?? Number.NaN,
      chart: performance.getEntriesByName('wzv:chart:gap')[0]?.startTime ?? Number.NaN,
    }));
  } finally {
    await context.close();
  }
}

/** A scenario of one's own open in the editor (so the field is editable), in a context of its own. */
async function openEditor(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${url}#/scenarios`);
  await page.fill('[data-testid="new-scenario-name"]', 'Benchmark');
  await page.click('[data-testid="create-scenario"]');
  await page.waitForSelector('.editor h2:text("Benchmark")');
  await page.waitForSelector('[data-testid="chart-gap"]:not([data-rendered="0"])');
  return { page, close: () => context.close() };
}

/** Milliseconds from typing a new pace multiplier to the redrawn gap chart. */
function change(page: Page, i: number): Promise<number> {
  const value = (1 + ((i % 9) + 1) / 10).toFixed(1).replace('.', ',');
  // Type the value and wait, inside the page, for the chart's next render.
  return page.evaluate(
    (text) =>
      new Promise<number>((done) => {
        const chart = document.querySelector('[data-testid="chart-gap"]');
        const input = document.querySelector<HTMLInputElement>('[data-testid="param-programme.paceMultiplier"]');
        if (!chart || !input) throw new Error('chart or field missing');
        const before = chart.getAttribute('data-rendered');
        const observer = new MutationObserver(() => {
          if (chart.getAttribute('data-rendered') !== before) {
            observer.disconnect();
            done(performance.now() - t0);
          }
        });
        observer.observe(chart, { attributes: true, attributeFilter: ['data-rendered'] });
        // React listens for input events; the native setter makes it see a real change.
        // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to the input below, on purpose
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const t0 = performance.now();
        setValue?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    value,
  );
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const baselineRef = option('--baseline');
  const dir = mkdtempSync(join(tmpdir(), 'wzv-bench-'));
  const servers: { stop: () => Promise<void> }[] = [];
  const { browser, close } = await launchBrowser();
  try {
    const serve = async (name: string, staticDir?: string): Promise<Build> => {
      const web = await startWeb(join(dir, `${name}.sqlite`), staticDir);
      servers.push(web);
      return { name, url: web.url, loads: [], changes: [] };
    };
    const current = await serve('this build');
    const builds = [current];
    if (baselineRef) builds.push(await serve(baselineRef, buildRenderer(baselineRef, dir)));

    // One load of each to warm the servers, then the builds in turn, starting with each in turn.
    for (const build of builds) await coldLoad(browser, build.url);
    for (let i = 0; i < LOADS; i++) {
      const round = i % 2 ? [...builds].reverse() : builds;
      for (const build of round) build.loads.push(await coldLoad(browser, build.url));
    }
    // The edits too, one build after the other, each in an editor of its own.
    const editors = await Promise.all(builds.map((build) => openEditor(browser, build.url)));
    try {
      for (let i = 0; i < CHANGES; i++) for (const [k, build] of builds.entries()) build.changes.push(await change(editors[k]!.page, i));
    } finally {
      for (const editor of editors) await editor.close();
    }

    console.log(`Woonzorgverkenner in ${browser.version()} (headless); ms and frames (fr) of ${FRAME_MS.toFixed(1)} ms\n`);
    console.log('measurement                                      runs   median               slowest');
    console.log('--------------------------------------------------------------------------------------------');
    const row = (label: string, xs: number[]) => {
      console.log(label.padEnd(48) + `${String(xs.length).padStart(5)}   ${both(median(xs))}   ${both(Math.max(...xs))}`);
    };
    for (const build of builds) {
      row(`cold load → data in (${build.name})`, build.loads.map((l) => l.data));
      row(`cold load → first gap chart (${build.name})`, build.loads.map((l) => l.chart));
      row(`change → updated gap chart (${build.name})`, build.changes);
    }

    const loadFrames = median(current.loads.map((l) => l.chart)) / FRAME_MS;
    const editFrames = median(current.changes) / FRAME_MS;
    console.log(`\ntarget: first chart ≤ ${TARGET.loadFrames} frames (median): ${loadFrames <= TARGET.loadFrames ? 'met' : 'NOT met'}`);
    console.log(`target: updated chart ≤ ${TARGET.changeFrames} frames (median): ${editFrames <= TARGET.changeFrames ? 'met' : 'NOT met'}`);
    const baseline = builds[1];
    if (baseline) {
      const ratio = (pick: (b: Build) => number[]) => (median(pick(current)) / median(pick(baseline))).toFixed(2);
      console.log(`ratio this build / ${baseline.name} (medians): first chart ${ratio((b) => b.loads.map((l) => l.chart))}, data in ${ratio((b) => b.loads.map((l) => l.data))}, updated chart ${ratio((b) => b.changes)}`);
    }
  } finally {
    await close();
    for (const web of servers) await web.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
