import type { FairShareKey } from '../scenario/schema';
import type { GemeenteInputs } from './inputs';
import type { Warning } from './warnings';

/**
 * A gemeente's raw weight under a fair-share key (MODEL §5.3, §5.4): inhabitants, equal,
 * inhabitants × social-rent share, or the scenario's own weight. Missing data gives weight 0 and a
 * warning, never a guess. Used for the aandachtsgroepen task and the solidarity ledger alike.
 */
export function rawWeight(g: GemeenteInputs, key: FairShareKey, customWeights: Record<string, number>, warn: (w: Warning) => void): number {
  switch (key) {
    case 'equal':
      return 1;
    case 'custom':
      if (customWeights[g.code] === undefined) warn({ code: 'customWeightMissing', params: { gemeente: g.name }, gemeente: g.code });
      return customWeights[g.code] ?? 0;
    case 'population':
      if (g.population === null) warn({ code: 'weightDataMissing', params: { gemeente: g.name, missing: 'population' }, gemeente: g.code });
      return g.population ?? 0;
    case 'socialRent':
      if (g.population === null || g.socialRentShare === null) {
        warn({ code: 'weightDataMissing', params: { gemeente: g.name, missing: 'populationOrSocialRent' }, gemeente: g.code });
        return 0;
      }
      return g.population * (g.socialRentShare / 100);
  }
}

/** Weights normalised over the gemeenten (0 for the excluded); all 0 when no one carries weight. */
export function fairShareWeights(gemeenten: readonly GemeenteInputs[], key: FairShareKey, customWeights: Record<string, number>, excluded: readonly string[], warn: (w: Warning) => void): Map<string, number> {
  const out = new Set(excluded);
  const raw = new Map<string, number>();
  for (const g of gemeenten) raw.set(g.code, out.has(g.code) ? 0 : rawWeight(g, key, customWeights, warn));
  let total = 0;
  for (const w of raw.values()) total += w;
  const weights = new Map<string, number>();
  for (const g of gemeenten) weights.set(g.code, total > 0 ? (raw.get(g.code) ?? 0) / total : 0);
  return weights;
}
