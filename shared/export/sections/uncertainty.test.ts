import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import type { Result } from '../../result/schema';
import { Scenario } from '../../scenario/schema';
import { formatCell } from '../../table/column';
import { simulate } from '../../uncertainty/simulate';
import { buildReport } from '../report';
import { chartsOf, memoOf, slidesOf, workbookOf, type Block, type Section } from '../section';
import { kindAt, type ReportTable } from '../table';
import { uncertainty } from './uncertainty';
import { MEMO, printedPt } from '../../charts/target';

const seed = readSeed();
const builtIn = (id: string) => {
  const s = seed.builtinScenarios.find((x) => x.id === id);
  if (!s) throw new Error(`geen scenario ${id}`);
  return s;
};

/** The section as an export builds it: the result with its bands, as buildReport attaches them. */
function build(scenario: Scenario, locale: 'nl-NL' | 'en-GB' = 'nl-NL'): Section | null {
  const point = runScenario(seed.dataset, scenario);
  const block = simulate(seed.dataset, scenario, point);
  const main: Result = block ? { ...point, uncertainty: block } : point;
  return uncertainty.build({ scenarios: [scenario], results: [main], main, dataset: seed.dataset, findings: [], locale, words: texts(locale).report });
}

const textOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraphs' || b.kind === 'remark' ? b.texts : b.kind === 'group' ? textOf(b.blocks) : []));
const tablesOf = (blocks: readonly Block[]): ReportTable[] => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : b.kind === 'group' ? tablesOf(b.blocks) : []));
const byId = (section: Section, id: string): ReportTable => {
  const t = tablesOf(section.blocks).find((x) => x.id === id);
  if (!t) throw new Error(`geen tabel ${id}`);
  return t;
};
const column = (t: ReportTable, header: string) => t.columns.findIndex((c) => c.header === header);

// One build per scenario: the draws take half a second.
const bandbreedte = build(builtIn('bandbreedte'))!;
const basis = build(builtIn('basis'))!;

