import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, PER_GEMEENTE, assumptionWords, readParam } from './assumptions';
import { defaultParams } from './schema';
import { uncertaintyEditor } from '../i18n/texts/uncertaintyEditor';

/** Every path in the default parameters that holds a value (not an object of further fields). */
function leafPaths(node: unknown, path: string[] = []): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || Object.keys(node).length === 0) return [path.join('.')];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leafPaths(v, [...path, k]));
}

describe('assumptions read from the scenario schema', () => {
  it('every parameter is an assumption or the per-gemeente record of one: none is left undescribed', () => {
    const described = new Set([...ASSUMPTIONS.map((a) => a.key), ...PER_GEMEENTE.keys()]);
    for (const path of leafPaths(defaultParams()).filter((p) => !p.startsWith('uncertainty.'))) expect(described, path).toContain(path);
  });

  it('the uncertainty block (MODEL §5.6) is no assumption of its own: its ranges and weights are keyed by assumptions, its seed and draws worded in the editor', () => {
    const block = leafPaths(defaultParams()).filter((p) => p.startsWith('uncertainty.'));
    expect(block).toEqual(['uncertainty.seed', 'uncertainty.draws', 'uncertainty.ranges', 'uncertainty.alternatives']);
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      expect(uncertaintyEditor[locale].section.seed).not.toBe('');
      expect(uncertaintyEditor[locale].section.draws).not.toBe('');
    }
    expect(ASSUMPTIONS.filter((a) => a.range).map((a) => a.key)).toContain('programme.paceMultiplier');
    expect(ASSUMPTIONS.filter((a) => a.alternatives).map((a) => a.key)).toContain('elderly.needSource');
  });

  it('gives each one a type, range and default from zod and words in both languages', () => {
    expect(ASSUMPTIONS.find((a) => a.key === 'programme.paceMultiplier')).toMatchObject({
      section: 'programma',
      method: '§5.1',
      kind: { type: 'number', min: 0, max: 5, step: 0.05 },
      perGemeente: { key: 'programme.paceMultiplierByGemeente', perType: false, kind: { type: 'number', min: 0, max: 5 } },
    });
    expect(ASSUMPTIONS.find((a) => a.key === 'elderly.needSource')?.perGemeente).toMatchObject({ key: 'elderly.needOverrides', perType: true, kind: { type: 'number', max: 1_000_000, step: 5 } });
    expect(ASSUMPTIONS.find((a) => a.key === 'elderly.newBuildShare.nultreden')?.kind).toEqual({ type: 'share', nullable: true });
    expect(ASSUMPTIONS.find((a) => a.key === 'aandachtsgroepen.excluded')?.kind).toEqual({ type: 'gemeenteList' });
    for (const a of ASSUMPTIONS) {
      expect(readParam(defaultParams(), a.key), a.key).not.toBeUndefined();
      const nl = assumptionWords(a, 'nl-NL');
      const en = assumptionWords(a, 'en-GB');
      expect(nl.label, a.key).not.toBe('');
      expect(nl.explanation, a.key).not.toBe(en.explanation);
      if (a.perGemeente) expect(nl.perGemeente, a.key).not.toBe('');
    }
  });

  it('words the completion probabilities with the status in each language', () => {
    const idee = ASSUMPTIONS.find((a) => a.key === 'pipeline.probability.idee');
    expect(idee && assumptionWords(idee, 'nl-NL').label).toBe('Kans op realisatie: idee');
    expect(idee && assumptionWords(idee, 'en-GB').label).toBe('Completion probability: idea');
  });
});
