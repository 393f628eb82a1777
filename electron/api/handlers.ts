import { runChecks } from '../../shared/checks';
import type { CallName, CallOutput, Contract } from '../../shared/api/contract';
import { runScenario } from '../../shared/engine/run';
import { Scenario } from '../../shared/scenario/schema';
import type { Store } from '../store/store';
import type { z } from 'zod';
import { exportDocument, ExportInputError, type ChartRenderer } from '../exports/exportService';

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
  const bundle = (): CallOutput<'dataset.get'> => {
    const dataset = store.dataset.dataset();
    return { dataset, figures: store.dataset.figureViews(), findings: runChecks(dataset), gemeenten: dataset.gemeenten, series: dataset.series };
  };

  return {
    'dataset.get': () => bundle(),
    'dataset.editFigure': ({ figureId, value, note }) => {
      store.dataset.editFigure(figureId, value, note);
      return bundle();
    },
    'dataset.revertFigure': ({ figureId }) => {
      store.dataset.revertFigure(figureId);
      return bundle();
    },

    'scenarios.list': () => store.scenarios.list(),
    'scenarios.get': ({ id }) => store.scenarios.require(id),
    'scenarios.create': ({ name, description, params }) => store.scenarios.create({ name, params, ...(description === undefined ? {} : { description }) }),
    'scenarios.clone': ({ id, name }) => {
      const from = store.scenarios.require(id);
      return store.scenarios.create({ name, description: from.description, params: from.params });
    },
    'scenarios.save': ({ id, ...changes }) => store.scenarios.save(id, changes),
    'scenarios.delete': ({ id }) => store.scenarios.delete(id),
    'scenarios.undelete': ({ id }) => store.scenarios.undelete(id),
    'scenarios.versions': ({ id }) => store.scenarios.versions(id),
    'scenarios.restoreVersion': ({ id, version }) => store.scenarios.restoreVersion(id, version),

    'run.scenario': ({ id }) => runScenario(store.dataset.dataset(), store.scenarios.require(id)),
    'run.params': ({ name, params }) => runScenario(store.dataset.dataset(), Scenario.parse({ id: 'concept', name, params })),

    'export.document': async ({ format, scenarioIds, charts, locale }) => {
      const scenarios = scenarioIds.map((id) => store.scenarios.require(id));
      const file = await exportDocument({ dataset: store.dataset.dataset(), scenarios, format, date: new Date().toISOString(), locale }, providedCharts(charts));
      return { fileName: file.fileName, mime: file.mime, base64: file.data.toString('base64') };
    },
  };
}
