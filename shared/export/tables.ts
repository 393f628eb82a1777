import type { Dataset } from '../dataset/schema';
import type { Locale } from '../format/nl';
import type { GemeenteResult, Result } from '../result/schema';
import { HOUSING_TYPES } from '../scenario/schema';
import { chartText } from '../charts/labels';
import { CHART_SERIES, sourceLine } from '../charts/sources';
import type { Cell, ReportTable } from './table';

type Row = Pick<GemeenteResult, 'programme' | 'affordable' | 'elderly' | 'aandachtsgroepen'> & { name: string };

function rowsOf(result: Result, locale: Locale): Row[] {
  return [...result.gemeenten, { ...result.region, name: locale === 'nl-NL' ? 'Regio' : 'Region' }];
}

/** Build programme per gemeente (MODEL §5.1), region as total row. */
export function programmeTable(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ReportTable {
  const nl = locale === 'nl-NL';
  return {
    id: 'programme',
    title: nl ? `Bouwprogramma 2022–2030 per gemeente — ${result.scenarioName}` : `Build programme 2022–2030 per municipality — ${result.scenarioName}`,
    columns: [
      { header: nl ? 'Gemeente' : 'Municipality', kind: 'text' },
      { header: nl ? 'Programma' : 'Programme', kind: 'homes' },
      { header: nl ? `Gerealiseerd t/m ${result.baseYear}` : `Realised to ${result.baseYear}`, kind: 'homes' },
      { header: nl ? 'Tempo nu / jr' : 'Pace now / yr', kind: 'pace' },
      { header: nl ? 'Tempo scenario / jr' : 'Scenario pace / yr', kind: 'pace' },
      { header: nl ? 'Prognose 2030' : 'Projected 2030', kind: 'homes' },
      { header: nl ? 'Tekort 2030' : 'Shortfall 2030', kind: 'homes' },
      { header: nl ? 'Nodig / jr' : 'Required / yr', kind: 'pace' },
      { header: nl ? 'Doel gehaald' : 'Target reached', kind: 'year' },
    ],
    rows: rowsOf(result, locale).map((g): Cell[] => {
      const p = g.programme;
      return [g.name, p?.target ?? null, p?.realised ?? null, p?.currentPace ?? null, p?.scenarioPace ?? null, p?.projected2030 ?? null, p?.gap2030 ?? null, p?.requiredPace ?? null, p ? (p.catchUpYear ?? (nl ? 'na 2040' : 'after 2040')) : null];
    }),
    totalRow: true,
    source: sourceLine(ds, CHART_SERIES.programme, result.scenarioName, locale),
  };
}

/** Affordable segment (laag en midden) per gemeente; realised = S+M app, a lower bound. */
export function affordableTable(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ReportTable {
  const nl = locale === 'nl-NL';
  return {
    id: 'affordable',
    title: nl ? `Betaalbaar (laag en midden) per gemeente — ${result.scenarioName}` : `Affordable segment per municipality — ${result.scenarioName}`,
    columns: [
      { header: nl ? 'Gemeente' : 'Municipality', kind: 'text' },
      { header: nl ? 'Doel laag en midden' : 'Affordable target', kind: 'homes' },
      { header: nl ? 'S+M app (ondergrens)' : 'S+M app (lower bound)', kind: 'homes' },
      { header: nl ? 'Tempo scenario / jr' : 'Scenario pace / yr', kind: 'pace' },
      { header: nl ? 'Prognose 2030' : 'Projected 2030', kind: 'homes' },
      { header: nl ? 'Tekort 2030' : 'Shortfall 2030', kind: 'homes' },
    ],
    rows: rowsOf(result, locale).map((g): Cell[] => {
      const a = g.affordable;
      return [g.name, a?.target ?? null, a?.realised ?? null, a?.scenarioPace ?? null, a?.projected2030 ?? null, a?.gap2030 ?? null];
    }),
    totalRow: true,
    source: sourceLine(ds, CHART_SERIES.affordable, result.scenarioName, locale),
  };
}

/** Elderly housing need, supply and gap per type (MODEL §5.2). */
export function elderlyTable(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ReportTable {
  const nl = locale === 'nl-NL';
  const types = chartText(locale).types;
  return {
    id: 'elderly',
    title: nl ? `Ouderenhuisvesting 2030 per gemeente — ${result.scenarioName}` : `Housing for older people 2030 per municipality — ${result.scenarioName}`,
    columns: [
      { header: nl ? 'Gemeente' : 'Municipality', kind: 'text' },
      ...HOUSING_TYPES.flatMap((t) => [
        { header: `${types[t]}: ${nl ? 'behoefte' : 'need'}`, kind: 'homes' as const },
        { header: `${types[t]}: ${nl ? 'tekort' : 'shortfall'}`, kind: 'homes' as const },
      ]),
      { header: nl ? 'Tekort totaal' : 'Total shortfall', kind: 'homes' },
      { header: nl ? 'Benodigd aandeel' : 'Required share', kind: 'percent' },
    ],
    rows: rowsOf(result, locale).map((g): Cell[] => {
      const e = g.elderly;
      return [g.name, ...HOUSING_TYPES.flatMap((t) => [e?.[t].need ?? null, e?.[t].gap ?? null]), e?.total.gap ?? null, e?.requiredShare ?? null];
    }),
    totalRow: true,
    source: sourceLine(ds, CHART_SERIES.elderly, result.scenarioName, locale),
  };
}

/** Aandachtsgroepen: weight, task per year and cumulative (MODEL §5.3). */
export function aandachtsgroepenTable(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ReportTable {
  const nl = locale === 'nl-NL';
  return {
    id: 'aandachtsgroepen',
    title: nl ? `Aandachtsgroepen per gemeente — ${result.scenarioName}` : `Vulnerable groups per municipality — ${result.scenarioName}`,
    columns: [
      { header: nl ? 'Gemeente' : 'Municipality', kind: 'text' },
      { header: nl ? 'Aandeel' : 'Share', kind: 'percent' },
      { header: nl ? `Woningen per jaar (${result.horizon})` : `Homes per year (${result.horizon})`, kind: 'pace' },
      { header: nl ? `Cumulatief t/m ${result.horizon}` : `Cumulative to ${result.horizon}`, kind: 'homes' },
    ],
    rows: rowsOf(result, locale).map((g): Cell[] => [g.name, g.aandachtsgroepen.weight, g.aandachtsgroepen.taskPerYear, g.aandachtsgroepen.taskCumulative]),
    totalRow: true,
    source: sourceLine(ds, CHART_SERIES.aandachtsgroepen, result.scenarioName, locale),
  };
}

/** Per gemeente and year: target path, realised and projected (the realisation paths behind the charts). */
export function pathsTable(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ReportTable {
  const nl = locale === 'nl-NL';
  const rows: Cell[][] = [];
  for (const g of [...result.gemeenten, { name: nl ? 'Regio' : 'Region', programme: result.region.programme }]) {
    for (const p of g.programme?.path ?? []) rows.push([g.name, p.year, p.target, p.realised, p.projected, p.realisedEstimated ? (nl ? 'geschat' : 'estimated') : '']);
  }
  return {
    id: 'paths',
    title: nl ? `Realisatiepaden per gemeente en jaar — ${result.scenarioName}` : `Realisation paths per municipality and year — ${result.scenarioName}`,
    columns: [
      { header: nl ? 'Gemeente' : 'Municipality', kind: 'text' },
      { header: nl ? 'Jaar' : 'Year', kind: 'year' },
      { header: nl ? 'Doelpad (cumulatief)' : 'Target path (cumulative)', kind: 'homes' },
      { header: nl ? 'Gerealiseerd (cumulatief)' : 'Realised (cumulative)', kind: 'homes' },
      { header: nl ? 'Prognose (cumulatief)' : 'Projected (cumulative)', kind: 'homes' },
      { header: nl ? 'Opmerking' : 'Note', kind: 'text' },
    ],
    rows,
    totalRow: false,
    source: sourceLine(ds, CHART_SERIES.programme, result.scenarioName, locale),
  };
}

/** Regional demand for aandachtsgroepen per year. */
export function demandTable(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ReportTable {
  const nl = locale === 'nl-NL';
  return {
    id: 'demand',
    title: nl ? `Aandachtsgroepen: regionale vraag per jaar — ${result.scenarioName}` : `Vulnerable groups: regional demand per year — ${result.scenarioName}`,
    columns: [
      { header: nl ? 'Jaar' : 'Year', kind: 'year' },
      { header: nl ? 'Woningen' : 'Homes', kind: 'pace' },
    ],
    rows: result.aandachtsgroepenDemand.map((d): Cell[] => [d.year, d.homes]),
    totalRow: false,
    source: sourceLine(ds, CHART_SERIES.aandachtsgroepen, result.scenarioName, locale),
  };
}
