import { explainContext, explainFigure, figurePaths, figureValue, REGION } from '../../../shared/explain/explain';
import { ExplainJson, ExplainListJson } from '../../../shared/explain/json';
import { describe, describeAsText, figureName } from '../../../shared/explain/render';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { localeOption, placeOption } from './options';
import { checkedResult, scenarioFromRef } from './scenarioRef';

export type ExplainOptions = { scenario?: string; gemeente?: string; figure?: string; json: boolean; lang?: string };

/**
 * `explain --scenario ID --gemeente CODE|NAAM|regio [--figure PAD] [--json] [--lang nl|en]`: how a figure of the
 * result is computed, with its numbers and sources. Without --figure: the figures there are.
 */
export async function explainCommand(ctx: CliContext, o: ExplainOptions): Promise<void> {
  if (!o.scenario) throw new CliError('Geef een scenario: explain --scenario ID --gemeente CODE|regio --figure PAD.');
  if (!o.gemeente) throw new CliError('Geef een gemeente (code of naam) of "regio": explain --scenario ID --gemeente GM0402 --figure programme.gap2030.');
  const locale = localeOption(o.lang);
  const scenarioRef = o.scenario;
  const gemeenteRef = o.gemeente;
  const scenarioOf = scenarioFromRef(ctx, scenarioRef);
  await withStore(ctx, async (store) => {
    const scenario = await scenarioOf(store);
    const ds = await store.dataset.dataset();
    const where = await placeOption(store, gemeenteRef);
    const result = checkedResult(ds, scenario);
    const c = explainContext(ds, scenario, result);
    const paths = figurePaths(result, where);
    const place = where === REGION ? REGION : (result.gemeenten.find((g) => g.code === where)?.name ?? where);
    if (!o.figure) {
      const figures = paths.map((path) => ({ path, name: figureName(path, locale), value: figureValue(result, where, path) ?? null }));
      if (o.json) ctx.io.out(JSON.stringify(ExplainListJson.parse({ scenarioId: scenario.id, where, place, figures }), null, 2) + '\n');
      else ctx.io.out(textTable(['cijfer', 'betekenis', 'waarde'], figures.map((f) => [f.path, f.name, f.value === null ? '–' : String(Number(f.value.toFixed(4)))]), [false, false, true]) + '\n');
      return;
    }
    const d = paths.includes(o.figure) ? explainFigure(c, where, o.figure) : null;
    if (!d) {
      const near = paths.filter((p) => p.startsWith(o.figure?.split('.')[0] ?? '')).slice(0, 8);
      throw new CliError(`Cijfer "${o.figure}" bestaat niet voor ${place}.${near.length > 0 ? ` Bijvoorbeeld: ${near.join(', ')}.` : ''} Zonder --figure staan ze allemaal op een rij.`);
    }
    const e = describe(d, c, locale);
    if (o.json) {
      const json = ExplainJson.parse({
        scenarioId: scenario.id,
        where: e.where,
        place: e.place,
        path: e.path,
        name: e.name,
        value: e.value,
        valueText: e.valueText,
        inWords: e.inWords,
        withNumbers: e.withNumbers,
        formula: d.formula,
        inputs: e.inputs,
        warnings: d.warnings.map((w, i) => ({ code: w.code, message: e.warnings[i] ?? '' })),
      });
      ctx.io.out(JSON.stringify(json, null, 2) + '\n');
    } else ctx.io.out(describeAsText(e, locale).join('\n') + '\n');
  });
}
