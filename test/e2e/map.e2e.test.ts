import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppPage, useBrowser } from './appPage';
import { axeViolations } from './axe';
import { useTempDir } from '../support/files';

/**
 * The map on Overzicht in Chromium: the seven gemeenten with their values, the credit line the
 * boundaries' licence asks for, another figure chosen, and no accessibility violations.
 */

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
const tempDir = useTempDir();
const browserOf = useBrowser(SHOTS);

describe('the map on Overzicht', () => {
  it('shows the seven gemeenten, the legend and the credit line; the figure can be changed; axe finds nothing', async () => {
    const { page, problems, stop } = await openAppPage(browserOf(), join(tempDir(), 'map.sqlite'), { viewport: { width: 1280, height: 720 } });
    try {
      const map = page.locator('[data-testid="region-map"]');
      await map.scrollIntoViewIfNeeded();
      const svg = map.locator('svg[role="img"]');
      const words = await svg.locator('text').allTextContents();
      for (const name of ['Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren']) expect(words).toContain(name);
      expect(words).toContain('Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024');
      expect(words).toContain('1.558');
      expect(await svg.getAttribute('aria-label')).toContain('Hilversum: 1.558');
      await page.screenshot({ path: join(SHOTS, 'map-overzicht.png'), fullPage: true });

      await page.locator('[data-testid="region-map-figure"]').selectOption('kaart-aandachtsgroepen');
      await expect.poll(() => map.getAttribute('data-figure')).toBe('kaart-aandachtsgroepen');
      expect(await svg.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Woningen per jaar', '90,9']));

      expect(await axeViolations(page, '[data-testid="region-map"]')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await stop();
    }
  }, 60_000);
});
