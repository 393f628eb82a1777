import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startWeb } from '../support/webServer';

/** One Chromium for the test file, launched before its tests and closed after them; `shots` is made for screenshots. */
export function useBrowser(shots: string): () => Browser {
  let browser: Browser | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    ({ browser, close } = await launchBrowser());
  }, 60_000);
  afterAll(async () => {
    await close?.();
  });
  return () => {
    if (!browser) throw new Error('de browser is nog niet gestart');
    return browser;
  };
}

export type AppPage = { page: Page; problems: string[]; url: string; dbPath: string; stop: () => Promise<void> };

/**
 * The browser build served over `dbPath`, opened in a new page once the first screen is on it;
 * `problems` collects the page's errors and console errors, which a test expects to stay empty.
 */
export async function openAppPage(browser: Browser, dbPath: string, options: { viewport: { width: number; height: number }; hash?: string }): Promise<AppPage> {
  const web = await startWeb(dbPath);
  const page = await browser.newPage({ viewport: options.viewport });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(`${web.url}${options.hash ?? ''}`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems, url: web.url, dbPath, stop: web.stop };
}

/**
 * One page over one server and one database for the whole test file, opened before its tests and
 * closed after them: for files whose tests follow on from each other (so not useTempDir's folder
 * per test). The database lives in a folder of its own, removed afterwards.
 */
export function useAppPage(browserOf: () => Browser, name: string, options: { viewport: { width: number; height: number }; hash?: string }): () => AppPage {
  let dir = '';
  let app: AppPage | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `wzv-${name}-`));
    app = await openAppPage(browserOf(), join(dir, `${name}.sqlite`), options);
  }, 60_000);
  afterAll(async () => {
    await app?.page.close();
    await app?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!app) throw new Error('de pagina is nog niet geopend');
    return app;
  };
}
