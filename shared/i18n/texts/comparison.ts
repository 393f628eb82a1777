import type { MeasureId, MeasureUnit } from '../../compare/model';
import { defineTexts } from '../define';
import { EN, NL } from '../format';

/** A difference worth a sentence (shared/compare/model.ts Highlight), in words. */
export type HighlightWords = {
  scenario: string;
  measure: string;
  unit: MeasureUnit;
  /** Higher is worse: "more"/"less" shortfall rather than "higher"/"lower". */
  shortfall: boolean;
  from: number;
  to: number;
  diff: number;
  /** The gemeente that differs most, with its difference. */
  largest: { name: string; diff: number } | null;
};

/** One scenario's figures for one gemeente in the per-gemeente chapter; `diff` null for the reference itself. */
export type GemeenteScenarioWords = {
  scenario: string;
  reference: string;
  isReference: boolean;
  figures: { measure: string; value: number; diff: number | null }[];
};

type Comparison = {
  /** A measure as a chart series, a table title or a summary names it (shared/compare/model.ts MEASURES). */
  measure: Record<MeasureId, string>;
  /** The region's row and bar: a sum over the gemeenten, never netted. */
  region: string;
  /** Elderly housing types as the categories of the per-type chart, and their total. */
  types: { nultreden: string; geclusterd: string; zorggeschikt: string; total: string };
  charts: {
    programme: string;
    elderlyTypes: string;
    elderlyGemeenten: string;
    aandachtsgroepen: string;
    axisHomes: string;
    axisPerYear: string;
    /** Hover: a scenario's figure and its difference with the reference. */
    hover: (value: string, diff: string | null, reference: string) => string;
    /** The chart's alt text: per scenario drawn, where its bar is highest. */
    alt: (title: string, parts: string[], note: string | null) => string;
    altPart: (scenario: string, place: string, value: string) => string;
    /** Under a chart: series left out because they add nothing to see. */
    leftOut: (sameAsReference: string[], allZero: string[], reference: string) => string;
  };
  section: {
    title: string;
    /** One line per scenario. */
    scenariosTable: string;
    scenariosSheet: string;
    scenario: string;
    assumptions: string;
    allDefault: string;
    /** After the reference's name in that table. */
    referenceMark: string;
    /** A per-gemeente difference table's title. */
    diffTable: (measure: string, reference: string) => string;
    gemeente: string;
    /** A difference column's header. */
    diffHeader: (scenario: string) => string;
    elderlyTypesTable: (reference: string) => string;
    elderlyTypesSheet: string;
    type: string;
    /** Short sheet names of the per-gemeente difference tables. */
    sheets: { programme: string; affordable: string; elderly: string; aandachtsgroepen: string };
    /** A measure that is the same in every scenario: no table, one sentence. */
    sameEverywhere: (measure: string) => string;
    /** An assumption and its value in the one-line description. */
    assumption: (label: string, value: string) => string;
    /** Ranges or open choices, counted. */
    ranges: (n: number) => string;
    /** The summary: the differences that matter. */
    summaryIntro: (reference: string) => string;
    highlight: (p: HighlightWords) => string;
    noDifference: (scenario: string, reference: string) => string;
    /** The memo's key message: per scenario its differences that matter in one sentence (from → to), no gemeenten. */
    brief: (reference: string, scenario: string, parts: readonly HighlightWords[]) => string;
    method: string;
    tableSource: string;
    /** A theme chapter's sub-headings in the memo: its comparison, then the main scenario's figures. */
    themeCompared: (reference: string) => string;
    themeDetail: (scenario: string) => string;
    /** A gemeente's figures in one compared scenario, each with its difference with the reference (none for the reference itself). */
    gemeenteScenario: (p: GemeenteScenarioWords) => string;
  };
  screen: {
    reference: string;
    referenceHelp: string;
    gemeenteTable: string;
    measureChoice: string;
  };
};

const unitNl = (u: MeasureUnit, n: number): string => (u === 'homes' ? (Math.round(Math.abs(n)) === 1 ? 'woning' : 'woningen') : u === 'perYear' ? 'huishoudens per jaar' : u === 'households' ? 'huishoudens' : 'eenheden');
const unitEn = (u: MeasureUnit, n: number): string => (u === 'homes' ? (Math.round(Math.abs(n)) === 1 ? 'home' : 'homes') : u === 'perYear' ? 'households a year' : u === 'households' ? 'households' : 'units');
const decimals = (u: MeasureUnit): number => (u === 'perYear' ? 1 : 0);

