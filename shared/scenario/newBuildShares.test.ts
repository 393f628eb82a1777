import { describe, expect, it } from 'vitest';
import { dutchIssues } from '../validation/dutchIssues';
import { ASSUMPTIONS } from './assumptions';
import { setParamAt } from './editParams';
import { sharesOver100Of, sharesOver100Text } from './newBuildShares';
import { applySetting } from './setParam';
import { defaultParams, Scenario, ScenarioFile, ScenarioParams, ScenarioParamsFields } from './schema';
import { StoredScenario } from './stored';

const byName = (text: string) => ({ hilversum: 'GM0402', laren: 'GM0417' })[text.toLowerCase()] ?? (/^GM\d{4}$/.test(text) ? text : null);

describe('new-build shares: together at most 100 % of new build', () => {
  it('refuses regional shares adding up to 140 %, at elderly.newBuildShare, with the parts in the message', () => {
    const parsed = ScenarioParams.safeParse({ elderly: { newBuildShare: { nultreden: 0.5, geclusterd: 0.6, zorggeschikt: 0.3 } } });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(['elderly', 'newBuildShare']);
    expect(dutchIssues(parsed.error!)).toEqual([
      'elderly.newBuildShare: De aandelen ouderengeschikte nieuwbouw tellen op tot 140 % (nultreden 50 % + geclusterd 60 % + zorggeschikt 30 %); samen kunnen ze hoogstens 100 % van de nieuwbouw zijn.',
    ]);
    // The facts travel with the issue, so the English window words it itself.
    const facts = issue && sharesOver100Of(issue);
    expect(facts && sharesOver100Text(facts, 'en-GB')).toBe(
      'The shares of suitable new build add up to 140% (zero-step 50% + clustered 60% + care-suitable 30%); together they can be at most 100% of new build.',
    );
  });

  it('accepts exactly 100 % (0,1 + 0,2 + 0,7 is not 100,000…1 %)', () => {
    expect(ScenarioParams.safeParse({ elderly: { newBuildShare: { nultreden: 0.1, geclusterd: 0.2, zorggeschikt: 0.7 } } }).success).toBe(true);
  });

  it('merges a gemeente’s own shares over the regional ones and refuses at that gemeente only', () => {
    const parsed = ScenarioParams.safeParse({
      elderly: { newBuildShare: { nultreden: 0.5, geclusterd: 0.4 }, newBuildShareByGemeente: { GM0402: { nultreden: 0.7 }, GM0417: { nultreden: 0.6 } } },
    });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['elderly', 'newBuildShareByGemeente', 'GM0402']]);
    expect(parsed.error?.issues[0]?.message).toBe(
      'In GM0402 tellen de aandelen ouderengeschikte nieuwbouw (de eigen waarden aangevuld met de algemene) op tot 110 % (nultreden 70 % + geclusterd 40 %); samen kunnen ze hoogstens 100 % van de nieuwbouw zijn.',
    );
    const facts = parsed.error?.issues[0] && sharesOver100Of(parsed.error.issues[0]);
    expect(facts && sharesOver100Text(facts, 'nl-NL', (c) => (c === 'GM0402' ? 'Hilversum' : c))).toMatch(/^In Hilversum tellen/);
  });

  it('counts nultreden on the historic share (null) as nothing, and says so when it refuses', () => {
    expect(ScenarioParams.safeParse({ elderly: { newBuildShare: { geclusterd: 0.6, zorggeschikt: 0.4 } } }).success).toBe(true);
    const parsed = ScenarioParams.safeParse({ elderly: { newBuildShare: { geclusterd: 0.6, zorggeschikt: 0.5 } } });
    expect(parsed.error?.issues[0]?.message).toContain('op tot 110 % (geclusterd 60 % + zorggeschikt 50 %)');
    expect(parsed.error?.issues[0]?.message).toContain('Nultreden op het historische aandeel telt hier niet mee');
  });

  it('keeps the schema walkable: shape, defaults, every assumption with its meta', () => {
    expect(Object.keys(ScenarioParams.shape)).toEqual(['horizon', 'dataOverrides', 'programme', 'elderly', 'aandachtsgroepen', 'pipeline', 'solidarity', 'uncertainty']);
    expect(defaultParams().elderly.newBuildShare).toEqual({ nultreden: null, geclusterd: 0, zorggeschikt: 0 });
    expect(ASSUMPTIONS.map((a) => a.key)).toEqual(expect.arrayContaining(['elderly.newBuildShare.nultreden', 'elderly.newBuildShare.geclusterd', 'elderly.newBuildShare.zorggeschikt']));
  });

  it('holds wherever a scenario enters: a scenario, a scenario file, the editor, --set', () => {
    const over = { elderly: { newBuildShare: { geclusterd: 0.8, zorggeschikt: 0.3 } } };
    expect(Scenario.safeParse({ id: 'x', name: 'x', params: over }).success).toBe(false);
    expect(ScenarioFile.safeParse({ format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { name: 'x', params: over } }).success).toBe(false);

    const params = setParamAt(defaultParams(), 'elderly.newBuildShare.geclusterd', 0.8);
    expect(params.ok).toBe(true);
    const edited = params.ok ? setParamAt(params.params, 'elderly.newBuildShare.zorggeschikt', 0.3) : null;
    expect(edited?.ok).toBe(false);
    expect(edited && !edited.ok && edited.issues.map(sharesOver100Of)[0]?.total).toBeCloseTo(1.1, 12);

    const set = applySetting({ elderly: { newBuildShare: { geclusterd: 0.8 } } }, 'elderly.newBuildShareByGemeente.Hilversum.zorggeschikt=30%', byName);
    expect(set).toEqual({ ok: false, message: expect.stringContaining('elderly.newBuildShareByGemeente.GM0402: In GM0402 tellen de aandelen') as unknown });
  });

  it('still reads a stored scenario saved before the rule, so it can be opened and fixed', () => {
    const stored = { id: 'oud', name: 'Oud', description: '', params: { elderly: { newBuildShare: { geclusterd: 0.8, zorggeschikt: 0.3 } } }, builtin: false, version: 1, createdAt: 'x', savedAt: 'x', deletedAt: null };
    expect(StoredScenario.safeParse(stored).success).toBe(true);
    expect(ScenarioParamsFields.safeParse(stored.params).success).toBe(true);
    expect(ScenarioParams.safeParse(stored.params).success).toBe(false);
  });
});
