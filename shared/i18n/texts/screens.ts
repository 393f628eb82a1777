import type { ScreenId } from '../../screens';
import { defineTexts } from '../define';

/** Every screen's title: the nav bar, the Beeld menu and the window's English all read it here. */
export const screens = defineTexts<{ [K in ScreenId]: string }>(
  { overzicht: 'Overzicht', scenarios: 'Scenario’s', gemeente: 'Gemeente', vergelijken: 'Vergelijken', projecten: 'Projecten', data: 'Data & bronnen', solidariteit: 'Solidariteit', uitleg: 'Uitleg' },
  { overzicht: 'Overview', scenarios: 'Scenarios', gemeente: 'Municipality', vergelijken: 'Compare', projecten: 'Projects', data: 'Data & sources', solidariteit: 'Solidarity', uitleg: 'Help' },
);
