import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runChecks } from '../checks';
import { alternativesOf, dropEdit, inForce, takeEdit } from './alternatives';
import { setParamAt } from './editParams';
import { defaultParams, ScenarioParams } from './schema';

const findings = runChecks(readSeed().dataset);
const byId = (id: string) => {
  const f = findings.find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
};
const edit = (params: ScenarioParams, e: { path: string; value: unknown }) => {
  const r = setParamAt(params, e.path, e.value);
  if (!r.ok) throw new Error(r.message);
  return r.params;
};

describe('the other reading a finding offers', () => {
  it('Wijdemeren: the correction 330 as a data override, taken and dropped', () => {
    const [a] = alternativesOf(byId('ratio:laagMiddenIsAandeelVanTotaal:bouwprogramma.laagMidden:GM1696:2022-2030'));
    expect(a).toEqual({ kind: 'dataOverride', figureId: 'bouwprogramma.laagMidden:GM1696:2022-2030', value: 330, resolves: expect.arrayContaining(['total:bouwprogramma.laagMidden:regio:2022-2030']) as unknown });
    if (!a) throw new Error('no alternative');
    const taken = edit(defaultParams(), takeEdit(a));
    expect(taken.dataOverrides).toEqual({ 'bouwprogramma.laagMidden:GM1696:2022-2030': 330 });
    expect(inForce(a, taken)).toBe(true);
    expect(edit(taken, dropEdit(a, taken)).dataOverrides).toEqual({});
  });

  it('a text-vs-table need finding offers the text for its own type, not the correction of the text figure', () => {
    const alternatives = alternativesOf(byId('total:behoefteOuderen.zorggeschikt:regio:2024-2030:tekst'));
    expect(alternatives).toEqual([{ kind: 'needSource', type: 'zorggeschikt', text: 819, tableSum: 3168 }]);
  });

  it('dropping the text for one type goes back to the general choice, or to the table when the general choice is the text', () => {
    const [a] = alternativesOf(byId('total:behoefteOuderen.nultreden:regio:2024-2030:tekst'));
    if (!a) throw new Error('no alternative');
    const taken = edit(defaultParams(), takeEdit(a));
    expect(taken.elderly.needSourceByType.nultreden).toBe('regioTekst');
    expect(edit(taken, dropEdit(a, taken)).elderly.needSourceByType.nultreden).toBe('algemeen');
    const text = ScenarioParams.parse({ elderly: { needSource: 'regioTekst' } });
    expect(inForce(a, text)).toBe(true);
    const dropped = edit(text, dropEdit(a, text));
    expect(dropped.elderly.needSourceByType.nultreden).toBe('gemeenteTabel');
    expect(inForce(a, dropped)).toBe(false);
  });

  it('a finding without a correction offers nothing', () => {
    expect(alternativesOf(byId('claim:verpleeghuisVerdubbelt:regio'))).toEqual([]);
  });
});
