import { computeLedger } from '../../../shared/engine/ledger';
import { formatNumber, formatSigned } from '../../../shared/format/nl';
import { toCsv } from '../../../shared/format/csv';
import { say } from '../../../shared/i18n/coded';
import { texts } from '../../../shared/i18n/catalogue';
import { Ledger } from '../../../shared/result/ledger';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { scenarioFromRef } from './scenarioRef';

/**
 * `ledger --scenario ID|NAAM|BESTAND.json [--json|--csv]`: the solidarity ledger (MODEL §5.4) per
 * facility type and gemeente: actual, fair share under the scenario's key, surplus, per 10 000.
 */
export async function ledgerCommand(ctx: CliContext, ref: string | undefined, format: 'text' | 'json' | 'csv'): Promise<void> {
  if (!ref) throw new CliError('Geef een scenario: ledger --scenario ID|NAAM|BESTAND.json.');
  const scenarioOf = scenarioFromRef(ctx, ref);
  await withStore(ctx, async (store) => {
    const scenario = await scenarioOf(store);
    // Parsing is the contract check at the boundary, as for `run`.
    const ledger = Ledger.parse(computeLedger(await store.dataset.dataset(), scenario.params));
    ctx.io.out(format === 'json' ? JSON.stringify(ledger, null, 2) + '\n' : format === 'csv' ? ledgerCsv(ledger) : ledgerText(ledger, scenario.name));
  });
}

const n = (v: number | null, d = 0) => formatNumber(v, d);

function ledgerText(ledger: Ledger, scenarioName: string): string {
  const w = texts('nl-NL').report.ledger;
  const lines = [w.heading(scenarioName, texts('nl-NL').terms.fairShareKey[ledger.key]), ''];
  const planned = ledger.placements.some((p) => p.counted);
  for (const t of [...ledger.types, ...(ledger.combined ? [ledger.combined] : [])]) {
    lines.push(w.typeHeading(t.label, t.year, n(t.total), t.unit) + (planned && t.placed !== 0 ? w.afterPlacements(n(t.totalAfter)) : ''));
    const earlierYear = t.rows.find((r) => r.earlier)?.earlier?.year;
    const after = planned && t.placed !== 0;
    const header = [w.gemeente, w.actual, w.fair, w.surplus, w.actualPer10k, w.fairPer10k, ...(earlierYear ? [w.earlier(earlierYear)] : []), ...(after ? [w.placed, w.surplusAfter, w.surplusAfterPer10k] : [])];
    const rows = t.rows.map((r) => [
      r.name,
      n(r.actual),
      n(r.fair, 1),
      formatSigned(r.surplus, 1),
      n(r.actualPer10k, 1),
      n(r.fairPer10k, 1),
      ...(earlierYear ? [r.earlier ? n(r.earlier.actual) : '–'] : []),
      ...(after ? [formatSigned(r.placed, 0), formatSigned(r.surplusAfter, 1), r.surplusAfterPer10k === null ? '–' : formatSigned(r.surplusAfterPer10k, 1)] : []),
    ]);
    lines.push(textTable(header, rows, header.map((_, i) => i > 0)), '');
  }
  if (ledger.placements.length > 0) {
    lines.push(w.placementsHeading);
    for (const p of ledger.placements) lines.push(`  • ${p.name}${p.counted ? '' : ` (${w.notCounted[p.reason ?? 'inactive']})`}`);
    lines.push('');
  }
  for (const x of ledger.warnings) lines.push(`  • ${say(texts('nl-NL').warnings, x)}`);
  return lines.join('\n') + '\n';
}

/** The old columns first, in their old places; the columns after the placements follow them. All types together is the `alle` rows. */
function ledgerCsv(ledger: Ledger): string {
  const header = ['voorziening', 'jaar', 'code', 'gemeente', 'werkelijk', 'eerlijk_deel', 'verschil', 'inwoners', 'werkelijk_per_10000', 'eerlijk_deel_per_10000', 'verschil_per_10000', 'eerder_jaar', 'eerder_werkelijk', 'geplaatst', 'werkelijk_na', 'eerlijk_deel_na', 'verschil_na', 'verschil_na_per_10000', 'gewicht_soort'];
  const types = [...ledger.types, ...(ledger.combined ? [ledger.combined] : [])];
  const rows = types.flatMap((t) =>
    t.rows.map((r) => [t.series ?? t.type, t.year, r.code, r.name, r.actual, r.fair, r.surplus, r.inhabitants, r.actualPer10k, r.fairPer10k, r.surplusPer10k, r.earlier?.year ?? null, r.earlier?.actual ?? null, r.placed, r.actualAfter, r.fairAfter, r.surplusAfter, r.surplusAfterPer10k, t.typeWeight]),
  );
  return toCsv(header, rows);
}
