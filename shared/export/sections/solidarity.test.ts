import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import { Scenario } from '../../scenario/schema';
import { formatCell } from '../../table/column';
import { kindAt } from '../table';
import { chartsOf, memoOf, slidesOf, workbookOf, type Block } from '../section';
import { assumptions } from './assumptions';
import { solidarity } from './solidarity';

const seed = readSeed();
const KEERPUNT = { solidarity: { placements: [{ id: 'kp2', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027, status: 'besloten', label: 'Tweede Keerpunt' }] } };

function input(params: object, locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  const scenario = Scenario.parse({ id: 't', name: 'T', params });
  const main = runScenario(seed.dataset, scenario);
  return { scenarios: [scenario], results: [main], main, dataset: seed.dataset, findings: [], locale, words: texts(locale).report };
}

const textOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraphs' || b.kind === 'remark' ? b.texts : b.kind === 'group' ? textOf(b.blocks) : []));
const tablesOf = (blocks: readonly Block[]): Extract<Block, { kind: 'table' }>['table'][] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : b.kind === 'group' ? tablesOf(b.blocks) : []));

describe('the Solidariteit chapter', () => {
  it('basis: who carries what now, written from the ledger, with the key as an assumption; chart and two tables; no placements', () => {
    const section = solidarity.build(input({}))!;
    const text = textOf(memoOf(section)).join('\n');
    expect(text).toContain('Alle voorzieningen samen (361 plekken, units en woningen, telling 2025) staan in drie van de zeven gemeenten: Gooise Meren 21,4 per 10.000 inwoners, Hilversum 21,0 en Huizen 8,3; Blaricum, Eemnes, Laren en Wijdemeren hebben er geen.');
    expect(text).toContain('Keerpunt 6 units, alle in Hilversum');
    expect(text).toContain('beschermd wonen 266 plekken in zes gemeenten (2019), nu 264 in drie');
    expect(text).toContain('Die sleutel is een aanname van dit scenario, geen regionale afspraak');
    expect(text).toContain('Tegen dat deel dragen Hilversum (+64) en Gooise Meren (+43) meer dan hun deel, Wijdemeren (−35)');
    expect(text).toContain('Dit scenario plaatst geen nieuwe voorzieningen');
    expect(new Set(chartsOf(section).map((c) => c.id))).toEqual(new Set(['ledger-alle', 'kaart-solidariteit']));
    // The map's source line carries the boundaries' credit (a licence condition).
    expect(chartsOf(section).find((c) => c.id === 'kaart-solidariteit')?.source).toContain('Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024');
    const [combined, perType] = tablesOf(memoOf(section));
    expect(combined!.rows.at(-1)![0]).toBe('Regio');
    expect(combined!.source).toMatch(/^Bron: telling 000 · tabel 'Huidige stand van zaken, per gemeente' \(2025\); inwoners 000 \(1 januari 2024\); eerlijk deel naar inwoners \(aanname van het scenario\)/);
    // Per 10 000 inhabitants, gemeenten × types and all together: Hilversum hosts every Keerpunt unit.
    expect(perType!.columns.map((c) => c.header)).toEqual(['Gemeente', 'Beschermd wonen', 'Respijt', 'Opvang (plekken)', 'Opvang (gezinnen)', 'Keerpunt', 'In Between Places', 'Alle samen (gewogen)']);
    expect(slidesOf(section).map((s) => s.blocks.map((b) => b.kind).join('+'))).toEqual(['paragraphs', 'chart', 'chart', 'table', 'table']);
  });

  it('a Keerpunt of 6 in Gooise Meren: the figures after it, and the advisor computed without it (rank 1 of 7), which decides nothing', () => {
    const section = solidarity.build(input(KEERPUNT))!;
    const text = textOf(memoOf(section)).join('\n');
    expect(text).toContain('Het scenario heeft één geplande plaatsing: Tweede Keerpunt (6 units Keerpunt erbij in Gooise Meren, 2027, besloten).');
    expect(text).toContain('Daarna Keerpunt: 12 units in de regio (nu 6); Gooise Meren 6 tegen een eerlijk deel van 2,8 (+3,2) en Hilversum 6 tegen 4,5 (+1,5).');
    expect(text).toContain('Alle soorten samen verschuift het verschil met het eerlijke deel per 10.000 inwoners: Gooise Meren van +7,2 naar +7,9; de som van de verschillen stijgt van 76,6 naar 78,3.');
    expect(text).toContain(
      'Waar past Tweede Keerpunt (6 units Keerpunt) het best? Gerekend zonder deze plaatsing zelf (maat nu 1,8) zet de plaatsingsadviseur bovenaan: 1. Gooise Meren (maat 3,0), 2. Huizen (3,5), 3. Hilversum (3,6). ' +
        'Waar de voorziening ook komt, de maat stijgt; in Gooise Meren het minst. Het scenario kiest Gooise Meren: rang 1 van 7.',
    );
    expect(text).toContain('beslist niets');
    // The measure is stated once.
    expect(text.match(/De maat van het advies/g)).toHaveLength(1);
    const tables = tablesOf(memoOf(section));
    const advice = tables.find((t) => t.id.startsWith('solidarity-advice'))!;
    // Without the placement itself: Gooise Meren would then have 6, not 12.
    expect(advice.rows.map((r) => r[1])).toEqual(['Gooise Meren', 'Huizen', 'Hilversum', 'Wijdemeren', 'Blaricum', 'Laren', 'Eemnes']);
    expect(advice.rows[0]![4]).toBe(6);
    const placements = tables.find((t) => t.id === 'solidarity-placements')!;
    expect(placements.rows).toEqual([['Tweede Keerpunt', 'Keerpunt', 'erbij', 6, 'Gooise Meren', 2027, 'besloten', 'ja']]);
    // The deck: now (text, chart, map, two tables), then the placements' text, their table and the advice.
    expect(slidesOf(section).map((s) => s.title)).toEqual([
      'Solidariteit: wie draagt wat',
      'Solidariteit: wie draagt wat',
      'Solidariteit: wie draagt wat',
      'Alle voorzieningen samen per gemeente (telling 2025, en na de geplande plaatsingen) — T',
      'Voorzieningen per 10.000 inwoners, per gemeente en soort (telling 2025)',
      'Geplande plaatsingen en plaatsingsadvies',
      'Geplande plaatsingen — T',
      'Plaatsingsadvies voor Tweede Keerpunt, gerekend zonder deze plaatsing',
    ]);
  });

  it('the workbook: every type × gemeente with every field as numbers, the placements and the advice as sheets', () => {
    const { sheets, intro } = workbookOf(solidarity.build(input(KEERPUNT))!);
    expect(sheets.map((s) => s.sheet)).toEqual(['Solidariteit', 'Plaatsingen', 'Plaatsingsadvies']);
    const ledger = sheets[0]!;
    expect(ledger.rows).toHaveLength(7 * 7);
    const header = ledger.columns.map((c) => c.header);
    const row = ledger.rows.find((r) => r[1] === 'keerpuntUnits' && r[6] === 'Gooise Meren')!;
    expect(row[header.indexOf('Nu')]).toBe(0);
    expect(row[header.indexOf('Gepland erbij')]).toBe(6);
    expect(row[header.indexOf('Na plaatsingen')]).toBe(6);
    expect(row[header.indexOf('Eerlijk deel na')]).toBeCloseTo(12 * (row[header.indexOf('Deel onder de sleutel')] as number), 9);
    for (const r of ledger.rows) for (const c of [7, 9, 10, 12, 14, 17, 18, 19, 20]) expect(typeof r[c] === 'number' || r[c] === null, `${String(r[0])} ${header[c]}`).toBe(true);
    expect(intro?.lines.map((l) => l[1]).join('\n')).toContain('rang 1 van 7');
  });

  it('no hyphen-minus in a number cell: differences with a real minus sign', () => {
    const section = solidarity.build(input(KEERPUNT))!;
    const all = [...tablesOf(memoOf(section)), ...workbookOf(section).sheets];
    let negatives = 0;
    for (const t of all) {
      t.rows.forEach((row, i) => {
        row.forEach((cell, j) => {
          if (typeof cell !== 'number') return;
          const shown = formatCell(cell, kindAt(t, i, j), 'nl-NL');
          expect(shown, `${t.title}: ${t.columns[j]?.header}`).not.toMatch(/-/);
          if (shown.startsWith('−')) negatives++;
        });
      });
    }
    expect(negatives).toBeGreaterThan(20);
  });

  it('English throughout, the units too', () => {
    const section = solidarity.build(input(KEERPUNT, 'en-GB'))!;
    const text = [...textOf(memoOf(section)), ...tablesOf(memoOf(section)).flatMap((t) => [t.title, t.source, ...t.columns.map((c) => c.header)])].join('\n');
    expect(text).toContain('All facilities together (361 places, units and homes, count 2025) are in three of the seven municipalities');
    expect(text).toContain('In Between Places (IBP) 22 homes, all in Hilversum');
    expect(text).toContain('The scenario chooses Gooise Meren: rank 1 of 7.');
    for (const dutch of ['woningen', 'plekken', 'Gemeente', 'Regio', 'Bron:', 'tabel', 'erbij']) expect(text, dutch).not.toMatch(new RegExp(`(^|[^\\p{L}])${dutch}($|[^\\p{L}])`, 'u'));
  });

  it('the assumptions table words the placements and the type weights, not raw JSON', () => {
    const section = assumptions.build(input({ solidarity: { ...KEERPUNT.solidarity, typeWeights: { keerpuntUnits: 3 } } }))!;
    const rows = tablesOf(section.blocks)[0]!.rows.map((r) => r.slice(1));
    expect(rows).toContainEqual(['Geplande plaatsingen', '1 (zie hoofdstuk Solidariteit)', 'geen']);
    expect(rows).toContainEqual([`Gewicht per eenheid bij optellen: ${texts('nl-NL').terms.facilityType.keerpuntUnits?.name ?? ''}`, '3', '1']);
    expect(rows.flat().join(' ')).not.toMatch(/[{[]/);
  });
});
