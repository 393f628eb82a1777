import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Norms } from '../../shared/result/norms';
import { cli } from '../support/cli';
import { useTempDir } from '../support/files';

const tempDir = useTempDir();

describe('cli norms', () => {
  it('per norm and gemeente the shares a hand calculation gives (Hilversum 2 112 / 3 200 = 66,0 % below 2/3; S+M app 166 / 365 a lower bound), as JSON, text and CSV', async () => {
    const db = join(tempDir(), 'norms.sqlite');
    const out = await cli(['norms', '--scenario', 'basis', '--json', '--db', db]);
    expect(out.code, out.err).toBe(0);
    const norms = Norms.parse(JSON.parse(out.out));
    expect(norms.norms.map((n) => n.id)).toEqual(['normBetaalbaar', 'normNultredenNieuwbouw', 'normSocialeHuur']);
    const hilversum = (id: string) => norms.norms.find((n) => n.id === id)?.rows.find((r) => r.code === 'GM0402');
    expect(hilversum('normBetaalbaar')?.programme).toMatchObject({ share: 2112 / 3200, verdict: 'below' });
    expect(hilversum('normNultredenNieuwbouw')?.realised).toMatchObject({ share: 166 / 365, bound: 'lowerBound', verdict: 'unknown' });

    const text = await cli(['norms', '--scenario', 'toegankelijk50', '--db', db]);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('Norm: aandeel nieuwbouw toegankelijk (0-treden) (norm ≥ 50 %; 004 · §5.1 Versnellers voor de opgave)');
    // Hilversum's zero-step row: no programme figure, the scenario's 50 % meets, realised at least 45,5 %.
    expect(text.out).toMatch(/Hilversum\s+–\s+50,0 % ✓\s+≥ 45,5 % \?/);

    const csv = await cli(['norms', '--scenario', 'basis', '--csv', '--db', db]);
    const [header, first] = csv.out.split('\r\n');
    expect(header?.startsWith('\uFEFFcode;gemeente;normBetaalbaar_programma_aandeel;normBetaalbaar_programma_soort;normBetaalbaar_programma_oordeel;')).toBe(true);
    expect(first?.startsWith('GM0376;Blaricum;0,66;exact;below;')).toBe(true);

    const both = await cli(['norms', '--scenario', 'basis', '--json', '--csv', '--db', db]);
    expect(both.code).toBe(2);
  });
});
