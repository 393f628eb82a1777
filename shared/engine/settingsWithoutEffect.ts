import type { ScenarioParams } from '../scenario/schema';
import type { GemeenteWarning } from './warnings';

/**
 * Per-gemeente settings a scenario can hold that have nothing to act on (a build pace for a
 * gemeente without a programme, an elderly share for one without a need row): the engine says so
 * instead of quietly ignoring what the analyst typed.
 */
export function settingsWithoutEffect(code: string, params: ScenarioParams, hasProgramme: boolean, hasElderly: boolean): GemeenteWarning[] {
  const warnings: GemeenteWarning[] = [];
  if (!hasProgramme) {
    if (params.programme.customPace[code] !== undefined) warnings.push(withoutEffect('customPace', 'noProgramme'));
    if (params.programme.paceMultiplierByGemeente[code] !== undefined) warnings.push(withoutEffect('paceMultiplier', 'noProgramme'));
  }
  if (!hasElderly) {
    if (params.elderly.newBuildShareByGemeente[code] !== undefined) warnings.push(withoutEffect('newBuildShare', 'noNeed'));
    if (params.elderly.existingStockPerYear[code] !== undefined) warnings.push(withoutEffect('existingStock', 'noNeed'));
  }
  return warnings;
}

type WithoutEffect = Extract<GemeenteWarning, { code: 'settingWithoutEffect' }>;

function withoutEffect(setting: WithoutEffect['params']['setting'], reason: WithoutEffect['params']['reason']): WithoutEffect {
  return { code: 'settingWithoutEffect', params: { setting, reason } };
}
