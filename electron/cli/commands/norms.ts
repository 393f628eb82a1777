import { computeNorms } from '../../../shared/engine/norms';
import { toCsv } from '../../../shared/format/csv';
import { say } from '../../../shared/i18n/coded';
import { texts } from '../../../shared/i18n/catalogue';
import { Norms } from '../../../shared/result/norms';
import { headerOf, shownCell } from '../../../shared/table/column';
import { normsCsvTable, normValueText, rowName, shareColumns } from '../../../shared/table/norms';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { checkedResult, scenarioFromRef } from './scenarioRef';

/**
 * `norms --scenario ID|NAAM|BESTAND.json [--json|--csv]`: the norms monitor (issue 10 part 5) per
 * norm and gemeente: the share in the programme, the scenario and realisation, with its mark.
 */
export async function normsCommand(ctx: CliContext, ref: string | undefined, format: 'text' | 'json' | 'csv'): Promise<void> {
  if (!ref) throw new CliError('Geef een scenario: norms --scenario ID|NAAM|BESTAND.json.');
  const scenarioOf = scenarioFromRef(ctx, ref);
  await withStore(ctx, async (store) => {
    const scenario = await scenarioOf(store);
    const ds = await store.dataset.dataset();
    // The monitor reads the scenario's result (new build per gemeente); both are checked at the boundary.
    const norms = Norms.parse(computeNorms(ds, scenario.params, checkedResult(ds, scenario)));
    if (format === 'json') ctx.io.out(JSON.stringify(norms, null, 2) + '\n');
    else if (format === 'csv') {
      const table = normsCsvTable(norms.norms);
      ctx.io.out(toCsv(table.header, table.rows));
    } else ctx.io.out(normsText(norms, scenario.name));
  });
}

const YEARS = { baseYear: 0, horizon: 0, programmeStart: 0, programmeEnd: 0 };

function normsText(norms: Norms, scenarioName: string): string {
  const locale = 'nl-NL';
  const t = texts(locale).tables;
  const lines = [`${t.norms.caption} — ${scenarioName}`, ''];
  for (const norm of norms.norms) {
    lines.push(`${norm.label} (${normValueText(norm, locale)}; ${t.norms.source(norm.source.document, norm.source.place)})`);
    const columns = shareColumns(norm, locale);
    const header = [t.norms.gemeente, ...columns.map((c) => headerOf(c, locale, YEARS, 'short'))];
    const rows = norm.rows.map((r) => [rowName(r, t), ...columns.map((c) => String(shownCell(c, r, locale)))]);
    lines.push(textTable(header, rows, header.map((_, i) => i > 0)), '');
  }
  lines.push(t.norms.legend);
  for (const w of norms.warnings) lines.push(`  • ${say(texts(locale).warnings, w)}`);
  return lines.join('\n') + '\n';
}
