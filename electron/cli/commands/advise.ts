import { advise, findFacilityType } from '../../../shared/engine/advise';
import { computeLedger } from '../../../shared/engine/ledger';
import { formatNumber, formatSigned } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { Advice } from '../../../shared/result/advice';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { scenarioFromRef } from './scenarioRef';

export type AdviseOptions = { type?: string; units?: string; scenario?: string; json?: true };

/**
 * `advise --type T --units N [--scenario ID] [--json]`: the placement advisor (issue 10). Every
 * gemeente as the host of a new facility, ranked by the distance from fair shares that would
 * follow, with the measure and the numbers behind each rank. It advises; it decides nothing.
 */
export async function adviseCommand(ctx: CliContext, o: AdviseOptions): Promise<void> {
  if (!o.type) throw new CliError('Geef de soort voorziening: advise --type keerpunt --units 6.');
  const units = Number((o.units ?? '').trim());
  if (!Number.isInteger(units) || units < 1 || units > 10_000) throw new CliError(`--units: "${o.units ?? ''}" is geen heel aantal tussen 1 en 10.000.`);
  const scenarioOf = scenarioFromRef(ctx, o.scenario ?? 'basis');
  await withStore(ctx, async (store) => {
    const scenario = await scenarioOf(store);
    const ds = await store.dataset.dataset();
    const found = findFacilityType(computeLedger(ds, scenario.params).types, o.type ?? '');
    if (!found.ok) throw new CliError(`Onbekende soort voorziening "${o.type ?? ''}". Kies uit: ${found.candidates.join(', ')}.`);
    // Parsing is the contract check at the boundary, as for `run`.
    const advice = Advice.parse(advise(ds, scenario.params, found.type, units));
    ctx.io.out(o.json ? JSON.stringify(advice, null, 2) + '\n' : adviceText(advice, scenario.name));
  });
}

function adviceText(a: Advice, scenarioName: string): string {
  const w = texts('nl-NL').report.advice;
  const header = [w.rank, w.gemeente, w.measure, w.change, w.actualAfter, w.fairAfter, w.surplusAfterPer10k];
  const rows = a.options.map((o) => [String(o.rank), o.name, formatNumber(o.measure, 2, 'nl-NL', 2), formatSigned(o.change, 2, 'nl-NL', 2), formatNumber(o.actualAfter, 0), formatNumber(o.fairAfter, 1, 'nl-NL', 1), o.surplusAfterPer10k === null ? '–' : formatSigned(o.surplusAfterPer10k, 1, 'nl-NL', 1)]);
  return [w.heading(a.label, formatNumber(a.units, 0), a.unit, scenarioName), w.measureExplained(formatNumber(a.before, 2, 'nl-NL', 2)), '', textTable(header, rows, header.map((_, i) => i !== 1)), '', w.advisesOnly, ''].join('\n');
}