/** Comparison of scenarios against a reference: the screen Vergelijken, its charts and the report's comparison chapter. */
export const comparison = defineTexts<Comparison>(
  {
    measure: {
      'programme.shortfall2030': 'Tekort bouwprogramma 2030',
      'programme.surplus2030': 'Voor op bouwprogramma 2030',
      'affordable.shortfall2030': 'Tekort betaalbaar 2030',
      'elderly.nultreden.shortfall': 'Tekort nultreden 2030',
      'elderly.geclusterd.shortfall': 'Tekort geclusterd 2030',
      'elderly.zorggeschikt.shortfall': 'Tekort zorggeschikt 2030',
      'elderly.total.shortfall': 'Tekort ouderenhuisvesting 2030',
      'elderly.total.surplus': 'Overschot ouderenhuisvesting 2030',
      'aandachtsgroepen.taskPerYear': 'Taak aandachtsgroepen per jaar',
      'aandachtsgroepen.placements.shortfall': 'Aandachtsgroepen: nog te plaatsen',
      'solidarity.surplusAfter': 'Voorzieningen boven (+) of onder (−) het eerlijke deel, na plaatsingen',
    },
    region: 'Regio (som per gemeente)',
    types: { nultreden: 'Nultreden', geclusterd: 'Geclusterd', zorggeschikt: 'Zorggeschikt', total: 'Totaal' },
    charts: {
      programme: 'Tekort bouwprogramma 2030 per gemeente, per scenario',
      elderlyTypes: 'Tekort ouderenhuisvesting 2030 per type (regio, som per gemeente), per scenario',
      elderlyGemeenten: 'Tekort ouderenhuisvesting 2030 per gemeente, per scenario',
      aandachtsgroepen: 'Aandachtsgroepen: taak per jaar per gemeente, per scenario',
      axisHomes: 'woningen',
      axisPerYear: 'huishoudens per jaar',
      hover: (value, diff, reference) => (diff === null ? value : `${value} (${diff} t.o.v. ${reference})`),
      alt: (title, parts, note) => `${title}: ${parts.join('; ')}.${note ? ` ${note}` : ''}`,
      altPart: (scenario, place, value) => `‘${scenario}’ het hoogst bij ${place} (${value})`,
      leftOut: (same, zero, reference) =>
        `Niet getekend: ${[...(same.length > 0 ? [`${NL.list(same.map((s) => `‘${s}’`))} (overal gelijk aan ‘${reference}’)`] : []), ...(zero.length > 0 ? [`${NL.list(zero.map((s) => `‘${s}’`))} (overal 0)`] : [])].join('; ')}.`,
    },
    section: {
      title: 'Scenario’s vergeleken',
      scenariosTable: 'De vergeleken scenario’s in één regel',
      scenariosSheet: 'Scenario’s',
      scenario: 'Scenario',
      assumptions: 'Wat afwijkt van de standaard',
      allDefault: 'Niets: alle aannames staan op hun standaardwaarde',
      referenceMark: ' (referentie)',
      diffTable: (measure, reference) => `${measure} per gemeente, verschil met ‘${reference}’`,
      gemeente: 'Gemeente',
      diffHeader: (scenario) => `Verschil ${scenario}`,
      elderlyTypesTable: (reference) => `Tekort ouderenhuisvesting 2030 per type (regio), verschil met ‘${reference}’`,
      elderlyTypesSheet: 'Verschil per type',
      type: 'Woonvorm',
      sheets: { programme: 'Verschil programma', affordable: 'Verschil betaalbaar', elderly: 'Verschil ouderen', aandachtsgroepen: 'Verschil aandachtsgroepen' },
      sameEverywhere: (measure) => `${measure}: in elk vergeleken scenario gelijk aan de referentie.`,
      assumption: (label, value) => `${label}: ${value}`,
      ranges: (n) => (n === 1 ? 'een bandbreedte of open keuze' : `bandbreedtes of open keuzes voor ${n} aannames`),
      summaryIntro: (reference) => `Ten opzichte van ‘${reference}’ zijn dit de verschillen die ertoe doen (per thema het grootste, berekend uit de niet-afgeronde cijfers):`,
      highlight: (p) =>
        `‘${p.scenario}’: ${p.measure.charAt(0).toLowerCase()}${p.measure.slice(1)} van ${NL.n(p.from, decimals(p.unit))} naar ${NL.n(p.to, decimals(p.unit))} ${unitNl(p.unit, p.to)} ` +
        `(${NL.n(Math.abs(p.diff), decimals(p.unit))} ${p.shortfall ? (p.diff < 0 ? 'minder' : 'meer') : p.diff < 0 ? 'lager' : 'hoger'})` +
        (p.largest ? `; het grootste verschil in ${p.largest.name} (${NL.signed(p.largest.diff, decimals(p.unit))})` : '') +
        '.',
      noDifference: (scenario, reference) => `‘${scenario}’ geeft op geen enkel thema een ander tekort dan ‘${reference}’ (op hele woningen).`,
      brief: (reference, scenario, parts) =>
        `Met ‘${scenario}’ gaat ${NL.list(parts.map((p) => `${p.shortfall ? 'het ' : ''}${p.measure.charAt(0).toLowerCase()}${p.measure.slice(1)} van ${NL.n(p.from, decimals(p.unit))} naar ${NL.n(p.to, decimals(p.unit))} ${unitNl(p.unit, p.to)}`))} (tegen ‘${reference}’).`,
      method: 'Een tekort van de regio is de som van de tekorten van de gemeenten: een gemeente die voorloopt vult het tekort van een andere niet aan. Verschillen zijn berekend uit de niet-afgeronde cijfers en daarna afgerond.',
      tableSource: 'Bron: uitkomsten van de Woonzorgverkenner per scenario (004 · Bijlage 1 en 2; 000)',
      themeCompared: (reference) => `De scenario’s vergeleken met ‘${reference}’`,
      themeDetail: (scenario) => `Uitwerking voor ‘${scenario}’`,
      gemeenteScenario: (p) =>
        `‘${p.scenario}’${p.isReference ? ' (referentie)' : ''}: ` +
        p.figures
          .map((f) => `${f.measure.charAt(0).toLowerCase()}${f.measure.slice(1)} ${NL.n(f.value)}${f.diff === null ? '' : Math.abs(f.diff) < 0.5 ? ` (gelijk aan ‘${p.reference}’)` : ` (${NL.signed(f.diff)} t.o.v. ‘${p.reference}’)`}`)
          .join('; '),
    },
    screen: {
      reference: 'Vergelijk met',
      referenceHelp: 'De verschillen in de tabellen en grafieken zijn ten opzichte van dit scenario.',
      gemeenteTable: 'Verschil per gemeente',
      measureChoice: 'Thema',
    },
  },
  {
    measure: {
      'programme.shortfall2030': 'Programme shortfall 2030',
      'programme.surplus2030': 'Ahead of programme 2030',
      'affordable.shortfall2030': 'Affordable shortfall 2030',
      'elderly.nultreden.shortfall': 'Zero-step shortfall 2030',
      'elderly.geclusterd.shortfall': 'Clustered shortfall 2030',
      'elderly.zorggeschikt.shortfall': 'Care-suitable shortfall 2030',
      'elderly.total.shortfall': 'Elderly housing shortfall 2030',
      'elderly.total.surplus': 'Elderly housing surplus 2030',
      'aandachtsgroepen.taskPerYear': 'Priority groups’ task per year',
      'aandachtsgroepen.placements.shortfall': 'Priority groups: still to place',
      'solidarity.surplusAfter': 'Facilities above (+) or below (−) the fair share, after placements',
    },
    region: 'Region (sum per municipality)',
    types: { nultreden: 'Zero-step', geclusterd: 'Clustered', zorggeschikt: 'Care-suitable', total: 'Total' },
    charts: {
      programme: 'Programme shortfall 2030 per municipality, per scenario',
      elderlyTypes: 'Elderly housing shortfall 2030 per type (region, sum per municipality), per scenario',
      elderlyGemeenten: 'Elderly housing shortfall 2030 per municipality, per scenario',
      aandachtsgroepen: 'Priority groups: task per year per municipality, per scenario',
      axisHomes: 'homes',
      axisPerYear: 'households a year',
      hover: (value, diff, reference) => (diff === null ? value : `${value} (${diff} vs ${reference})`),
      alt: (title, parts, note) => `${title}: ${parts.join('; ')}.${note ? ` ${note}` : ''}`,
      altPart: (scenario, place, value) => `‘${scenario}’ highest at ${place} (${value})`,
      leftOut: (same, zero, reference) =>
        `Not drawn: ${[...(same.length > 0 ? [`${EN.list(same.map((s) => `‘${s}’`))} (equal to ‘${reference}’ everywhere)`] : []), ...(zero.length > 0 ? [`${EN.list(zero.map((s) => `‘${s}’`))} (0 everywhere)`] : [])].join('; ')}.`,
    },
    section: {
      title: 'Scenarios compared',
      scenariosTable: 'The scenarios compared, one line each',
      scenariosSheet: 'Scenarios',
      scenario: 'Scenario',
      assumptions: 'What differs from the defaults',
      allDefault: 'Nothing: every assumption at its default',
      referenceMark: ' (reference)',
      diffTable: (measure, reference) => `${measure} per municipality, difference with ‘${reference}’`,
      gemeente: 'Municipality',
      diffHeader: (scenario) => `Difference ${scenario}`,
      elderlyTypesTable: (reference) => `Elderly housing shortfall 2030 per type (region), difference with ‘${reference}’`,
      elderlyTypesSheet: 'Difference per type',
      type: 'Housing type',
      sheets: { programme: 'Difference programme', affordable: 'Difference affordable', elderly: 'Difference elderly', aandachtsgroepen: 'Difference priority groups' },
      sameEverywhere: (measure) => `${measure}: in every scenario compared the same as in the reference.`,
      assumption: (label, value) => `${label}: ${value}`,
      ranges: (n) => (n === 1 ? 'a range or open choice' : `ranges or open choices for ${n} assumptions`),
      summaryIntro: (reference) => `Against ‘${reference}’, these are the differences that matter (the largest per theme, computed from unrounded figures):`,
      highlight: (p) =>
        `‘${p.scenario}’: ${p.measure.charAt(0).toLowerCase()}${p.measure.slice(1)} from ${EN.n(p.from, decimals(p.unit))} to ${EN.n(p.to, decimals(p.unit))} ${unitEn(p.unit, p.to)} ` +
        `(${EN.n(Math.abs(p.diff), decimals(p.unit))} ${p.shortfall ? (p.diff < 0 ? 'less' : 'more') : p.diff < 0 ? 'lower' : 'higher'})` +
        (p.largest ? `; the largest difference in ${p.largest.name} (${EN.signed(p.largest.diff, decimals(p.unit))})` : '') +
        '.',
      noDifference: (scenario, reference) => `‘${scenario}’ gives no other shortfall than ‘${reference}’ on any theme (in whole homes).`,
      brief: (reference, scenario, parts) =>
        `With ‘${scenario}’, ${EN.list(parts.map((p) => `${p.shortfall ? 'the ' : ''}${p.measure.charAt(0).toLowerCase()}${p.measure.slice(1)} goes from ${EN.n(p.from, decimals(p.unit))} to ${EN.n(p.to, decimals(p.unit))} ${unitEn(p.unit, p.to)}`))} (against ‘${reference}’).`,
      method: 'A shortfall of the region is the sum of the municipalities’ shortfalls: a municipality that is ahead does not fill another’s shortfall. Differences are computed from unrounded figures and rounded afterwards.',
      tableSource: 'Source: Woonzorgverkenner results per scenario (004 · Appendix 1 and 2; 000)',
      themeCompared: (reference) => `The scenarios compared with ‘${reference}’`,
      themeDetail: (scenario) => `In detail: ‘${scenario}’`,
      gemeenteScenario: (p) =>
        `‘${p.scenario}’${p.isReference ? ' (reference)' : ''}: ` +
        p.figures
          .map((f) => `${f.measure.charAt(0).toLowerCase()}${f.measure.slice(1)} ${EN.n(f.value)}${f.diff === null ? '' : Math.abs(f.diff) < 0.5 ? ` (equal to ‘${p.reference}’)` : ` (${EN.signed(f.diff)} vs ‘${p.reference}’)`}`)
          .join('; '),
    },
    screen: {
      reference: 'Compare with',
      referenceHelp: 'The differences in the tables and charts are against this scenario.',
      gemeenteTable: 'Difference per municipality',
      measureChoice: 'Theme',
    },
  },
);
