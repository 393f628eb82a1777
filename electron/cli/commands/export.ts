import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { MEMO, SLIDE } from '../../../shared/charts/target';
import { EngineDataError } from '../../../shared/engine/inputs';
import { writeFileAtomic } from '../../files/atomicWrite';
import { NoBrowserError } from '../../exports/browserPath';
import { renderChartImages } from '../../exports/chartImages';
import { exportDocument, ExportInputError } from '../../exports/exportService';
import type { ExportFormat } from '../../exports/types';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { localeOption } from './options';
import { requireScenario } from './scenarios';

const FORMATS: readonly ExportFormat[] = ['docx', 'pptx', 'xlsx', 'csv', 'png', 'svg'];

export type ExportOptions = { scenario?: string; compare: string[]; format?: string; out?: string; chart?: string; reference?: string; lang?: string };

/**
 * `export --scenario ID [--compare ID …] [--reference ID] --format docx|pptx|xlsx|csv|png|svg --out PAD [--chart ID] [--lang nl|en]`:
 * the same documents as the app, written atomically; progress on stderr. `--reference` names the
 * scenario the others are compared with (one of --scenario and --compare; default --scenario).
 */
export async function exportCommand(ctx: CliContext, options: ExportOptions): Promise<void> {
  if (!options.scenario) throw new CliError('Geef een scenario: export --scenario ID --format docx --out memo.docx.');
  const format = (options.format ?? (options.out ? extname(options.out).slice(1).toLowerCase() : '')) as ExportFormat;
  if (!FORMATS.includes(format)) throw new CliError(`Onbekend formaat "${options.format ?? ''}". Kies uit ${FORMATS.join(', ')}.`);
  if (!options.out) throw new CliError(`Geef een uitvoerbestand: --out bestand.${format}.`);
  const locale = localeOption(options.lang);
  const out = resolve(ctx.io.cwd, options.out);
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError(`De map ${folder} bestaat niet.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new CliError(`${out} is een map; geef een bestandsnaam.`);

  await withStore(ctx, async (store) => {
    const scenarios = await Promise.all([options.scenario ?? '', ...options.compare].map((ref) => requireScenario(store, ref)));
    const reference = options.reference === undefined ? null : await requireScenario(store, options.reference);
    if (reference && !scenarios.some((s) => s.id === reference.id)) {
      throw new CliError(`--reference ${options.reference ?? ''} is geen van de vergeleken scenario’s. Kies uit: ${scenarios.map((s) => s.id).join(', ')}.`);
    }
    if (reference && scenarios.length < 2) throw new CliError('--reference hoort bij een vergelijking: geef ook --compare ID.');
    const started = Date.now();
    let output;
    try {
      output = await exportDocument(
        {
          dataset: await store.dataset.dataset(),
          scenarios,
          format,
          date: new Date().toISOString(),
          locale,
          reference: reference?.id ?? null,
          edits: (await store.dataset.figureViews()).filter((v) => v.edit !== null),
          ...(options.chart ? { chartId: options.chart } : {}),
        },
        (specs) =>
          renderChartImages(specs, {
            locale,
            // The deck's images at slide size (12 pt text); the memo's and a single image at a page's text width.
            target: format === 'pptx' ? SLIDE : MEMO,
            onProgress: (done, total) => {
              ctx.io.err(`  grafiek ${done} van ${total}${done === total ? '\n' : '\r'}`);
            },
          }),
        (step) => {
          ctx.io.err(`Bezig: ${step}…\n`);
        },
      );
    } catch (error) {
      if (error instanceof NoBrowserError) throw new CliError(error.message, 1);
      if (error instanceof ExportInputError) throw new CliError(error.message, 2);
      if (error instanceof EngineDataError) throw new CliError(error.message, 1);
      throw error;
    }
    writeFileAtomic(out, output.data);
    ctx.io.err(`Geschreven: ${out} (${Math.round(output.data.length / 1024)} kB, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  });
}
