import { toCsv } from '../../../shared/format/csv';
import { CSV_COLUMNS, OVERVIEW_COLUMNS, resultRows } from '../../../shared/result/table';
import { formatCell, headerOf, shownCell } from '../../../shared/table/column';
import { Result } from '../../../shared/result/schema';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { say } from '../../../shared/i18n/coded';
import { texts } from '../../../shared/i18n/catalogue';
import { elderlyFacts, programmeGapFacts, requiredShareFacts } from '../../../shared/export/shortfall';
import { toRunJson } from './runJson';
import { simulate } from '../../../shared/uncertainty/simulate';
import { checkedResult, scenarioFromRef } from './scenarioRef';

export type RunFormat = 'text' | 'json' | 'csv';

export async function runCommand(ctx: CliContext, ref: string | undefined, format: RunFormat): Promise<void> {
  if (!ref) throw new CliError('Geef een scenario: run --scenario ID|NAAM|BESTAND.json.');
  const scenarioOf = scenarioFromRef(ctx, ref);
  await withStore(ctx, async (store) => {
    const ds = await store.dataset.dataset();
    const scenario = await scenarioOf(store);
    const result = checkedResult(ds, scenario);
    // MODEL §5.6: the bands, when the scenario has ranges (only the JSON carries them all).
    const uncertainty = format === 'json' ? simulate(ds, scenario, result) : null;
    ctx.io.out(render(uncertainty ? { ...result, uncertainty } : result, format));
  });
}

function render(result: Result, format: RunFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toRunJson(result), null, 2) + '\n';
    case 'csv':
      return toCsv(
        CSV_COLUMNS.map((c) => c.csv),
        resultRows(result).map((row) => CSV_COLUMNS.map((c) => c.value(row))),
      );
    case 'text':
      return renderText(result);
  }
}

function renderText(result: Result): string {
  const w = texts('nl-NL').report.run;
  const header = OVERVIEW_COLUMNS.map((c) => headerOf(c, 'nl-NL', result, 'short'));
  const rows = resultRows(result).map((r) => OVERVIEW_COLUMNS.map((c) => formatCell(shownCell(c, r, 'nl-NL'), c.kind)));
  const region = result.region;
  const lines = [
    w.scenario(result.scenarioName, result.scenarioId),
    w.period(result.baseYear, result.programmeStart, result.programmeEnd, result.horizon),
    '',
    textTable(header, rows, OVERVIEW_COLUMNS.map((c) => c.kind !== 'text')),
    '',
  ];
  // Shortfalls are the sums of the gemeenten's own, surpluses named apart (issue 9): never a
  // negative "tekort", and the net only called net.
  const gap = programmeGapFacts(result);
  if (region.programme && gap) {
    lines.push(w.programme({ ...gap, projected: region.programme.projected2030, target: region.programme.target, behind: gap.behind.map((g) => g.name) }));
  }
  const elderly = elderlyFacts(result);
  const share = requiredShareFacts(result);
  if (elderly && share) lines.push(w.elderly(elderly), w.requiredShare(share));
  lines.push(w.aandachtsgroepen(region.aandachtsgroepen.taskPerYear, result.horizon, region.aandachtsgroepen.taskCumulative));
  lines.push(w.sources);
  if (result.warnings.length > 0) {
    lines.push('', w.warnings);
    for (const warning of result.warnings) lines.push(`  • ${say(texts('nl-NL').warnings, warning)}`);
  }
  return lines.join('\n') + '\n';
}
