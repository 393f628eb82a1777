import { inputLabel, inputValueText } from '../../../shared/charts/tornadoChart';
import { figureValue, REGION } from '../../../shared/explain/explain';
import { figureName } from '../../../shared/explain/render';
import { formatNumber, type Locale } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { Tornado } from '../../../shared/result/uncertainty';
import { HEADLINE_FIGURES, tornado } from '../../../shared/uncertainty/tornado';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { localeOption, placeName, placeOption } from './options';
import { checkedResult, scenarioFromRef } from './scenarioRef';

export type SensitivityOptions = { scenario?: string; gemeente?: string; figure?: string; json: boolean; lang?: string };

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * `sensitivity --scenario ID --figure PAD [--gemeente CODE|NAAM|regio] [--json] [--lang nl|en]`:
 * the tornado of one headline figure (MODEL.md §5.6): each range or open choice of the scenario on
 * its own from low to high, the others at their likely value, ranked by the swing. Without
 * --gemeente the region. A scenario without ranges is no error: it is said (exit 0), and --json
 * gives the tornado without bars.
 */
export async function sensitivityCommand(ctx: CliContext, o: SensitivityOptions): Promise<void> {
  if (!o.scenario) throw new CliError('Geef een scenario: sensitivity --scenario ID --figure programme.shortfall2030 [--gemeente CODE|regio].');
  const allowed: readonly string[] = HEADLINE_FIGURES;
  if (!o.figure) throw new CliError(`Geef een cijfer: --figure PAD, een van: ${allowed.join(', ')}.`);
  const path = o.figure.trim();
  if (!allowed.includes(path)) throw new CliError(`Cijfer "${path}" kent geen gevoeligheid. Kies een van: ${allowed.join(', ')}.`);
  const locale = localeOption(o.lang);
  const scenarioOf = scenarioFromRef(ctx, o.scenario);
  const placeRef = o.gemeente ?? REGION;
  await withStore(ctx, async (store) => {
    const scenario = await scenarioOf(store);
    const ds = await store.dataset.dataset();
    const where = await placeOption(store, placeRef);
    const result = checkedResult(ds, scenario);
    const place = placeName(result, where, locale);
    if (typeof figureValue(result, where, path) !== 'number') throw new CliError(`Cijfer "${path}" heeft geen waarde voor ${place} in dit scenario. Kies een ander cijfer of een andere plaats.`);
    // Parsing is the contract check at the boundary, as for `run`.
    const t = Tornado.parse(tornado(ds, scenario, { where, path }));
    if (o.json) ctx.io.out(JSON.stringify(t, null, 2) + '\n');
    else ctx.io.out(tornadoText(t, place, scenario.id, scenario.name, locale));
  });
}

function tornadoText(t: Tornado, place: string, scenarioId: string, scenarioName: string, locale: Locale): string {
  const all = texts(locale);
  const w = all.uncertaintyPanels.tornado;
  const c = all.uncertaintyPanels.cli;
  const n = (v: number) => formatNumber(v, 0, locale);
  const lines = [c.about(w.title(capitalised(figureName(t.figure.path, locale)), place), scenarioName), c.scenarioValue(n(t.likely)), ''];
  if (t.bars.length === 0) return [...lines, w.none, c.noneHint(scenarioId), ''].join('\n');
  const header = [all.uncertaintyReport.headers.assumption, w.low, c.atLow, w.high, c.atHigh, all.uncertaintyReport.headers.swing];
  const rows = t.bars.map((b) => [inputLabel(b.key, locale), inputValueText(b.key, b.lowInput, locale), n(b.atLow), inputValueText(b.key, b.highInput, locale), n(b.atHigh), n(b.swing)]);
  lines.push(textTable(header, rows, [false, true, true, true, true, true]), '');
  if (t.bars.every((b) => Math.round(b.swing) === 0)) lines.push(w.noSwing);
  lines.push(w.note, '');
  return lines.join('\n');
}
