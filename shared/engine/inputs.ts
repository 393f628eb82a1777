import type { Dataset, Figure } from '../dataset/schema';
import type { Project } from '../projects/schema';
import { groupBy, membersDuring } from '../dataset/query';
import { figureIndex } from './figureIndex';
import type { HousingType } from '../scenario/schema';

/** The series the engine reads. Figures are data; these are only their names. */
export const SERIES = {
  target: 'bouwprogramma.totaal',
  affordableTarget: 'bouwprogramma.laagMidden',
  realised: 'realisatie.opleveringen',
  smApp: 'realisatie.smApp',
  need: { nultreden: 'behoefteOuderen.nultreden', geclusterd: 'behoefteOuderen.geclusterd', zorggeschikt: 'behoefteOuderen.zorggeschikt' },
  population: 'inwoners.aantal',
  socialRentShare: 'context.socialeHuurAandeel',
  aandachtsgroepenPerYear: 'aandachtsgroepen.woningenPerJaar',
  aandachtsgroepenOutflow: 'aandachtsgroepen.uitstroom',
  placements: 'aandachtsgroepen.plaatsingen',
  socialRentVacancies: 'context.vrijkomendeSocialeHuur',
} as const satisfies Record<string, unknown>;

export type YearValue = { from: number; to: number; value: number };
export type PerType<T> = Record<HousingType, T>;

export type GemeenteInputs = {
  code: string;
  name: string;
  programme: { target: number; start: number; end: number } | null;
  affordableTarget: number | null;
  realisation: YearValue[];
  smApp: YearValue[];
  /** Per-gemeente need row (null where the source has none); `needYear` is the year the need is for. */
  need: PerType<number | null>;
  needYear: number | null;
  population: number | null;
  /** Percent of the stock. */
  socialRentShare: number | null;
  /** The gemeente's projects from the register (MODEL §5.5). */
  projects: Project[];
  /** Realised placements of aandachtsgroepen households, one-year figures only, by year (MODEL §5.3). */
  placements: { year: number; households: number }[];
};

export type RegionInputs = {
  needText: PerType<number | null>;
  /** The per-gemeente need table added up, per type (what the text's regional figure is spread over). */
  needTableSum: PerType<number>;
  aandachtsgroepenPerYear: number | null;
  outflow: { year: number; value: number } | null;
  /** Social-rent homes that come free per year in the region (003 §3.1.1), to set the task against. */
  socialRentVacancies: number | null;
};

export type EngineInputs = {
  /** First and last year of the build programme (Woondeal: 2022–2030), read from the target figures. */
  programmeStart: number;
  programmeEnd: number;
  gemeenten: GemeenteInputs[];
  region: RegionInputs;
};

/** The dataset lacks something the method cannot do without; the message is for the analyst. */
export class EngineDataError extends Error {}

