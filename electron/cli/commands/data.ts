import { runChecks } from '../../../shared/checks';
import { findingText } from '../../../shared/checks/findingText';
import { gemeenteName, groupBy, periodKey } from '../../../shared/dataset/query';
import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import type { CliContext } from '../context';
import { withStore } from '../context';
import { findingJson } from './findingJson';

const FINDING_WORDS = texts('nl-NL').findings;
const WORDS = texts('nl-NL').dataScreen.cli;

/** `data [--json]`: every figure with its provenance, and the consistency findings. */
export async function dataCommand(ctx: CliContext, json: boolean): Promise<void> {
  await withStore(ctx, async (store) => {
    const [dataset, views] = await Promise.all([store.dataset.dataset(), store.dataset.figureViews()]);
    const findings = runChecks(dataset);
    if (json) {
      ctx.io.out(
        JSON.stringify(
          {
            gemeenten: dataset.gemeenten,
            series: dataset.series,
            relations: dataset.relations,
            figures: views,
            findings: findings.map(findingJson),
          },
          null,
          2,
        ) + '\n',
      );
      return;
    }
    const lines: string[] = [];
    for (const [datasetName, series] of groupBy(dataset.series, (s) => s.dataset)) {
      lines.push(`\n═══ ${datasetName} ═══`);
      for (const s of series) {
        const tables = groupBy(
          views.filter((v) => v.figure.series === s.id),
          (v) => `${periodKey(v.figure)}|${v.figure.peildatum ?? ''}|${v.figure.variant ?? ''}|${v.figure.source.document} · ${v.figure.source.place}`,
        );
        for (const rows of tables.values()) {
          const f = rows[0]?.figure;
          if (!f) continue;
          const when = f.peildatum ? WORDS.peildatum(f.peildatum) : periodKey(f);
          lines.push(`\n${s.label} (${s.unit}), ${when}${f.variant ? `, ${f.variant}` : ''}`);
          lines.push(`  ${WORDS.source(`${f.source.document} · ${f.source.place}`)}`);
          for (const v of rows) {
            const value = formatNumber(v.figure.value, 2) + (v.figure.valueHigh != null ? `–${formatNumber(v.figure.valueHigh, 2)}` : '');
            const edited = v.edit ? `  ${WORDS.edited(formatNumber(v.seedValue, 2))}` : '';
            lines.push(`  ${gemeenteName(dataset, v.figure.gemeente).padEnd(14)} ${value.padStart(10)}${edited}`);
          }
        }
      }
    }
    lines.push(`\n═══ ${FINDING_WORDS.heading(findings.length)} ═══`);
    for (const f of findings) {
      const { title, message } = findingText('nl-NL', f);
      lines.push(`\n[${FINDING_WORDS.severityTag[f.severity]}] ${title}\n  ${message}`);
      if (f.resolvedBy) lines.push(`  ${FINDING_WORDS.correction({ figureId: f.resolvedBy.figureId, value: f.resolvedBy.value, others: f.linked?.length ?? 0 })}`);
    }
    ctx.io.out(lines.join('\n').trimStart() + '\n');
  });
}
