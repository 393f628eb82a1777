import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runScenario } from '../../../shared/engine/run';
import { EngineDataError } from '../../../shared/engine/inputs';
import { formatNumber, formatPercent } from '../../../shared/format/nl';
import { toCsv } from '../../../shared/format/csv';
import { CSV_COLUMNS, OVERVIEW_COLUMNS, resultRows } from '../../../shared/result/table';
import { formatCell, headerOf, shownCell } from '../../../shared/table/column';
import { Result } from '../../../shared/result/schema';
import type { Scenario } from '../../../shared/scenario/schema';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { say } from '../../../shared/i18n/coded';
import { texts } from '../../../shared/i18n/catalogue';
import { readScenarioFile } from './scenarioFile';
import { toRunJson } from './runJson';
import { requireScenario } from './scenarios';

export type RunFormat = 'text' | 'json' | 'csv';

function looksLikeFile(ctx: CliContext, ref: string): boolean {
  return ref.toLowerCase().endsWith('.json') || existsSync(resolve(ctx.io.cwd, ref));
}

export async function runCommand(ctx: CliContext, ref: string | undefined, format: RunFormat): Promise<void> {
  if (!ref) throw new CliError('Geef een scenario: run --scenario ID|NAAM|BESTAND.json.');
  const fromFile = looksLikeFile(ctx, ref) ? readScenarioFile(resolve(ctx.io.cwd, ref)) : null;
  await withStore(ctx, async (store) => {
    const scenario: Scenario = fromFile
      ? { id: fromFile.scenario.id ?? 'bestand', name: fromFile.scenario.name, description: fromFile.scenario.description, params: fromFile.scenario.params }
      : await requireScenario(store, ref);
    let result: Result;
    try {
      // Parsing the result is the contract check at the boundary: nothing leaves unvalidated.
      result = Result.parse(runScenario(await store.dataset.dataset(), scenario));
    } catch (error) {
      if (error instanceof EngineDataError) throw new CliError(error.message, 1);
      throw error;
    }
    ctx.io.out(render(result, format));
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
  const n = (v: number | null | undefined, d = 0) => formatNumber(v ?? null, d);
  const header = OVERVIEW_COLUMNS.map((c) => headerOf(c, 'nl-NL', result, 'short'));
  const rows = resultRows(result).map((r) => OVERVIEW_COLUMNS.map((c) => formatCell(shownCell(c, r, 'nl-NL'), c.kind)));
  const region = result.region;
  const lines = [
    `Scenario: ${result.scenarioName} (${result.scenarioId})`,
    `Realisatie t/m ${result.baseYear}; programma ${result.programmeStart}–${result.programmeEnd}; horizon ${result.horizon}.`,
    '',
    textTable(header, rows, OVERVIEW_COLUMNS.map((c) => c.kind !== 'text')),
    '',
  ];
  if (region.programme) {
    lines.push(
      `Regio: prognose 2030 ${n(region.programme.projected2030)} van ${n(region.programme.target)} woningen ` +
        `(${formatPercent(region.programme.projected2030 / region.programme.target)}), tekort ${n(region.programme.gap2030)}.`,
    );
  }
  if (region.elderly) {
    const e = region.elderly;
    lines.push(
      `Ouderen 2030 (tekort): nultreden ${n(e.nultreden.gap)}, geclusterd ${n(e.geclusterd.gap)}, zorggeschikt ${n(e.zorggeschikt.gap)}; ` +
        `benodigd aandeel van het resterende programma ${formatPercent(e.requiredShare)}.`,
    );
  }
  lines.push(`Aandachtsgroepen: ${n(region.aandachtsgroepen.taskPerYear)} woningen per jaar in ${result.horizon}, ${n(region.aandachtsgroepen.taskCumulative)} cumulatief.`);
  lines.push('Bron: 004 Bijlage 2 (programma, realisatie, behoefte), 004 Bijlage 1 (aandachtsgroepen), 000 (inwoners 1-1-2024).');
  if (result.warnings.length > 0) {
    lines.push('', 'Let op:');
    for (const w of result.warnings) lines.push(`  • ${say(texts('nl-NL').warnings, w)}`);
  }
  return lines.join('\n') + '\n';
}
