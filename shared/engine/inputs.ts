import type { Dataset, Figure } from '../dataset/schema';
import type { Project } from '../projects/schema';
import { figuresOf, groupBy, latestFigure, membersDuring } from '../dataset/query';
import { HOUSING_TYPES, type HousingType } from '../scenario/schema';

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

function valued(figures: Figure[]): YearValue[] {
  return figures
    .filter((f): f is Figure & { value: number } => f.value !== null)
    .map((f) => ({ from: f.periodFrom, to: f.periodTo, value: f.value }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

function needRow(ds: Dataset, code: string, type: HousingType): Figure | undefined {
  return figuresOf(ds, SERIES.need[type], code).find((f) => f.value !== null);
}

/**
 * The figures a gemeente's placements are read from, one per year in year order (the explanation
 * cites the same ones). The import writes one figure per year; of two for a year the later
 * peildatum counts; a figure spanning several years cannot be set against single years' task.
 */
export function placementFigures(ds: Dataset, code: string): (Figure & { value: number })[] {
  const byYear = new Map<number, Figure & { value: number }>();
  for (const f of figuresOf(ds, SERIES.placements, code)) {
    if (f.value === null || f.periodFrom !== f.periodTo) continue;
    const had = byYear.get(f.periodFrom);
    if (!had || (f.peildatum ?? '') > (had.peildatum ?? '')) byYear.set(f.periodFrom, { ...f, value: f.value });
  }
  return [...byYear.values()].sort((a, b) => a.periodFrom - b.periodFrom);
}

function placementsOf(ds: Dataset, code: string): { year: number; households: number }[] {
  return placementFigures(ds, code).map((f) => ({ year: f.periodFrom, households: f.value }));
}

/** Reads what the engine needs from any dataset (seed, edited or imported). */
export function extractInputs(ds: Dataset): EngineInputs {
  const targets = ds.figures.filter((f) => f.series === SERIES.target && f.value !== null);
  if (targets.length === 0) throw new EngineDataError('De dataset bevat geen bouwprogramma (reeks bouwprogramma.totaal).');
  const programmeStart = Math.min(...targets.map((f) => f.periodFrom));
  const programmeEnd = Math.max(...targets.map((f) => f.periodTo));
  const projectsByGemeente = groupBy(ds.projects, (p) => p.gemeente);
  const gemeenten = membersDuring(ds, programmeStart, programmeEnd).map((g): GemeenteInputs => {
    const targetFigure = figuresOf(ds, SERIES.target, g.code).find((f) => f.value !== null);
    const affordable = figuresOf(ds, SERIES.affordableTarget, g.code).find((f) => f.value !== null);
    const needFigures = HOUSING_TYPES.map((t) => needRow(ds, g.code, t));
    const needYear = needFigures.reduce<number | null>((y, f) => (f ? Math.max(y ?? f.periodTo, f.periodTo) : y), null);
    return {
      code: g.code,
      name: g.name,
      programme: targetFigure
        ? { target: targetFigure.value ?? 0, start: targetFigure.periodFrom, end: targetFigure.periodTo }
        : null,
      affordableTarget: affordable?.value ?? null,
      realisation: valued(figuresOf(ds, SERIES.realised, g.code)),
      smApp: valued(figuresOf(ds, SERIES.smApp, g.code)),
      need: {
        nultreden: needRow(ds, g.code, 'nultreden')?.value ?? null,
        geclusterd: needRow(ds, g.code, 'geclusterd')?.value ?? null,
        zorggeschikt: needRow(ds, g.code, 'zorggeschikt')?.value ?? null,
      },
      needYear,
      population: latestFigure(ds, SERIES.population, g.code)?.value ?? null,
      socialRentShare: latestFigure(ds, SERIES.socialRentShare, g.code)?.value ?? null,
      projects: projectsByGemeente.get(g.code) ?? [],
      placements: placementsOf(ds, g.code),
    };
  });
  const textNeed = (t: HousingType) =>
    figuresOf(ds, SERIES.need[t], null).find((f) => f.variant === 'tekst' && f.value !== null)?.value ?? null;
  // Once here, not once per gemeente: spreading the text's figure pro rata needs the table's sum.
  const tableSum = (t: HousingType) => gemeenten.reduce((s, o) => s + (o.need[t] ?? 0), 0);
  const outflow = latestFigure(ds, SERIES.aandachtsgroepenOutflow, null);
  return {
    programmeStart,
    programmeEnd,
    gemeenten,
    region: {
      needText: { nultreden: textNeed('nultreden'), geclusterd: textNeed('geclusterd'), zorggeschikt: textNeed('zorggeschikt') },
      needTableSum: { nultreden: tableSum('nultreden'), geclusterd: tableSum('geclusterd'), zorggeschikt: tableSum('zorggeschikt') },
      aandachtsgroepenPerYear: latestFigure(ds, SERIES.aandachtsgroepenPerYear, null)?.value ?? null,
      outflow: outflow ? { year: outflow.periodTo, value: outflow.value ?? 0 } : null,
      socialRentVacancies: latestFigure(ds, SERIES.socialRentVacancies, null)?.value ?? null,
    },
  };
}
