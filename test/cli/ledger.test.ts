import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Advice } from '../../shared/result/advice';
import { Ledger } from '../../shared/result/ledger';
import { cli } from '../support/cli';
import { useTempDir } from '../support/files';

const tempDir = useTempDir();

describe('cli ledger', () => {
  it('per facility type and gemeente, the figures a hand calculation gives (Keerpunt: Hilversum 6 of 6, fair share 2,23)', async () => {
    const db = join(tempDir(), 'ledger.sqlite');
    const out = await cli(['ledger', '--scenario', 'basis', '--json', '--db', db]);
    expect(out.code, out.err).toBe(0);
    const ledger = Ledger.parse(JSON.parse(out.out));
    const hilversum = ledger.types.find((t) => t.series === 'voorzieningen.keerpuntUnits')?.rows.find((r) => r.code === 'GM0402');
    expect(hilversum?.actual).toBe(6);
    expect(hilversum?.fair).toBeCloseTo((6 * 94435) / 254538, 12);
    const text = await cli(['ledger', '--scenario', 'basis', '--db', db]);
    expect(text.out).toContain('Keerpunt (Skaeve Huse): units (2025): regio 6 units');
    const csv = await cli(['ledger', '--scenario', 'basis', '--csv', '--db', db]);
    // The old columns keep their places; what the placements change follows them.
    expect(csv.out.split('\r\n')[0]).toBe(
      '\uFEFFvoorziening;jaar;code;gemeente;werkelijk;eerlijk_deel;verschil;inwoners;werkelijk_per_10000;eerlijk_deel_per_10000;verschil_per_10000;eerder_jaar;eerder_werkelijk;geplaatst;werkelijk_na;eerlijk_deel_na;verschil_na;verschil_na_per_10000;gewicht_soort',
    );
  });

  it('a scenario that adds a Keerpunt of 6 units in Gooise Meren changes the ledger accordingly', async () => {
    const dir = tempDir();
    const file = join(dir, 'keerpunt.json');
    const placement = { id: 'kp2', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027, status: 'besloten', label: 'Tweede Keerpunt' };
    writeFileSync(file, JSON.stringify({ format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { name: 'Tweede Keerpunt', params: { solidarity: { placements: [placement] } } } }));
    const out = await cli(['ledger', '--scenario', file, '--json', '--db', join(dir, 'l.sqlite')]);
    expect(out.code, out.err).toBe(0);
    const keerpunt = Ledger.parse(JSON.parse(out.out)).types.find((t) => t.type === 'keerpuntUnits')!;
    expect(keerpunt.totalAfter).toBe(12);
    const gm = keerpunt.rows.find((r) => r.code === 'GM1942')!;
    expect([gm.actual, gm.placed, gm.actualAfter]).toEqual([0, 6, 6]);
    expect(gm.surplusAfter).toBeCloseTo(6 - (12 * 60370) / 254538, 12);
    const text = await cli(['ledger', '--scenario', file, '--db', join(dir, 'l.sqlite')]);
    expect(text.out).toContain('Keerpunt (Skaeve Huse): units (2025): regio 6 units; na de geplande plaatsingen 12');
    expect(text.out).toContain('• Tweede Keerpunt');
  });

  it('advise ranks all seven gemeenten for a Keerpunt of 6 units, with the measure shown', async () => {
    const db = join(tempDir(), 'advise.sqlite');
    const text = await cli(['advise', '--type', 'keerpunt', '--units', '6', '--db', db]);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('Maat: de som over de gemeenten van het verschil met het eerlijke deel per 10.000 inwoners');
    const json = await cli(['advise', '--type', 'keerpunt', '--units', '6', '--scenario', 'basis', '--json', '--db', db]);
    const advice = Advice.parse(JSON.parse(json.out));
    expect(advice.options.map((o) => o.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(advice.options[0]?.name).toBe('Gooise Meren');
    for (const name of ['Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren']) expect(text.out).toContain(name);
  });

  it('advise refuses an unknown type, an ambiguous one and a bad number of units in Dutch, exit 2', async () => {
    const db = join(tempDir(), 'advise.sqlite');
    const ambiguous = await cli(['advise', '--type', 'mo', '--units', '6', '--db', db]);
    expect([ambiguous.code, ambiguous.err.trim()]).toEqual([2, 'Fout: Onbekende soort voorziening "mo". Kies uit: moPlekken, moUnits.']);
    const units = await cli(['advise', '--type', 'keerpunt', '--units', '2,5', '--db', db]);
    expect([units.code, units.err.trim()]).toEqual([2, 'Fout: --units: "2,5" is geen heel aantal tussen 1 en 10.000.']);
  });

  it('a scenario whose placement names an unknown facility type or gemeente is refused in Dutch and nothing is stored', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const file = (name: string, placement: object) => {
      const path = join(dir, `${name}.json`);
      const p = { id: 'p1', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027, label: 'Nieuw', ...placement };
      writeFileSync(path, JSON.stringify({ format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { name, params: { solidarity: { placements: [p] } } } }));
      return path;
    };
    const type = await cli(['scenario', 'import', file('Zwembad', { type: 'zwembad' }), '--db', db]);
    expect(type.code).not.toBe(0);
    expect(type.err).toContain('Plaatsing 1 ("Nieuw"): de soort voorziening "zwembad" staat niet in de data; kies uit bwPlekken,');
    const gemeente = await cli(['scenario', 'import', file('Weesp', { gemeente: 'GM0457' }), '--db', db]);
    expect(gemeente.err).toContain('GM0457 is geen gemeente van de regio');
    const units = await cli(['scenario', 'import', file('Half', { units: 2.5 }), '--db', db]);
    expect(units.err).toContain('scenario.params.solidarity.placements.0.units: verwacht een geheel getal.');
    const list = await cli(['scenarios', '--json', '--db', db]);
    expect(list.out).not.toMatch(/Zwembad|Weesp|Half/);
    expect((await cli(['scenario', 'import', file('Goed', {}), '--db', db])).code).toBe(0);
  });
});
