import { describe, expect, it } from 'vitest';
import { SCREENS, screenByShortcut, screenTitles } from './screens';

describe('SCREENS', () => {
  it('gives every screen its own id, usable as a hash route, and its own shortcut', () => {
    expect(new Set(SCREENS.map((s) => s.id)).size).toBe(SCREENS.length);
    expect(new Set(SCREENS.map((s) => s.shortcut)).size).toBe(SCREENS.length);
    for (const s of SCREENS) expect(s.id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('finds a screen by its shortcut digit', () => {
    expect(screenByShortcut(3)?.id).toBe('gemeente');
    expect(screenByShortcut(9)).toBeUndefined();
  });

  it('has a Dutch and an English title for every screen', () => {
    expect(screenTitles('nl-NL')).toEqual({ overzicht: 'Overzicht', scenarios: 'Scenario’s', gemeente: 'Gemeente', vergelijken: 'Vergelijken', projecten: 'Projecten', data: 'Data & bronnen', solidariteit: 'Solidariteit', uitleg: 'Uitleg' });
    expect(screenTitles('en-GB')).toEqual({ overzicht: 'Overview', scenarios: 'Scenarios', gemeente: 'Municipality', vergelijken: 'Compare', projecten: 'Projects', data: 'Data & sources', solidariteit: 'Solidarity', uitleg: 'Help' });
  });
});
