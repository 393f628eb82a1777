import type { ScenarioParams } from '../scenario/schema';
import type { GemeenteWarning } from './warnings';

/**
 * Per-gemeente settings a scenario can hold that have nothing to act on (a build pace for a
 * gemeente without a programme, an elderly share for one without a need row): the engine says so
 * instead of quietly ignoring what the analyst typed.
 */
export function settingsWithoutEffect(code: string, params: ScenarioParams, hasProgramme: boolean, hasElderly: boolean): GemeenteWarning[] {
  const warnings: GemeenteWarning[] = [];
  const say = (setting: Extract<GemeenteWarning, { code: 'settingWithoutEffect' }>['params']['setting'], reason: 'noProgramme' | 'noNeed') =>
    warnings.push({ code: 'settingWithoutEffect', params: { setting, reason } });
  if (!hasProgramme) {
    if (params.programme.customPace[code] !== undefined) say('customPace', 'noProgramme');
    if (params.programme.paceMultiplierByGemeente[code] !== undefined) say('paceMultiplier', 'noProgramme');
  }
  if (!hasElderly) {
    if (params.elderly.newBuildShareByGemeente[code] !== undefined) say('newBuildShare', 'noNeed');
    if (params.elderly.existingStockPerYear[code] !== undefined) say('existingStock', 'noNeed');
  }
  return warnings;
}
