import { formatNumber } from '../../../shared/format/nl';
import { ASSUMPTIONS, assumptionWords, optionLabel, readParam, type Assumption } from '../../../shared/scenario/assumptions';
import { defaultParams, ScenarioDescription, type ScenarioParamsInput } from '../../../shared/scenario/schema';
import { applySetting } from '../../../shared/scenario/setParam';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { writeFileAtomic } from '../../files/atomicWrite';
import { StoreError } from '../../store/errors';
import type { Store } from '../../store/store';
import { gemeenteResolver, withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { readScenarioFile, toScenarioFile } from './scenarioFile';

async function requireScenario(store: Store, idOrName: string): Promise<StoredScenario> {
  const s = await store.scenarios.find(idOrName);
  if (!s) {
    const known = (await store.scenarios.list()).map((x) => x.id).join(', ');
    throw new CliError(`Scenario "${idOrName}" bestaat niet. Bekende scenario's: ${known}.`);
  }
  return s;
}

export async function listScenarios(ctx: CliContext, json: boolean): Promise<void> {
  await withStore(ctx, async (store) => {
    const list = await store.scenarios.list();
    if (json) {
      ctx.io.out(JSON.stringify(list, null, 2) + '\n');
      return;
    }
    const rows = list.map((s) => [s.id, s.name, s.builtin ? 'ingebouwd' : '', String(s.version), s.savedAt.slice(0, 16).replace('T', ' ')]);
    ctx.io.out(textTable(['id', 'naam', 'soort', 'versie', 'opgeslagen (UTC)'], rows, [false, false, false, true, false]) + '\n');
  });
}

async function applySettings(store: Store, base: ScenarioParamsInput, settings: string[]): Promise<ScenarioParamsInput> {
  const resolve = await gemeenteResolver(store);
  // Read only when a figure is overridden: the dataset is what names the figures.
  const figureIds = settings.some((s) => s.trim().startsWith('dataOverrides.')) ? (await store.dataset.dataset()).figures.map((f) => f.id) : undefined;
  let params = base;
  const problems: string[] = [];
  for (const setting of settings) {
    const result = applySetting(params, setting, resolve, figureIds);
    if (result.ok) params = result.params;
    else problems.push(result.message);
  }
  if (problems.length > 0) throw new CliError(`Ongeldige instelling:\n  ${problems.join('\n  ')}\nEr is niets opgeslagen.`);
  return params;
}

export async function createScenario(
  ctx: CliContext,
  options: { name: string | undefined; from: string | undefined; description: string | undefined; set: string[] },
): Promise<void> {
  if (!options.name) throw new CliError('Geef een naam: scenario create --name "Naam".');
  const name = options.name;
  if (options.description !== undefined) {
    // The store takes a description as given; the text rule (shared/validation/safeText.ts) is the caller's.
    const description = ScenarioDescription.safeParse(options.description);
    if (!description.success) throw new CliError(`--description: ${description.error.issues[0]?.message ?? ''}`);
  }
  await withStore(ctx, async (store) => {
    const base = options.from ? await requireScenario(store, options.from) : null;
    const params = await applySettings(store, base?.params ?? defaultParams(), options.set);
    const created = await store.scenarios.create({ name, description: options.description ?? base?.description ?? '', params });
    ctx.io.out(`Scenario "${created.name}" aangemaakt met id ${created.id}.\n`);
  });
}

export async function updateScenario(ctx: CliContext, id: string, options: { name: string | undefined; set: string[] }): Promise<void> {
  await withStore(ctx, async (store) => {
    // The settings apply to the version read; when another writer saved in between, they are applied
    // again to that newer version (never written over it), a few times at most.
    for (let attempt = 1; ; attempt++) {
      const current = await requireScenario(store, id);
      const params = await applySettings(store, current.params, options.set);
      try {
        const saved = await store.scenarios.save(current.id, { params, baseVersion: current.version, ...(options.name ? { name: options.name } : {}) });
        // A save that changes nothing makes no version (the store returns the current one): say so.
        ctx.io.out(saved.version === current.version ? `Scenario "${saved.name}" ongewijzigd: versie ${saved.version} blijft de laatste.\n` : `Scenario "${saved.name}" opgeslagen als versie ${saved.version}.\n`);
        return;
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'staleVersion') || attempt >= 5) throw error;
      }
    }
  });
}

