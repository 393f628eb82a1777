import { readSeed } from '../../electron/seeds/readSeeds';
import { Dataset, type Figure, type Gemeente, type Relation, type Series } from '../../shared/dataset/schema';
import { figureId } from '../../shared/dataset/seedTable';

/**
 * A synthetic region of N gemeenten for property tests and the benchmark. It has the shape of
 * the seed (same series and relations, same periods: programme 2022–2030, one realisation total
 * 2022+2023, elderly need 2024–2030 in the 'tabel' variant, inhabitants 1-1-2024, social-rent
 * share 2017) with random values from a seeded generator, so a seed always gives the same data.
 */
export type SyntheticOptions = {
  /** Number of gemeenten (1..9999: codes are GM0001, GM0002, …). */
  gemeenten: number;
  /** Seed of the random generator. */
  seed: number;
  /** Share of gemeenten without a build programme, realisation or need (like Eemnes): empty rows. Default 0.1. */
  withoutProgrammeShare?: number;
  /** Printed regional total rows equal to the sum of the gemeente rows (default true). */
  regionTotals?: boolean;
  /**
   * Regional need figures 'in the text' (variant 'tekst') = table sum × this factor per type;
   * null = none. Default null. A factor ≠ 1 makes the text and the table disagree, as in the seed.
   */
  textNeedFactor?: { nultreden: number; geclusterd: number; zorggeschikt: number } | null;
  /** Regional demand for aandachtsgroepen per year (004: 245) and the 2022 outflow (107). */
  aandachtsgroepenPerYear?: number;
  outflow2022?: number;
};

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let seedParts: { series: Series[]; relations: Relation[] } | undefined;
function fromSeed(): { series: Series[]; relations: Relation[] } {
  if (!seedParts) {
    const { dataset } = readSeed();
    // Claims are statements about the real region's gemeenten (by code), not about a synthetic one.
    seedParts = { series: dataset.series, relations: dataset.relations.filter((r) => r.kind !== 'claim') };
  }
  return seedParts;
}

export function syntheticCode(i: number): string {
  return `GM${String(i + 1).padStart(4, '0')}`;
}

export function syntheticDataset(options: SyntheticOptions): Dataset {
  const n = options.gemeenten;
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`gemeenten moet 1..9999 zijn, niet ${n}`);
  const random = rng(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const withoutProgrammeShare = options.withoutProgrammeShare ?? 0.1;
  const regionTotals = options.regionTotals ?? true;
  const { series, relations } = fromSeed();

  const gemeenten: Gemeente[] = Array.from({ length: n }, (_, i) => ({
    code: syntheticCode(i),
    name: `Synthetische gemeente ${i + 1}`,
    memberFrom: null,
    memberUntil: null,
  }));

  const figures: Figure[] = [];
  const source = { document: 'analist' as const, place: 'synthetische testdata' };
  const add = (
    seriesId: string,
    gemeente: string | null,
    value: number | null,
    periodFrom: number,
    periodTo: number,
    extra: { peildatum?: string; variant?: string } = {},
  ) => {
    const peildatum = extra.peildatum ?? null;
    figures.push({
      id: figureId(seriesId, gemeente, periodFrom, periodTo, peildatum, extra.variant),
      series: seriesId,
      gemeente,
      value,
      periodFrom,
      periodTo,
      peildatum,
      ...(extra.variant !== undefined ? { variant: extra.variant } : {}),
      source,
    });
  };

  const sums = new Map<string, number>();
  const addRow = (seriesId: string, code: string, value: number | null, from: number, to: number, extra: { peildatum?: string; variant?: string } = {}) => {
    add(seriesId, code, value, from, to, extra);
    if (value !== null) sums.set(seriesId, (sums.get(seriesId) ?? 0) + value);
  };

  // The first gemeente always has a programme, so the dataset always has one (the engine needs it).
  gemeenten.forEach((g, i) => {
    const hasProgramme = i === 0 || random() >= withoutProgrammeShare;
    if (hasProgramme) {
      const target = int(20, 5000);
      // Mostly behind, sometimes nothing built yet, now and then already past the target.
      const r = random();
      const realised = r < 0.05 ? 0 : r < 0.1 ? int(target, Math.round(target * 1.5)) : int(0, Math.round(target * 0.5));
      const smApp = int(0, realised);
      addRow('bouwprogramma.totaal', g.code, target, 2022, 2030);
      addRow('bouwprogramma.laagMidden', g.code, Math.round(target * 0.66), 2022, 2030);
      addRow('realisatie.opleveringen', g.code, realised, 2022, 2023);
      addRow('realisatie.smApp', g.code, smApp, 2022, 2023);
      addRow('behoefteOuderen.nultreden', g.code, int(0, 2000), 2024, 2030, { variant: 'tabel' });
      addRow('behoefteOuderen.geclusterd', g.code, int(0, 800), 2024, 2030, { variant: 'tabel' });
      addRow('behoefteOuderen.zorggeschikt', g.code, int(0, 1500), 2024, 2030, { variant: 'tabel' });
    } else {
      for (const s of ['bouwprogramma.totaal', 'bouwprogramma.laagMidden']) addRow(s, g.code, null, 2022, 2030);
      for (const s of ['realisatie.opleveringen', 'realisatie.smApp']) addRow(s, g.code, null, 2022, 2023);
      for (const t of ['nultreden', 'geclusterd', 'zorggeschikt']) addRow(`behoefteOuderen.${t}`, g.code, null, 2024, 2030, { variant: 'tabel' });
    }
    addRow('inwoners.aantal', g.code, int(1000, 200_000), 2024, 2024, { peildatum: '2024-01-01' });
    add('context.socialeHuurAandeel', g.code, int(100, 400) / 10, 2017, 2017);
  });

  if (regionTotals) {
    for (const s of ['bouwprogramma.totaal', 'bouwprogramma.laagMidden']) add(s, null, sums.get(s) ?? 0, 2022, 2030);
    for (const s of ['realisatie.opleveringen', 'realisatie.smApp']) add(s, null, sums.get(s) ?? 0, 2022, 2023);
    for (const t of ['nultreden', 'geclusterd', 'zorggeschikt']) {
      add(`behoefteOuderen.${t}`, null, sums.get(`behoefteOuderen.${t}`) ?? 0, 2024, 2030, { variant: 'tabel' });
    }
    add('inwoners.aantal', null, sums.get('inwoners.aantal') ?? 0, 2024, 2024, { peildatum: '2024-01-01' });
  }
  const text = options.textNeedFactor ?? null;
  if (text) {
    for (const t of ['nultreden', 'geclusterd', 'zorggeschikt'] as const) {
      add(`behoefteOuderen.${t}`, null, Math.round((sums.get(`behoefteOuderen.${t}`) ?? 0) * text[t]), 2024, 2030, { variant: 'tekst' });
    }
  }
  add('aandachtsgroepen.woningenPerJaar', null, options.aandachtsgroepenPerYear ?? 245, 2025, 2030);
  add('aandachtsgroepen.uitstroom', null, options.outflow2022 ?? 107, 2022, 2022);

  return Dataset.parse({ gemeenten, series, figures, relations });
}