function valued(figures: readonly Figure[]): YearValue[] {
  return figures
    .filter((f): f is Figure & { value: number } => f.value !== null)
    .map((f) => ({ from: f.periodFrom, to: f.periodTo, value: f.value }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The first figure with a value, in list order. */
function firstValued(figures: readonly Figure[]): Figure | undefined {
  for (const f of figures) if (f.value !== null) return f;
  return undefined;
}

/** query.ts latestFigure over figures already picked: the latest period (then peildatum) with a value. */
function latestOf(figures: readonly Figure[]): Figure | undefined {
  let best: Figure | undefined;
  for (const f of figures) {
    if (f.value === null) continue;
    if (best === undefined || f.periodTo > best.periodTo || (f.periodTo === best.periodTo && (f.peildatum ?? '').localeCompare(best.peildatum ?? '') > 0)) best = f;
  }
  return best;
}

/**
 * The figures a gemeente's placements are read from, one per year in year order (the explanation
 * cites the same ones). The import writes one figure per year; of two for a year the later
 * peildatum counts; a figure spanning several years cannot be set against single years' task.
 */
export function placementFigures(ds: Dataset, code: string): (Figure & { value: number })[] {
  return placementFiguresOf(figureIndex(ds).of(SERIES.placements, code));
}

function placementFiguresOf(figures: readonly Figure[]): (Figure & { value: number })[] {
  if (figures.length === 0) return [];
  const byYear = new Map<number, Figure & { value: number }>();
  for (const f of figures) {
    if (f.value === null || f.periodFrom !== f.periodTo) continue;
    const had = byYear.get(f.periodFrom);
    if (!had || (f.peildatum ?? '') > (had.peildatum ?? '')) byYear.set(f.periodFrom, { ...f, value: f.value });
  }
  return [...byYear.values()].sort((a, b) => a.periodFrom - b.periodFrom);
}

/** Reads what the engine needs from any dataset (seed, edited or imported). */
export function extractInputs(ds: Dataset): EngineInputs {
  const index = figureIndex(ds);
  let programmeStart = Infinity;
  let programmeEnd = -Infinity;
  let targets = 0;
  for (const f of index.series(SERIES.target)) {
    if (f.value === null) continue;
    targets++;
    programmeStart = Math.min(programmeStart, f.periodFrom);
    programmeEnd = Math.max(programmeEnd, f.periodTo);
  }
  if (targets === 0) throw new EngineDataError('De dataset bevat geen bouwprogramma (reeks bouwprogramma.totaal).');
  const projectsByGemeente = groupBy(ds.projects, (p) => p.gemeente);
  const gemeenten = membersDuring(ds, programmeStart, programmeEnd).map((g): GemeenteInputs => {
    const targetFigure = firstValued(index.of(SERIES.target, g.code));
    const affordable = firstValued(index.of(SERIES.affordableTarget, g.code));
    const nultreden = firstValued(index.of(SERIES.need.nultreden, g.code));
    const geclusterd = firstValued(index.of(SERIES.need.geclusterd, g.code));
    const zorggeschikt = firstValued(index.of(SERIES.need.zorggeschikt, g.code));
    let needYear: number | null = null;
    for (const f of [nultreden, geclusterd, zorggeschikt]) if (f) needYear = Math.max(needYear ?? f.periodTo, f.periodTo);
    return {
      code: g.code,
      name: g.name,
      programme: targetFigure
        ? { target: targetFigure.value ?? 0, start: targetFigure.periodFrom, end: targetFigure.periodTo }
        : null,
      affordableTarget: affordable?.value ?? null,
      realisation: valued(index.of(SERIES.realised, g.code)),
      smApp: valued(index.of(SERIES.smApp, g.code)),
      need: {
        nultreden: nultreden?.value ?? null,
        geclusterd: geclusterd?.value ?? null,
        zorggeschikt: zorggeschikt?.value ?? null,
      },
      needYear,
      population: latestOf(index.of(SERIES.population, g.code))?.value ?? null,
      socialRentShare: latestOf(index.of(SERIES.socialRentShare, g.code))?.value ?? null,
      projects: projectsByGemeente.get(g.code) ?? [],
      placements: placementFiguresOf(index.of(SERIES.placements, g.code)).map((f) => ({ year: f.periodFrom, households: f.value })),
    };
  });
  const textNeed = (t: HousingType) => index.of(SERIES.need[t], null).find((f) => f.variant === 'tekst' && f.value !== null)?.value ?? null;
  // Once here, not once per gemeente: spreading the text's figure pro rata needs the table's sum.
  const tableSum = (t: HousingType) => gemeenten.reduce((s, o) => s + (o.need[t] ?? 0), 0);
  const outflow = latestOf(index.of(SERIES.aandachtsgroepenOutflow, null));
  return {
    programmeStart,
    programmeEnd,
    gemeenten,
    region: {
      needText: { nultreden: textNeed('nultreden'), geclusterd: textNeed('geclusterd'), zorggeschikt: textNeed('zorggeschikt') },
      needTableSum: { nultreden: tableSum('nultreden'), geclusterd: tableSum('geclusterd'), zorggeschikt: tableSum('zorggeschikt') },
      aandachtsgroepenPerYear: latestOf(index.of(SERIES.aandachtsgroepenPerYear, null))?.value ?? null,
      outflow: outflow ? { year: outflow.periodTo, value: outflow.value ?? 0 } : null,
      socialRentVacancies: latestOf(index.of(SERIES.socialRentVacancies, null))?.value ?? null,
    },
  };
}
