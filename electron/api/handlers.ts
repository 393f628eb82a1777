import { runChecks } from '../../shared/checks';
import { APP_VERSION } from '../../shared/about';
import type { CallName, CallOutput, Contract } from '../../shared/api/contract';
import { runScenario } from '../../shared/engine/run';
import type { Store } from '../store/store';
import type { z } from 'zod';
import { exportDocument, ExportInputError, type ChartRenderer } from '../exports/exportService';
import type { ImportKind } from '../../shared/imports/types';
import { importTemplate } from '../../shared/imports/templates';
import { applyImport } from '../imports/applyImport';
import { InputError } from './inputError';
import { importRefusal, prepareImport, previewOf } from '../imports/prepareImport';

function importInput(input: { kind: ImportKind; fileName: string; base64: string; peildatum: string | null }) {
  return { kind: input.kind, fileName: input.fileName, data: Buffer.from(input.base64, 'base64'), peildatum: input.peildatum, date: new Date().toISOString() };
}



/** The window renders the charts itself and sends them along; every chart the document needs must be there. */
function providedCharts(charts: Record<string, { png: string; width: number; height: number }>): ChartRenderer {
  return (specs) => {
    const missing = specs.filter((s) => !(s.id in charts)).map((s) => s.id);
    if (missing.length > 0) return Promise.reject(new ExportInputError(`Deze grafieken ontbreken in het verzoek: ${missing.join(', ')}.`));
    return Promise.resolve(new Map(specs.map((s) => {
      const c = charts[s.id] ?? { png: '', width: 1, height: 1 };
      return [s.id, { png: Buffer.from(c.png, 'base64'), svg: '', width: c.width, height: c.height }];
    })));
  };
}

/** One implementation per call of the contract; inputs arrive parsed, outputs are checked by the dispatcher. */
export type Handlers = { [N in CallName]: (input: z.output<Contract[N]['input']>) => CallOutput<N> | Promise<CallOutput<N>> };

export function createHandlers(store: Store): Handlers {
  const bundle = async (): Promise<CallOutput<'dataset.get'>> => {
    const [dataset, figures] = await Promise.all([store.dataset.dataset(), store.dataset.figureViews()]);
    return { dataset, figures, findings: runChecks(dataset), gemeenten: dataset.gemeenten, series: dataset.series };
  };

  return {
    'dataset.get': () => bundle(),
    'dataset.editFigure': async ({ figureId, value, note }) => {
      await store.dataset.editFigure(figureId, value, note);
      return bundle();
    },
    'dataset.revertFigure': async ({ figureId }) => {
      await store.dataset.revertFigure(figureId);
      return bundle();
    },

    'scenarios.list': () => store.scenarios.list(),
    'scenarios.get': ({ id }) => store.scenarios.require(id),
    'scenarios.create': ({ name, description, params }) => store.scenarios.create({ name, params, ...(description === undefined ? {} : { description }) }),
    'scenarios.clone': async ({ id, name }) => {
      const from = await store.scenarios.require(id);
      return store.scenarios.create({ name, description: from.description, params: from.params });
    },
    'scenarios.save': ({ id, ...changes }) => store.scenarios.save(id, changes),
    'scenarios.delete': ({ id }) => store.scenarios.delete(id),
    'scenarios.undelete': ({ id }) => store.scenarios.undelete(id),
    'scenarios.versions': ({ id }) => store.scenarios.versions(id),
    'scenarios.restoreVersion': ({ id, version }) => store.scenarios.restoreVersion(id, version),

    'run.scenario': async ({ id }) => runScenario(await store.dataset.dataset(), await store.scenarios.require(id)),

    'projects.list': () => store.projects.list(),
    'projects.create': ({ project }) => store.projects.create(project),
    'projects.update': ({ id, project }) => store.projects.update(id, project),
    'projects.delete': ({ id }) => store.projects.delete(id),

    'history.list': async () => ({ changes: await store.history.list(), imports: await store.history.imports() }),
    'history.revertChange': ({ id }) => store.history.revertChange(id),
    'history.revertImport': async ({ id }) => ({ reverted: await store.history.revertImport(id) }),

    'app.about': async () => {
      const [figures, changes, imports] = await Promise.all([store.dataset.figureViews(), store.history.list(), store.history.imports()]);
      const dates = [...changes.map((c) => c.at), ...imports.map((i) => i.revertedAt ?? i.importedAt)].sort();
      return {
        appVersion: APP_VERSION,
        location: store.location,
        figures: figures.length,
        editedFigures: figures.filter((v) => v.edit !== null).length,
        imports: imports.filter((i) => i.revertedAt === null).length,
        lastChange: dates.at(-1) ?? null,
      };
    },
    'backups.list': () => store.backups.list(),
    'backups.restore': ({ id }) => store.backups.restore(id),

    'import.template': async ({ kind }) => {
      const ds = await store.dataset.dataset();
      return { fileName: `sjabloon-${kind}.csv`, csv: importTemplate(kind, { gemeenten: ds.gemeenten, figures: ds.figures }) };
    },
    'import.preview': async (input) => previewOf(await prepareImport(store, importInput(input))),
    'import.apply': async (input) => {
      const prepared = await prepareImport(store, importInput(input));
      if (!prepared.canApply || !prepared.plan) throw new InputError(importRefusal(prepared));
      const importId = await applyImport(store, prepared.plan, { kind: input.kind, fileName: input.fileName, peildatum: input.peildatum, rowCount: prepared.validRows });
      return { importId, changes: prepared.plan.changes.length };
    },

    'export.document': async ({ format, scenarioIds, charts, locale, reference }) => {
      const scenarios = await Promise.all(scenarioIds.map((id) => store.scenarios.require(id)));
      const edits = (await store.dataset.figureViews()).filter((v) => v.edit !== null);
      const file = await exportDocument({ dataset: await store.dataset.dataset(), scenarios, format, date: new Date().toISOString(), locale, reference: reference ?? null, edits }, providedCharts(charts));
      return { fileName: file.fileName, mime: file.mime, base64: file.data.toString('base64') };
    },
  };
}
