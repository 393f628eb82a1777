import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { texts } from '../i18n/catalogue';
import { say } from '../i18n/coded';
import { ASSUMPTIONS, assumptionWords, optionLabel } from '../scenario/assumptions';
import { applySetting } from '../scenario/setParam';
import { defaultParams, needSourceOf, Scenario, ScenarioParams, type ScenarioParamsInput } from '../scenario/schema';
import { runScenario } from './run';

/**
 * The need source per housing type (elderly.needSourceByType): one type takes the text's regional
 * figure spread pro rata over the table, the others keep the table. Expected values by hand from
 * 004 Bijlage 2 (zorggeschikt: Hilversum 1 076, Gooise Meren 720, Wijdemeren 321, table 3 168; the
 * text 819) and 004 §5.2's regional figures (nultreden 2 305 vs the table's 2 200).
 */

const ds = readSeed().dataset;
const run = (params: ScenarioParamsInput) => runScenario(ds, Scenario.parse({ id: 't', name: 't', params }));
const elderlyOf = (r: ReturnType<typeof run>, code: string) => {
  const e = r.gemeenten.find((g) => g.code === code)?.elderly;
  if (!e) throw new Error(`${code} has no elderly block`);
  return e;
};
const HILVERSUM = 'GM0402';

describe('needSourceByType: the text for one type only', () => {
  const r = run({ elderly: { needSourceByType: { zorggeschikt: 'regioTekst' } } });

  it('Hilversum zorggeschikt = 1 076 / 3 168 × 819 = 278,2; nultreden and geclusterd keep the table (925, 505)', () => {
    const e = elderlyOf(r, HILVERSUM);
    expect(e.zorggeschikt.need).toBeCloseTo((1076 / 3168) * 819, 9);
    expect(e.zorggeschikt.need).toBeCloseTo(278.2, 1);
    expect(e.nultreden.need).toBe(925);
    expect(e.geclusterd.need).toBe(505);
  });

  it('the region: zorggeschikt 819, nultreden 2 200 and geclusterd 1 025 as the table adds up', () => {
    expect(r.region.elderly?.zorggeschikt.need).toBeCloseTo(819, 9);
    expect(r.region.elderly?.nultreden.need).toBeCloseTo(2200, 9);
    expect(r.region.elderly?.geclusterd.need).toBeCloseTo(1025, 9);
  });

  it('the warning names the source used per type', () => {
    const used = Object.fromEntries(r.warnings.flatMap((w) => (w.code === 'needSourcesDisagree' ? [[w.params.type as string, w.params.used as string] as const] : [])));
    expect(used).toEqual({ nultreden: 'gemeenteTabel', geclusterd: 'gemeenteTabel', zorggeschikt: 'regioTekst' });
    const zorg = r.warnings.find((w) => w.code === 'needSourcesDisagree' && w.params.type === 'zorggeschikt');
    expect(zorg && say(texts('nl-NL').warnings, zorg)).toContain('de tekst (naar rato verdeeld)');
    const nul = r.warnings.find((w) => w.code === 'needSourcesDisagree' && w.params.type === 'nultreden');
    expect(nul && say(texts('nl-NL').warnings, nul)).toContain('de gemeentetabel');
  });

  it('a type can keep the table while the general choice is the text: Hilversum nultreden 925, zorggeschikt 278,2', () => {
    const mixed = run({ elderly: { needSource: 'regioTekst', needSourceByType: { nultreden: 'gemeenteTabel' } } });
    const e = elderlyOf(mixed, HILVERSUM);
    expect(e.nultreden.need).toBe(925);
    expect(e.zorggeschikt.need).toBeCloseTo((1076 / 3168) * 819, 9);
    expect(e.geclusterd.need).toBeCloseTo((505 / 1025) * 1040, 9);
  });

  it('a per-gemeente override still wins over the source', () => {
    const own = run({ elderly: { needSourceByType: { zorggeschikt: 'regioTekst' }, needOverrides: { [HILVERSUM]: { zorggeschikt: 500 } } } });
    expect(elderlyOf(own, HILVERSUM).zorggeschikt.need).toBe(500);
  });

  it('by default every type follows the general choice, so the basis is unchanged', () => {
    const basis = run({});
    expect(defaultParams().elderly.needSourceByType).toEqual({ nultreden: 'algemeen', geclusterd: 'algemeen', zorggeschikt: 'algemeen' });
    expect(elderlyOf(basis, HILVERSUM).zorggeschikt.need).toBe(1076);
    expect(needSourceOf(defaultParams().elderly, 'zorggeschikt')).toBe('gemeenteTabel');
  });
});

describe('needSourceByType as an assumption', () => {
  it('is one assumption per type, a choice with "as the general choice", worded in both languages', () => {
    const a = ASSUMPTIONS.find((x) => x.key === 'elderly.needSourceByType.zorggeschikt');
    expect(a?.kind).toEqual({ type: 'enum', options: ['algemeen', 'gemeenteTabel', 'regioTekst'], labels: 'needSourceByType' });
    if (!a || a.kind.type !== 'enum') throw new Error('no assumption');
    expect(assumptionWords(a, 'nl-NL').label).toBe('Bron ouderenbehoefte: zorggeschikt');
    expect(assumptionWords(a, 'en-GB').label).toBe('Elderly need source: care-suitable');
    expect(optionLabel(a.kind, 'algemeen', 'nl-NL')).toBe('Zoals de algemene keuze');
    expect(optionLabel(a.kind, 'regioTekst', 'en-GB')).toBe('Regional figure of the text, pro rata');
  });

  it('--set elderly.needSourceByType.zorggeschikt=regioTekst sets that type only; a wrong choice is refused', () => {
    const set = applySetting({}, 'elderly.needSourceByType.zorggeschikt=regioTekst', () => null);
    expect(set.ok && set.params.elderly.needSourceByType).toEqual({ nultreden: 'algemeen', geclusterd: 'algemeen', zorggeschikt: 'regioTekst' });
    const wrong = applySetting({}, 'elderly.needSourceByType.zorggeschikt=tekst', () => null);
    expect(wrong.ok).toBe(false);
  });

  it('a stored scenario from before the field opens with every type on the general choice', () => {
    expect(ScenarioParams.parse({ elderly: { needSource: 'regioTekst' } }).elderly.needSourceByType.geclusterd).toBe('algemeen');
    expect(ScenarioParams.parse({ elderly: { needSourceByType: { zorggeschikt: 'regioTekst' } } }).elderly.needSourceByType.nultreden).toBe('algemeen');
  });
});
