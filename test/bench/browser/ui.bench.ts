/**
 * Browser benchmark (`npm run bench:ui`): the built app in Debian's Chromium against the browser
 * build over a fresh database. Two timings, printed as frames of 16,7 ms (60 Hz) so they read
 * the same on a slow or a fast machine:
 *  - page load → first gap chart drawn (navigation start to the chart's first Plotly render);
 *  - a parameter change → the updated chart (typing a new pace multiplier to the redrawn gap chart).
 * The second is repeated; the median and the slowest run are reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../support/browser';
import { startWeb } from '../../support/webServer';

const FRAME_MS = 1000 / 60;
const CHANGES = 25;
const LOADS = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const frames = (ms: number) => (ms / FRAME_MS).toFixed(1).padStart(6);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wzv-bench-'));
  const web = await startWeb(join(dir, 'bench.sqlite'));
  const { browser, close } = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A new document each time (a hash change alone would not reload the page).
      await page.goto('about:blank');
      await page.goto(`${web.url}#/overzicht`);
      await page.waitForSelector('[data-testid="chart-gap"]:not([data-rendered="0"])');
      loads.push(await page.evaluate(() => performance.getEntriesByName('wzv:chart:gap')[0]?.startTime ?? Number.NaN));
    }

    // A scenario of one's own, so the field is editable.
    await page.goto(`${web.url}#/scenarios`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('[data-testid="new-scenario-name"]', 'Benchmark');
    await page.click('[data-testid="create-scenario"]');
    await page.waitForSelector('.editor h2:text("Benchmark")');
    await page.waitForSelector('[data-testid="chart-gap"]:not([data-rendered="0"])');

    const changes: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const value = (1 + ((i % 9) + 1) / 10).toFixed(1).replace('.', ',');
      // Type the value and wait, inside the page, for the chart's next render.
      changes.push(
        await page.evaluate(
          (text) =>
            new Promise<number>((resolve) => {
              const chart = document.querySelector('[data-testid="chart-gap"]');
              const input = document.querySelector<HTMLInputElement>('[data-testid="param-programme.paceMultiplier"]');
              if (!chart || !input) throw new Error('chart or field missing');
              const before = chart.getAttribute('data-rendered');
              const observer = new MutationObserver(() => {
                if (chart.getAttribute('data-rendered') !== before) {
                  observer.disconnect();
                  resolve(performance.now() - t0);
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
        ),
      );
    }

    console.log(`Woonzorgverkenner in ${browser.version()} (headless), frames of ${FRAME_MS.toFixed(1)} ms\n`);
    console.log('measurement                                   runs   median frames   slowest frames');
    console.log('---------------------------------------------------------------------------------');
    console.log(`page load → first gap chart                   ${String(LOADS).padStart(4)}   ${frames(median(loads))}          ${frames(Math.max(...loads))}`);
    console.log(`parameter change → updated gap chart          ${String(CHANGES).padStart(4)}   ${frames(median(changes))}          ${frames(Math.max(...changes))}`);
    console.log(`\nratio change / load (median): ${(median(changes) / median(loads)).toFixed(2)}`);
  } finally {
    await close();
    await web.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
