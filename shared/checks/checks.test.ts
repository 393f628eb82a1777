import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { syntheticDataset } from '../../test/support/syntheticDataset';
import { Dataset, type Figure } from '../dataset/schema';
import { parseDutchNumber, parseSumExpression } from './expressions';
import { Finding } from './finding';
import { figureRoleText, findingText } from './findingText';
import { runChecks } from './index';

const seed = readSeed().dataset;
const findings = runChecks(seed);

const REGION_TOTAAL = 'bouwprogramma.totaal:regio:2022-2030';
const HILVERSUM_TOTAAL = 'bouwprogramma.totaal:GM0402:2022-2030';

function byId(list: Finding[], id: string): Finding {
  const f = list.find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id}; got:\n${list.map((x) => x.id).join('\n')}`);
  return f;
}
const figureIds = (f: Finding) => f.figures.map((x) => x.figureId);
/** The Dutch message, as the command line prints it. */
const message = (f: Finding) => findingText('nl-NL', f).message;
/** The figures with their role in Dutch words. */
const involved = (f: Finding) => f.figures.map((x) => ({ ...x, role: figureRoleText('nl-NL', x.role) }));

/** A copy of the seed changed the way an import or an edit would change it (validated again). */
function mutated(change: (figures: Figure[], ds: Dataset) => Figure[]): Dataset {
  const copy = structuredClone(seed);
  return Dataset.parse({ ...copy, figures: change(copy.figures, copy) });
}
function setValue(figures: Figure[], id: string, value: number | null): Figure[] {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  f.value = value;
  return figures;
}
/** Findings of `ds` that the seed does not have (by id). */
function newFindings(ds: Dataset): Finding[] {
  const before = new Set(findings.map((f) => f.id));
  return runChecks(ds).filter((f) => !before.has(f.id));
}

describe('consistency checks on the seed: every contradiction in the sources', () => {
  it('every finding is a valid Finding with a title and message in both languages', () => {
    for (const f of findings) {
      expect(Finding.safeParse(f).success).toBe(true);
      for (const locale of ['nl-NL', 'en-GB'] as const) {
        const { title, message: text } = findingText(locale, f);
        expect(title.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/undefined|NaN|\[object /);
      }
      expect(findingText('en-GB', f).title).not.toBe(findingText('nl-NL', f).title);
    }
  });

  it('a finding with parameters that do not fit its code is refused at the boundary', () => {
    const f = findings[0]!;
    expect(Finding.safeParse({ ...f, params: { ...f.params, extra: 1 } }).success).toBe(false);
    expect(Finding.safeParse({ ...f, code: 'nonsense' }).success).toBe(false);
  });

  it('laag en midden: the printed regional 4 561 against the rows, which add up to 4 551', () => {
    const f = byId(findings, 'total:bouwprogramma.laagMidden:regio:2022-2030');
    expect(f).toMatchObject({ check: 'total', severity: 'contradiction', actual: 4561, expected: 4551 });
    expect(figureIds(f)).toContain('bouwprogramma.laagMidden:regio:2022-2030');
    expect(figureIds(f)).toContain('bouwprogramma.laagMidden:GM1696:2022-2030');
    expect(message(f)).toContain('4.561');
    expect(message(f)).toContain('4.551');
    expect(message(f)).toContain('Eemnes'); // the empty row is named as a possible explanation
  });

  it('Wijdemeren laag en midden 320 against 66 % of 500 = 330', () => {
    const f = byId(findings, 'ratio:laagMiddenIsAandeelVanTotaal:bouwprogramma.laagMidden:GM1696:2022-2030');
    expect(f).toMatchObject({ check: 'ratio', severity: 'contradiction', gemeente: 'GM1696', actual: 320 });
    expect(f.expected).toBeCloseTo(330, 9);
    expect(involved(f)).toEqual([
      { figureId: 'bouwprogramma.laagMidden:GM1696:2022-2030', gemeente: 'GM1696', value: 320, role: 'teller' },
      { figureId: 'bouwprogramma.totaal:GM1696:2022-2030', gemeente: 'GM1696', value: 500, role: 'noemer' },
    ]);
    expect(message(f)).toContain('Wijdemeren');
    // The other five rows are 66 % of their total within a home.
    expect(findings.filter((x) => x.check === 'ratio').map((x) => x.gemeente)).toEqual(['GM1696']);
  });

  it.each([
    ['nultreden', 2305, 2200],
    ['geclusterd', 1040, 1025],
    ['zorggeschikt', 819, 3168],
  ] as const)('%s: the text figure %d against the table rows %d', (type, text, table) => {
    const f = byId(findings, `total:behoefteOuderen.${type}:regio:2024-2030:tekst`);
    expect(f).toMatchObject({ check: 'total', severity: 'contradiction', actual: text, expected: table });
    expect(involved(f)[0]).toMatchObject({ figureId: `behoefteOuderen.${type}:regio:2024-2030:tekst`, value: text, role: 'regiocijfer tekst' });
    expect(f.figures).toHaveLength(1 + 6); // the text figure and the six gemeente rows
    expect(message(f)).toContain('tekst');
  });

  it('the Huizen BW cell "20 + 132 = 33"', () => {
    const f = byId(findings, 'expression:voorzieningen.bwPlekken:GM0406:2025@2025-02-20:sum');
    expect(f).toMatchObject({ check: 'expression', severity: 'contradiction', gemeente: 'GM0406', expected: 152, actual: 33 });
    expect(message(f)).toContain('20 + 132 = 33');
    expect(f.figures[0]).toMatchObject({ figureId: 'voorzieningen.bwPlekken:GM0406:2025@2025-02-20', value: 33 });
    // The cell's outcome (33) is the figure's value, so there is no second finding.
    expect(findings.some((x) => x.id === 'expression:voorzieningen.bwPlekken:GM0406:2025@2025-02-20:value')).toBe(false);
    // The other cells with a written-out sum add up.
    expect(findings.filter((x) => x.check === 'expression').map((x) => x.gemeente)).toEqual(['GM0406']);
  });

  it('these ten are all the contradictions in the seed', () => {
    expect(findings.filter((f) => f.severity === 'contradiction').map((f) => f.id).sort()).toEqual(
      [
        'claim:huisuitzettingenAfgenomen:GM0417',
        'claim:verpleeghuisVerdubbelt:regio',
        'claim:woonvisieOnder20:GM0376',
        'norm:normBetaalbaar:beleidsnormen.betaalbaarAandeel:regio:2022-2030:bouwprogramma.laagMidden:2022–2030',
        'total:bouwprogramma.laagMidden:regio:2022-2030',
        'ratio:laagMiddenIsAandeelVanTotaal:bouwprogramma.laagMidden:GM1696:2022-2030',
        'total:behoefteOuderen.nultreden:regio:2024-2030:tekst',
        'total:behoefteOuderen.geclusterd:regio:2024-2030:tekst',
        'total:behoefteOuderen.zorggeschikt:regio:2024-2030:tekst',
        'expression:voorzieningen.bwPlekken:GM0406:2025@2025-02-20:sum',
      ].sort(),
    );
  });

  it("Eemnes' empty rows are info findings with the source's reason", () => {
    const eemnes = findings.filter((f) => f.check === 'emptyRow' && f.gemeente === 'GM0317');
    expect(eemnes.map((f) => f.series[0]).sort()).toEqual(
      [
        'bouwprogramma.totaal',
        'bouwprogramma.laagMidden',
        'realisatie.opleveringen',
        'realisatie.smApp',
        'behoefteOuderen.nultreden',
        'behoefteOuderen.geclusterd',
        'behoefteOuderen.zorggeschikt',
      ].sort(),
    );
    for (const f of eemnes) {
      expect(f.severity).toBe('info');
      expect(message(f)).toContain('Eemnes');
      expect(f.figures).toHaveLength(1);
      expect(f.figures[0]!.value).toBeNull();
    }
    expect(message(byId(findings, `emptyRow:bouwprogramma.totaal:GM0317:2022-2030`))).toContain('Woondeal');
  });

  it.each([
    ['bouwprogramma.totaal', '2022–2030', 6910],
    ['realisatie.opleveringen', '2022–2023', 1258],
    ['realisatie.smApp', '2022–2023', 235],
    ['behoefteOuderen.nultreden', '2024–2030', 2200],
    ['behoefteOuderen.geclusterd', '2024–2030', 1025],
    ['behoefteOuderen.zorggeschikt', '2024–2030', 3168],
    ['inwoners.aantal', '2019', 264083],
    ['voorzieningen.bwPlekken', '2019', 274],
  ] as const)('no total finding for %s %s: the printed %d is the sum of its rows', (series, period, printed) => {
    const printedFigure = seed.figures.find((f) => f.series === series && f.gemeente === null && f.value === printed);
    expect(printedFigure, 'the printed total is in the seed').toBeDefined();
    const rows = seed.figures.filter(
      (f) => f.series === series && f.gemeente !== null && f.periodFrom === printedFigure!.periodFrom && f.periodTo === printedFigure!.periodTo,
    );
    expect(rows.reduce((s, f) => s + (f.value ?? 0), 0)).toBe(printed);
    expect(findings.filter((f) => f.check === 'total' && figureIds(f)[0] === printedFigure!.id)).toEqual([]);
    expect(findings.filter((f) => f.check === 'total' && f.series[0] === series && f.period === period && !f.id.endsWith(':tekst'))).toEqual([]);
  });

  it('Weesp (left in 2022) is not missing from the E33 table 2019–2021 of 002, written after it left', () => {
    expect(findings.filter((f) => f.gemeente === 'GM0457')).toEqual([]);
    // The same gemeente is still missing from a table of its member years written while it was a member (003, 2020).
    const added = newFindings(mutated((fs) => fs.filter((f) => f.id !== 'inwoners.aantal:GM0457:2019')));
    expect(added.map((f) => f.id)).toContain('missingRow:inwoners.aantal:GM0457:2019');
  });
});

describe('the checks are general: an edited or imported dataset gets its own findings', () => {
  it('a gemeente row changed so the printed total no longer matches', () => {
    const added = newFindings(mutated((fs) => setValue(fs, HILVERSUM_TOTAAL, 3300)));
    const total = byId(added, `total:${REGION_TOTAAL}`);
    expect(total).toMatchObject({ check: 'total', severity: 'contradiction', actual: 6910, expected: 7010 });
    expect(involved(total)).toContainEqual({ figureId: HILVERSUM_TOTAAL, gemeente: 'GM0402', value: 3300, role: 'rij Hilversum' });
    expect(involved(total)).toContainEqual({ figureId: REGION_TOTAAL, gemeente: null, value: 6910, role: 'gedrukt totaal' });
    // 2 112 is no longer 66 % of 3 300 either.
    const ratio = byId(added, 'ratio:laagMiddenIsAandeelVanTotaal:bouwprogramma.laagMidden:GM0402:2022-2030');
    expect(figureIds(ratio)).toEqual(['bouwprogramma.laagMidden:GM0402:2022-2030', HILVERSUM_TOTAAL]);
  });

  it('a new figure with a written-out sum that does not add up: "1 + 2 = 4"', () => {
    const figure: Figure = {
      id: 'aandachtsgroepen.kamersJongeren:regio:2031',
      series: 'aandachtsgroepen.kamersJongeren',
      gemeente: null,
      value: 4,
      periodFrom: 2031,
      periodTo: 2031,
      peildatum: null,
      expression: '1 + 2 = 4',
      source: { document: 'analist', place: 'import' },
    };
    // (The analyst's 4 rooms in 2031 beside the 25 of 004 for 2025–2030 is also a note: one quantity, other periods.)
    const added = newFindings(mutated((fs) => [...fs, figure])).filter((f) => f.check === 'expression');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      id: `expression:${figure.id}:sum`,
      check: 'expression',
      severity: 'contradiction',
      expected: 3,
      actual: 4,
      figures: [{ figureId: figure.id, gemeente: null, value: 4, role: { code: 'cell', params: { expression: '1 + 2 = 4' } } }],
    });
    expect(message(added[0]!)).toContain('1 + 2 = 4');
    expect(involved(added[0]!)[0]!.role).toBe('cel "1 + 2 = 4"');

    // A cell that adds up but disagrees with the figure's value, and one that cannot be read.
    const wrongValue = newFindings(mutated((fs) => [...fs, { ...figure, expression: '1 + 2 = 3' }])).filter((f) => f.check === 'expression');
    expect(wrongValue.map((f) => [f.id, f.expected, f.actual])).toEqual([[`expression:${figure.id}:value`, 3, 4]]);
    const unreadable = newFindings(mutated((fs) => [...fs, { ...figure, expression: 'ongeveer 4' }])).filter((f) => f.check === 'expression');
    expect(unreadable.map((f) => [f.id, f.severity])).toEqual([[`expression:${figure.id}:unreadable`, 'info']]);
  });

  it('a gemeente row removed: reported missing, and the total no longer matches', () => {
    const laren = 'realisatie.opleveringen:GM0417:2022-2023';
    const added = newFindings(mutated((fs) => fs.filter((f) => f.id !== laren)));
    expect(byId(added, 'missingRow:realisatie.opleveringen:GM0417:2022–2023')).toMatchObject({ check: 'missingRow', severity: 'missing', gemeente: 'GM0417' });
    const total = byId(added, 'total:realisatie.opleveringen:regio:2022-2023');
    expect(total).toMatchObject({ actual: 1258, expected: 1258 - 33 });
    expect(message(total)).toContain('Laren');
    expect(figureIds(total)).not.toContain(laren);
  });

  it('S+M app larger than realisatie', () => {
    const huizenSm = 'realisatie.smApp:GM0406:2022-2023';
    const added = newFindings(mutated((fs) => setValue(fs, huizenSm, 80)));
    const partOf = byId(added, `partOf:smAppDeelVanOpleveringen:${huizenSm}`);
    expect(partOf).toMatchObject({ check: 'partOf', severity: 'contradiction', gemeente: 'GM0406', expected: 50, actual: 80 });
    expect(involved(partOf)).toEqual([
      { figureId: huizenSm, gemeente: 'GM0406', value: 80, role: 'deel' },
      { figureId: 'realisatie.opleveringen:GM0406:2022-2023', gemeente: 'GM0406', value: 50, role: 'geheel' },
    ]);
    expect(byId(added, 'total:realisatie.smApp:regio:2022-2023')).toMatchObject({ actual: 235, expected: 235 - 1 + 80 });
  });

  it('the ratio broken in one row', () => {
    const blaricum = 'bouwprogramma.laagMidden:GM0376:2022-2030';
    const added = newFindings(mutated((fs) => setValue(fs, blaricum, 150)));
    const ratio = byId(added, `ratio:laagMiddenIsAandeelVanTotaal:${blaricum}`);
    expect(ratio).toMatchObject({ gemeente: 'GM0376', actual: 150 });
    expect(ratio.expected).toBeCloseTo(231, 9);
    expect(figureIds(ratio)).toEqual([blaricum, 'bouwprogramma.totaal:GM0376:2022-2030']);
    expect(message(ratio)).toContain('Blaricum');
  });

  it('a printed regional figure far from 66 % of the regional total is still flagged', () => {
    const added = newFindings(mutated((fs) => setValue(fs, 'bouwprogramma.laagMidden:regio:2022-2030', 4700)));
    expect(added.map((f) => f.id)).toContain('ratio:laagMiddenIsAandeelVanTotaal:bouwprogramma.laagMidden:regio:2022-2030');
  });

  it('a gemeente added by an import: its row counts in the sums and it is missing from the other tables', () => {
    const added = newFindings(
      mutated((fs, ds) => {
        ds.gemeenten.push({ code: 'GM9999', name: 'Nieuwdorp', memberFrom: 2024, memberUntil: null });
        return [
          ...fs,
          { id: 'bouwprogramma.totaal:GM9999:2022-2030', series: 'bouwprogramma.totaal', gemeente: 'GM9999', value: 100, periodFrom: 2022, periodTo: 2030, peildatum: null, source: { document: 'analist', place: 'import' } },
        ];
      }),
    );
    const total = byId(added, `total:${REGION_TOTAAL}`);
    expect(total).toMatchObject({ actual: 6910, expected: 7010 });
    expect(involved(total)).toContainEqual({ figureId: 'bouwprogramma.totaal:GM9999:2022-2030', gemeente: 'GM9999', value: 100, role: 'rij Nieuwdorp' });
    expect(added.map((f) => f.id)).toContain('missingRow:bouwprogramma.laagMidden:GM9999:2022–2030');
    // Not a member before 2024: not missing from the 2019 tables.
    expect(added.some((f) => f.id.startsWith('missingRow:') && f.id.includes('GM9999') && f.period === '2019')).toBe(false);
  });

  it('a duplicated row is a contradiction naming both figures', () => {
    const added = newFindings(
      mutated((fs) => {
        const h = fs.find((f) => f.id === HILVERSUM_TOTAAL)!;
        return [...fs, { ...h, id: `${HILVERSUM_TOTAAL}:correctie`, variant: 'correctie', value: 3250 }];
      }),
    );
    const dup = byId(added, 'duplicateRow:bouwprogramma.totaal:GM0402:2022–2030');
    expect(dup.severity).toBe('contradiction');
    expect(figureIds(dup)).toEqual([HILVERSUM_TOTAAL, `${HILVERSUM_TOTAAL}:correctie`]);
  });
});

describe('the checks on synthetic regions', () => {
  const options = fc.record({
    gemeenten: fc.integer({ min: 1, max: 60 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    withoutProgrammeShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  });

  it('a consistent dataset (totals = sums, laag en midden = round(66 %), S+M ≤ realised) has no contradictions', () => {
    fc.assert(
      fc.property(options, (o) => {
        const contradictions = runChecks(syntheticDataset(o)).filter((f) => f.severity === 'contradiction');
        expect(contradictions.map((f) => message(f))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('also at 700 gemeenten, where rounding of the rows adds up in the regional figure', () => {
    expect(runChecks(syntheticDataset({ gemeenten: 700, seed: 1 })).filter((f) => f.severity === 'contradiction')).toEqual([]);
  });

  it('changing any gemeente row of a summed series by more than the rounding gives a total finding naming that row', () => {
    const series = ['bouwprogramma.totaal', 'realisatie.opleveringen', 'behoefteOuderen.zorggeschikt', 'inwoners.aantal'];
    fc.assert(
      fc.property(options, fc.constantFrom(...series), fc.nat(), fc.integer({ min: 1, max: 500 }), fc.boolean(), (o, s, pick, size, up) => {
        const ds = syntheticDataset(o);
        const rows = ds.figures.filter((f) => f.series === s && f.gemeente !== null && f.value !== null);
        const row = rows[pick % rows.length]!;
        const total = ds.figures.find((f) => f.series === s && f.gemeente === null && f.periodTo === row.periodTo)!;
        const delta = up ? size : -Math.min(size, row.value!);
        fc.pre(delta !== 0);
        row.value = row.value! + delta;
        const found = runChecks(ds).find((f) => f.id === `total:${total.id}`);
        expect(found).toBeDefined();
        expect(found!.actual).toBe(total.value);
        expect(found!.expected! - total.value!).toBeCloseTo(delta, 9);
        expect(found!.figures.map((x) => x.figureId)).toContain(row.id);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseDutchNumber', () => {
  it.each([
    ['1.040', 1040],
    ['2,5', 2.5],
    ['33', 33],
    [' 121 ', 121],
    ['264.083', 264083],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['0', 0],
  ])('"%s" = %d', (text, value) => {
    expect(parseDutchNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1.04', '12.34.567', '1,2,3', '-5', '2.5,', '1 040', '~245', '20–25'])('"%s" cannot be read → null', (text) => {
    expect(parseDutchNumber(text)).toBeNull();
  });
});

describe('parseSumExpression', () => {
  it('the Gooise Meren BW cell', () => {
    expect(parseSumExpression('26 + 54 + 17 + 5 + 19 = 121')).toEqual({ terms: [26, 54, 17, 5, 19], stated: 121 });
  });

  it('the Huizen cell as printed', () => {
    expect(parseSumExpression('20 + 132 = 33')).toEqual({ terms: [20, 132], stated: 33 });
  });

  it('Dutch thousands and decimals, subtraction with a hyphen or a real minus sign', () => {
    expect(parseSumExpression('1.040 - 40 = 1.000')).toEqual({ terms: [1040, -40], stated: 1000 });
    expect(parseSumExpression('10 − 3 = 7')).toEqual({ terms: [10, -3], stated: 7 });
    expect(parseSumExpression('2,5+2,5=5')).toEqual({ terms: [2.5, 2.5], stated: 5 });
  });

  it.each(['a + b = c', '1 + 2', '1 + 2 = 3 = 3', '= 5', '1 + 2 =', '1 + x = 3', 'ongeveer 4', ''])('"%s" cannot be read → null', (text) => {
    expect(parseSumExpression(text)).toBeNull();
  });
});