describe('the chapter Onzekerheid en wat er nodig is', () => {
  it('bandbreedte: the finding in a sentence, labelled as the spread of the assumptions entered, not a forecast error', () => {
    const text = textOf(memoOf(bandbreedte)).join('\n');
    expect(text).toContain('Met de ingevoerde bandbreedtes ligt het tekort in 2030 voor de regio tussen 1.774 (P10) en 2.276 (P90) woningen; de puntwaarde van het scenario, met zijn eigen waarden, is 2.028.');
    expect(text).toContain('De band is de spreiding van de aannames die bij het scenario als bandbreedte of open keuze zijn ingevoerd, geen voorspelfout');
    // The scenario's own elderly figure (the municipality table) lies above the band: said, not hidden, and
    // not called likely. Why: the open choice weighs the text's lower figure, two shares can only rise.
    expect(text).toContain('tussen 2.966 (P10) en 5.531 (P90); de puntwaarde van het scenario, met zijn eigen waarden, is 5.571. Die puntwaarde ligt boven P90');
    expect(text).toContain('omdat de open keuze ‘Bron ouderenbehoefte: zorggeschikt’ ook gewicht geeft aan ‘Regiocijfer uit de tekst, naar rato’ (dat geeft een kleiner tekort)');
    expect(text).toContain('en omdat de bandbreedtes van ‘Aandeel nieuwbouw zorggeschikt’ en ‘Aandeel nieuwbouw geclusterd’ alleen naar een kleiner tekort uitvallen');
    expect(text).not.toMatch(/waarschijnlijke? tekort/);
    // Tempofactor straddles the point value: no reason for it lying outside.
    expect(text).not.toMatch(/bandbreedtes? van[^.]*Tempofactor/);
    // The seed is named as a seed, not a bare number that reads as a year.
    expect(text).toContain('10.000 trekkingen uit een vast startgetal (seed) 2030');
    expect(text).not.toMatch(/startgetal 2030/);
  });

  it('bandbreedte: the ranges and open choices used, in words', () => {
    const inputs = byId(bandbreedte, 'uncertainty-inputs');
    expect(inputs.title).toBe('Ingevoerde bandbreedtes en open keuzes (10.000 trekkingen) — Basis met bandbreedtes');
    expect(inputs.source).toContain('vast startgetal (seed) 2030');
    expect(inputs.rows).toContainEqual(['Tempofactor (trend)', 'Bandbreedte', '0,75 – 1 – 1,25']);
    expect(inputs.rows).toContainEqual(['Aandeel nieuwbouw geclusterd', 'Bandbreedte', '0 % – 0 % – 5 %']);
    expect(inputs.rows).toContainEqual(['Woningen per jaar voor aandachtsgroepen', 'Bandbreedte', '220 – 245 – 270 woningen per jaar']);
    expect(inputs.rows).toContainEqual(['Bron ouderenbehoefte: zorggeschikt', 'Open keuze', 'Gemeentetabel (Bijlage 2): 50 %; Regiocijfer uit de tekst, naar rato: 50 %']);
  });

  it('bandbreedte: per gemeente and the region, likely and P10 ≤ P50 ≤ P90 of both shortfalls; the region last', () => {
    for (const id of ['uncertainty-programme', 'uncertainty-elderly']) {
      const t = byId(bandbreedte, id);
      expect(t.columns.map((c) => c.header)).toEqual(['Plaats', 'Puntwaarde scenario', 'P10', 'P50', 'P90']);
      expect(t.rows.at(-1)?.[0]).toBe('Regio');
      let withBand = 0;
      for (const [place, , p10, p50, p90] of t.rows) {
        if (p10 === null) continue;
        withBand++;
        expect(p10 as number, `${id} ${String(place)}`).toBeLessThanOrEqual(p50 as number);
        expect(p50 as number, `${id} ${String(place)}`).toBeLessThanOrEqual(p90 as number);
      }
      expect(withBand).toBeGreaterThanOrEqual(6);
    }
    const region = byId(bandbreedte, 'uncertainty-programme').rows.at(-1)!;
    expect(region[1]).toBe(2028);
    // The draws spread it: the band is not a point.
    expect((region[4] as number) - (region[2] as number)).toBeGreaterThan(300);
  });

  it('bandbreedte: the tornado of both regional shortfalls, largest swing first, as a chart and as numbers', () => {
    expect([...new Set(chartsOf(bandbreedte).map((c) => c.id))]).toEqual(['tornado-programme', 'tornado-elderly']);
    for (const [id, first] of [
      ['tornado-programme-table', 'Tempofactor (trend)'],
      ['tornado-elderly-table', 'Bron ouderenbehoefte: zorggeschikt'],
    ] as const) {
      const t = byId(bandbreedte, id);
      const swing = column(t, 'Verschil');
      const swings = t.rows.map((r) => r[swing] as number);
      expect(t.rows[0]?.[0], id).toBe(first);
      expect(swings[0]).toBe(Math.max(...swings));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    }
    const elderly = byId(bandbreedte, 'tornado-elderly-table').rows[0]!;
    expect(elderly.slice(1, 5)).toEqual(['Gemeentetabel (Bijlage 2)', expect.closeTo(5570.5, 6), 'Regiocijfer uit de tekst, naar rato', expect.closeTo(3221.5, 6)]);
    // The chart: the largest bar on top (Plotly and PowerPoint draw the first category at the bottom), and only bars that move the figure.
    const chart = chartsOf(bandbreedte).find((c) => c.id === 'tornado-elderly')!;
    const labels = chart.data[0]?.y as string[];
    expect(labels.at(-1)).toBe('Bron ouderenbehoefte: zorggeschikt');
    expect(labels).not.toContain('Woningen per jaar voor aandachtsgroepen');
    expect(chart.data[0]?.x as number[]).toContainEqual(expect.closeTo(3221.5 - 5570.5, 6));
    // Printed in the memo at 9 to 11 pt: readable, and not oversized beside the other charts.
    const pt = printedPt((chart.layout.font as { size: number }).size, MEMO);
    expect(pt).toBeGreaterThanOrEqual(9);
    expect(pt).toBeLessThan(11);
    // Its alt text is the chapter's sentence with the figures; its hover text has a real minus.
    expect(chart.alt).toMatch(/\d/);
    expect(JSON.stringify(chart.data)).not.toMatch(/%\{x:/);
    expect((chart.data[0]?.customdata as string[]).join(' ')).toMatch(/−\d/);
  });

  it('bandbreedte: an open choice’s options in the same columns in both tornado tables (the order entered), under headers that name options', () => {
    const choiceRow = (id: string) => byId(bandbreedte, id).rows.find((r) => r[0] === 'Bron ouderenbehoefte: zorggeschikt')!;
    const entered = ['Gemeentetabel (Bijlage 2)', 'Regiocijfer uit de tekst, naar rato'];
    // The programme's shortfall does not move with it (a tie), the elderly's does, the other way round from the tornado's own order.
    expect([choiceRow('tornado-programme-table')[1], choiceRow('tornado-programme-table')[3]]).toEqual(entered);
    expect([choiceRow('tornado-elderly-table')[1], choiceRow('tornado-elderly-table')[3]]).toEqual(entered);
    const t = byId(bandbreedte, 'tornado-elderly-table');
    expect(t.columns.map((c) => c.header).slice(1, 5)).toEqual(['Laag of optie (1)', 'Tekort bij (1)', 'Hoog of andere optie (2)', 'Tekort bij (2)']);
    // The sentence names them in that order too.
    expect(textOf(memoOf(bandbreedte)).join('\n')).toContain('met ‘Gemeentetabel (Bijlage 2)’ is het 5.571 woningen, met ‘Regiocijfer uit de tekst, naar rato’ 3.221');
  });

  it('what it would take: the region and every gemeente, each gap with the lever values that close it', () => {
    const programme = byId(bandbreedte, 'uncertainty-goal-programme');
    const header = programme.columns.map((c) => c.header);
    expect(header).toEqual(['Plaats', 'Tekort 2030', 'Tempo nu (per jaar)', 'Tempo nodig (per jaar)', 'Tempofactor nu', 'Tempofactor nodig', 'Doel bereikt in (tempo scenario)']);
    const region = programme.rows.at(-1)!;
    expect(region[0]).toBe('Regio');
    expect(region[3]).toBeCloseTo(807.43, 1);
    expect(region[5]).toBeCloseTo(3.048, 2);
    expect(region[6]).toBe('na 2040');
    const hilversum = programme.rows.find((r) => r[0] === 'Hilversum')!;
    expect(hilversum.slice(2, 7)).toEqual([182.5, 405, 1, expect.closeTo(2.219, 3), 2039]);
    expect(programme.rows.find((r) => r[0] === 'Gooise Meren')?.[3]).toBe('geen tekort');

    const elderly = byId(bandbreedte, 'uncertainty-goal-elderly');
    const huizen = elderly.rows.find((r) => r[0] === 'Huizen' && r[1] === 'Nultreden')!;
    expect(huizen[column(elderly, 'Aandeel nultreden nodig')]).toBe('niet haalbaar binnen de grenzen');
    expect(huizen[column(elderly, 'Geschikt maken per jaar nodig')]).toBeCloseTo(68.07, 1);
    expect(elderly.rows.at(-1)?.slice(0, 2)).toEqual(['Regio', 'Nultreden']);
    const text = textOf(memoOf(bandbreedte)).join('\n');
    // 807 is the sum of each gemeente's own required pace; one factor for all is set by the gemeente furthest behind (Blaricum: 45,7 / 15 = 3,05), never the same thing.
    expect(text).toContain('moeten de gemeenten samen 807 woningen per jaar bouwen, elk haar eigen benodigde tempo (nu samen 629). Met één tempofactor voor alle gemeenten is een factor 3,0 op de trend nodig: de gemeente die het verst achterloopt bepaalt die');
    // Every number shown in nl-NL notation, no hyphen-minus.
    for (const t of [programme, elderly]) {
      t.rows.forEach((row, i) => {
        row.forEach((cell, j) => {
          expect(formatCell(cell, kindAt(t, i, j), 'nl-NL')).not.toMatch(/^-/);
        });
      });
    }
  });

  it('basis has no ranges: no bands, no tornado, a remark saying so; what it would take all the same', () => {
    expect(runScenario(seed.dataset, builtIn('basis')).uncertainty).toBeUndefined();
    const ids = tablesOf(basis.blocks).map((t) => t.id);
    expect(ids).toEqual(['uncertainty-goal-programme', 'uncertainty-goal-elderly']);
    expect(chartsOf(basis)).toEqual([]);
    const text = textOf(memoOf(basis)).join('\n');
    expect(text).toContain('Dit scenario heeft geen bandbreedtes of open keuzes');
    expect(text).not.toContain('P10');
    expect(workbookOf(basis).sheets.map((s) => s.sheet)).toEqual(['Wat is er nodig']);
    expect(slidesOf(basis).map((s) => s.title)).toEqual(['Onzekerheid en wat er nodig is', expect.stringContaining('het programma'), expect.stringContaining('ouderen')]);
  });

  it('the workbook: every band with place code, name, figure and its percentiles as numbers; every goal-seek answer as numbers', () => {
    const { sheets, intro } = workbookOf(bandbreedte);
    expect(sheets.map((s) => s.sheet)).toEqual(['Bandbreedtes', 'Invloed aannames', 'Wat is er nodig']);
    const [percentiles, , goal] = sheets as [ReportTable, ReportTable, ReportTable];
    expect(percentiles.columns.map((c) => c.header)).toEqual(['CBS-code', 'Plaats', 'Cijfer', 'Sleutel', 'Puntwaarde scenario', 'P10', 'P50', 'P90']);
    expect(percentiles.rows).toHaveLength(simulate(seed.dataset, builtIn('bandbreedte'))!.bands.length);
    for (const r of percentiles.rows) {
      for (const c of [4, 5, 6, 7]) expect(typeof r[c], `${String(r[0])} ${String(r[3])}`).toBe('number');
      expect(r[5] as number).toBeLessThanOrEqual((r[6] as number) + 1e-9);
      expect(r[6] as number).toBeLessThanOrEqual((r[7] as number) + 1e-9);
    }
    expect(percentiles.rows.find((r) => r[0] === 'regio' && r[3] === 'programme.shortfall2030')?.slice(1, 5)).toEqual(['Regio', 'tekort einde programma', 'programme.shortfall2030', 2028]);
    expect(percentiles.rows.some((r) => r[3] === 'programme.path.2027.projected')).toBe(true);
    const hilversum = goal.rows.find((r) => r[0] === 'GM0402' && r[2] === 'tekort einde programma')!;
    expect(hilversum[column(goal, 'Tempo nodig (per jaar)')]).toBe(405);
    expect(goal.rows.filter((r) => r[0] === 'regio')).toHaveLength(2);
    expect(intro?.lines.map((l) => l[1]).join('\n')).toContain('tussen 1.774 (P10) en 2.276 (P90)');
  });

  it('English throughout', () => {
    const section = build(builtIn('bandbreedte'), 'en-GB')!;
    const tables = [...tablesOf(section.blocks), ...workbookOf(section).sheets];
    const text = [section.title, ...textOf(section.blocks), ...tables.flatMap((t) => [t.title, t.source, ...t.columns.map((c) => c.header), ...t.rows.flatMap((r) => r.filter((c): c is string => typeof c === 'string'))]), ...chartsOf(section).flatMap((c) => [c.title, c.source])].join('\n');
    expect(section.title).toBe('Uncertainty and what it would take');
    expect(text).toContain('With the ranges entered, the region’s shortfall in 2030 lies between 1,774 (P10) and 2,276 (P90) homes; the scenario’s point value, with its own values, is 2,028.');
    expect(text).toContain('That point value lies above P90: more than nine in ten draws give a smaller shortfall, because the open choice');
    expect(text).toContain('fixed seed 2030');
    expect(text).toContain('not a forecast error');
    expect(text).toContain('not feasible within the bounds');
    for (const dutch of ['woningen', 'tekort', 'Regio', 'Bron:', 'trekkingen', 'geen', 'nodig', 'Bandbreedte']) expect(text, dutch).not.toMatch(new RegExp(`(^|[^\\p{L}])${dutch}($|[^\\p{L}])`, 'u'));
  });

  it('buildReport computes the bands once for a scenario with ranges, and keeps those a result already carries', () => {
    const scenario = builtIn('bandbreedte');
    const point = runScenario(seed.dataset, scenario);
    const report = (results: Result[]) => buildReport({ scenarios: [scenario], results, dataset: seed.dataset, findings: [], date: '2026-11-23T09:00:00Z' });
    const section = (r: ReturnType<typeof report>) => r.sections.find((s) => s.id === 'uncertainty')!;
    expect(tablesOf(section(report([point])).blocks).find((t) => t.id === 'uncertainty-inputs')?.source).toContain('10.000 trekkingen, vast startgetal (seed) 2030');
    const own = simulate(seed.dataset, { ...scenario, params: { ...scenario.params, uncertainty: { ...scenario.params.uncertainty, seed: 7, draws: 200 } } }, point)!;
    expect(tablesOf(section(report([{ ...point, uncertainty: own }])).blocks).find((t) => t.id === 'uncertainty-inputs')?.source).toContain('200 trekkingen, vast startgetal (seed) 7');
  });
});