function describe(value: unknown, a: Assumption): string {
  if (value === null || value === undefined) return 'standaard (uit de data)';
  if (a.kind.type === 'placementList' && Array.isArray(value)) return value.length === 0 ? 'geen' : `${value.length} (zie ledger)`;
  if (Array.isArray(value)) return value.length === 0 ? 'geen' : value.join(', ');
  // A record by facility type (solidarity.typeWeights): the types that differ from 1.
  if (a.key === 'solidarity.typeWeights' && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, number>);
    return entries.length === 0 ? 'elke soort 1' : entries.map(([type, w]) => `${type} ${formatNumber(w, 3)}`).join(', ');
  }
  if (typeof value === 'number') {
    if (a.kind.type === 'year') return String(value);
    return a.unit === 'percent' ? `${formatNumber(value * 100, 1)} %` : formatNumber(value, 3);
  }
  if (typeof value === 'string') {
    return a.kind.type === 'enum' ? optionLabel(a.kind, value, 'nl-NL') : value;
  }
  return JSON.stringify(value);
}

export async function showScenario(ctx: CliContext, id: string, json: boolean): Promise<void> {
  await withStore(ctx, async (store) => {
    const s = await requireScenario(store, id);
    const versions = await store.scenarios.versions(s.id);
    if (json) {
      ctx.io.out(JSON.stringify({ ...s, versions }, null, 2) + '\n');
      return;
    }
    const defaults = defaultParams();
    const lines = [
      `${s.name} (id ${s.id}${s.builtin ? ', ingebouwd' : ''})`,
      `versie ${s.version} van ${versions.length}, opgeslagen ${s.savedAt}`,
      // Settings that no longer parse show their defaults; the scenario is read-only (store/sqlite/scenarioRepo.ts).
      ...(s.damaged !== undefined ? [`Let op: ${s.damaged}`] : []),
      ...(s.description ? [s.description] : []),
      '',
    ];
    const rows: string[][] = [];
    for (const a of ASSUMPTIONS) {
      if (a.perGemeente?.key !== a.key) {
        const value = readParam(s.params, a.key);
        const standard = readParam(defaults, a.key);
        const changed = JSON.stringify(value) !== JSON.stringify(standard);
        rows.push([`${changed ? '* ' : '  '}${assumptionWords(a, 'nl-NL').label}`, describe(value, a), describe(standard, a), a.key]);
      }
      if (a.perGemeente) {
        const record = readParam(s.params, a.perGemeente.key) as Record<string, unknown>;
        for (const [code, v] of Object.entries(record)) {
          rows.push([`* ${assumptionWords(a, 'nl-NL').perGemeente}: ${code}`, typeof v === 'object' ? JSON.stringify(v) : describe(v, a), '', `${a.perGemeente.key}.${code}`]);
        }
      }
    }
    lines.push(textTable(['aanname (* = afwijkend)', 'waarde', 'standaard', 'sleutel (--set)'], rows, [false, false, false, false]));
    ctx.io.out(lines.join('\n') + '\n');
  });
}

export async function exportScenario(ctx: CliContext, id: string, out: string | undefined): Promise<void> {
  if (!out) throw new CliError('Geef een doelbestand: scenario export ID --out BESTAND.json.');
  await withStore(ctx, async (store) => {
    const s = await requireScenario(store, id);
    writeFileAtomic(out, JSON.stringify(toScenarioFile(s), null, 2) + '\n');
    ctx.io.out(`Scenario "${s.name}" geëxporteerd naar ${out}.\n`);
  });
}

export async function importScenario(ctx: CliContext, file: string, name: string | undefined): Promise<void> {
  // Read and validate the file before the store is opened: a bad file never touches the database.
  const parsed = readScenarioFile(file);
  await withStore(ctx, async (store) => {
    const created = await store.scenarios.create({
      name: name ?? parsed.scenario.name,
      description: parsed.scenario.description,
      params: parsed.scenario.params,
    });
    ctx.io.out(`Scenario "${created.name}" geïmporteerd met id ${created.id}.\n`);
  });
}

export async function deleteScenario(ctx: CliContext, id: string): Promise<void> {
  await withStore(ctx, async (store) => {
    const s = await requireScenario(store, id);
    await store.scenarios.delete(s.id);
    ctx.io.out(`Scenario "${s.name}" verwijderd (terug te halen met: scenario restore ${s.id}).\n`);
  });
}

export async function restoreScenario(ctx: CliContext, id: string, version: string | undefined): Promise<void> {
  await withStore(ctx, async (store) => {
    if (version === undefined) {
      const s = await store.scenarios.undelete(id);
      ctx.io.out(`Scenario "${s.name}" teruggezet.\n`);
      return;
    }
    const n = Number(version);
    if (!Number.isInteger(n) || n < 1) throw new CliError(`--version moet een geheel getal vanaf 1 zijn, niet "${version}".`);
    const s = await store.scenarios.restoreVersion((await requireScenario(store, id)).id, n);
    ctx.io.out(`Versie ${n} van "${s.name}" teruggezet als versie ${s.version}.\n`);
  });
}

export { requireScenario };
