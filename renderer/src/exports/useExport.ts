import { useCallback, useState } from 'react';
import type { DocumentFormat } from '../../../shared/api/contract';
import { deckImageCharts } from '../../../shared/export/deckCharts';
import { buildReport, reportCharts } from '../../../shared/export/report';
import { unwrap } from '../api/client';
import { useApi, useBundle, useDraft, useLocale, useMessages, useNotify, useResultOf, useScenarios } from '../state/AppState';
import { base64ToBlob, saveBlob } from './download';
import { renderForDocument } from './renderCharts';
import { MEMO, SLIDE } from '../../../shared/charts/target';

export type ExportProgress = { step: string } | null;

/**
 * Memo, deck, workbook or CSV of stored scenarios. Pending edits are saved first; the charts are
 * rendered here (the same Plotly figures as on screen) and the Node side lays out the document.
 */
export function useExport(): { run: (format: DocumentFormat, scenarioIds: string[], reference?: string) => Promise<void>; progress: ExportProgress } {
  const api = useApi();
  const bundle = useBundle();
  const scenarios = useScenarios();
  const flush = useDraft((s) => s.flush);
  const notify = useNotify();
  const locale = useLocale();
  const resultOf = useResultOf();
  const t = useMessages().exporting;
  const [progress, setProgress] = useState<ExportProgress>(null);

  const run = useCallback(
    async (format: DocumentFormat, scenarioIds: string[], reference?: string) => {
      try {
        setProgress({ step: t.progress.saving });
        await flush();
        const chosen = scenarioIds.flatMap((id) => scenarios.filter((s) => s.id === id));
        let charts: Record<string, { png: string; width: number; height: number }> = {};
        if (format === 'docx' || format === 'pptx') {
          const report = buildReport({ scenarios: chosen, results: chosen.map((s) => resultOf(s)), dataset: bundle.dataset, findings: bundle.findings, date: new Date().toISOString(), locale, reference: reference ?? null });
          // The deck draws most charts natively and needs pictures of the others only.
          const specs = format === 'docx' ? reportCharts(report) : deckImageCharts(report);
          // Drawn for where they are printed: text of at least 9 pt in the memo, 12 pt on a slide.
          charts = await renderForDocument(specs, (done, total) => setProgress({ step: t.progress.chart(done, total) }), format === 'pptx' ? SLIDE : MEMO);
        }
        setProgress({ step: t.progress.building });
        const file = await unwrap(api['export.document']({ format, scenarioIds, charts, locale, ...(reference ? { reference } : {}) }));
        saveBlob(base64ToBlob(file.base64, file.mime), file.fileName);
        notify({ kind: 'info', text: t.ready(file.fileName) });
      } catch (e) {
        notify({ kind: 'error', text: `${t.failed}: ${e instanceof Error ? e.message : String(e)}` });
      } finally {
        setProgress(null);
      }
    },
    [api, bundle.dataset, scenarios, flush, notify, locale, resultOf, t],
  );
  return { run, progress };
}
