import type { Dataset, Figure, Series } from '../dataset/schema';
import { FACILITY_SERIES_PREFIX, PlacementStatus, type PlacementInput } from './schema';

/** A planned series' id ends in this (voorzieningen.respijtPlekkenGepland). */
const PLANNED_SUFFIX = 'Gepland';
/** A planned series that counts locations, not places (a second Keerpunt, a second IBP location). */
const LOCATIONS = 'Locaties';

/**
 * One planned change the sources name (a figure of a `voorzieningen.*Gepland` series), and the
 * facility type of the ledger it would change: the series id without `Gepland` when that is a type
 * (respijtPlekkenGepland → respijtPlekken); for locations the type of the same facility
 * (keerpuntLocatiesGepland → keerpuntUnits), whose units the analyst enters because a location has
 * no size in the sources. `type` is null when the change is no type the ledger counts per gemeente.
 */
export type PlannedChange = {
  figure: Figure & { value: number };
  series: Series;
  type: string | null;
  /** The source counts locations: the number of places or units is the analyst's. */
  unitsFromAnalyst: boolean;
};

export function plannedChanges(ds: Dataset, ledgerTypes: readonly string[]): PlannedChange[] {
  return ds.series
    .filter((s) => s.id.startsWith(FACILITY_SERIES_PREFIX) && s.planned === true)
    .flatMap((series) => {
      const stem = series.id.slice(FACILITY_SERIES_PREFIX.length).replace(new RegExp(`${PLANNED_SUFFIX}$`), '');
      const locations = series.unit === 'locaties' && stem.endsWith(LOCATIONS);
      const type = locations ? soleTypeStartingWith(ledgerTypes, stem.slice(0, -LOCATIONS.length)) : ledgerTypes.includes(stem) ? stem : null;
      return ds.figures
        .filter((f): f is Figure & { value: number } => f.series === series.id && f.value !== null)
        .map((figure) => ({ figure, series, type, unitsFromAnalyst: locations }));
    });
}

function soleTypeStartingWith(types: readonly string[], prefix: string): string | null {
  const matches = types.filter((t) => t.startsWith(prefix));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/**
 * The placement that takes a planned change into a scenario: its type, the figure's value as the
 * units (or the analyst's, for locations), its gemeente (or the analyst's, where the source names
 * none), the last year of its period, its status, and the figure as its source. Not validated
 * here: the scenario's edit path validates, so a refusal reaches the analyst at the field.
 */
export function placementFromPlanned(change: PlannedChange, choice: { id: string; units: number; gemeente: string; label: string }): PlacementInput {
  const status = PlacementStatus.safeParse(change.figure.variant);
  return {
    id: choice.id,
    action: 'add',
    type: change.type ?? '',
    units: choice.units,
    gemeente: choice.gemeente,
    from: null,
    year: change.figure.periodTo,
    status: status.success ? status.data : 'voornemen',
    label: choice.label.slice(0, 200),
    source: change.figure.id,
    active: true,
  };
}

/** A placement id not yet in the list (the schema allows lower-case letters, digits and dashes). */
export function freePlacementId(existing: readonly { id: string }[]): string {
  const taken = new Set(existing.map((p) => p.id));
  let n = existing.length + 1;
  while (taken.has(`plaatsing-${n}`)) n++;
  return `plaatsing-${n}`;
}
