import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(csv.out.split('\r\n')[0]).toBe('\uFEFFvoorziening;jaar;code;gemeente;werkelijk;eerlijk_deel;verschil;inwoners;werkelijk_per_10000;eerlijk_deel_per_10000;verschil_per_10000;eerder_jaar;eerder_werkelijk');
  });
});
