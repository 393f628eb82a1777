import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../store/paths';
import { dataCommand } from './commands/data';
import { runCommand, type RunFormat } from './commands/run';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/imports';
import { historyCommand, historyRevert } from './commands/history';
import {
  createScenario,
  deleteScenario,
  exportScenario,
  importScenario,
  listScenarios,
  restoreScenario,
  showScenario,
  updateScenario,
} from './commands/scenarios';
import { contextFor } from './context';
import { CliError, type CliIo } from './io';
import { USAGE } from './usage';

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string' },
  from: { type: 'string' },
  description: { type: 'string' },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
  scenario: { type: 'string' },
  version: { type: 'string' },
  compare: { type: 'string', multiple: true },
  format: { type: 'string' },
  chart: { type: 'string' },
  kind: { type: 'string' },
  file: { type: 'string' },
  template: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  peildatum: { type: 'string' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const text = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(text);
    if (unknown) throw new CliError(`Onbekende optie ${unknown[1] ?? ''}. Zie --help.`);
    const missing = /Option '([^']+)' argument missing/.exec(text) ?? /Option '(-\w, )?([^']+) <value>' argument missing/.exec(text);
    if (missing) throw new CliError(`Optie ${missing[missing.length - 1] ?? ''} heeft een waarde nodig. Zie --help.`);
    throw new CliError(`Onjuiste opties: ${text}. Zie --help.`);
  }
}

/** Runs one command; returns the exit code. Never throws for user errors. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    const [command, sub, arg] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    const ctx = contextFor(io, values.db, defaultDatabasePath(io.env));
    const json = values.json === true;
    const set = values.set ?? [];
    const need = (what: string): string => {
      if (arg === undefined) throw new CliError(`Geef ${what}: scenario ${sub ?? ''} ${what.toUpperCase()}. Zie --help.`);
      return arg;
    };
    switch (command) {
      case 'data':
        await dataCommand(ctx, json);
        return 0;
      case 'scenarios':
        await listScenarios(ctx, json);
        return 0;
      case 'run': {
        if (values.json && values.csv) throw new CliError('Kies --json of --csv, niet allebei.');
        const format: RunFormat = values.json ? 'json' : values.csv ? 'csv' : 'text';
        await runCommand(ctx, values.scenario ?? sub, format);
        return 0;
      }
      case 'export':
        await exportCommand(ctx, { scenario: values.scenario ?? sub, compare: values.compare ?? [], format: values.format, out: values.out, chart: values.chart });
        return 0;
      case 'import':
        await importCommand(ctx, { kind: values.kind, file: values.file ?? sub, template: values.template === true, dryRun: values['dry-run'] === true, peildatum: values.peildatum, json });
        return 0;
      case 'history':
        if (sub === 'revert' || sub === 'revert-import') await historyRevert(ctx, sub === 'revert' ? 'change' : 'import', arg);
        else if (sub === undefined) await historyCommand(ctx, json);
        else throw new CliError(`Onbekende history-opdracht "${sub}". Kies revert N of revert-import N.`);
        return 0;
      case 'scenario':
        switch (sub) {
          case 'create':
            await createScenario(ctx, { name: values.name, from: values.from, description: values.description, set });
            return 0;
          case 'update':
            await updateScenario(ctx, need('id'), { name: values.name, set });
            return 0;
          case 'show':
            await showScenario(ctx, need('id'), json);
            return 0;
          case 'export':
            await exportScenario(ctx, need('id'), values.out);
            return 0;
          case 'import':
            await importScenario(ctx, need('bestand'), values.name);
            return 0;
          case 'delete':
            await deleteScenario(ctx, need('id'));
            return 0;
          case 'restore':
            await restoreScenario(ctx, need('id'), values.version);
            return 0;
          default:
            throw new CliError(`Onbekende scenario-opdracht "${sub ?? ''}". Kies create, update, show, export, import, delete of restore.`);
        }
      default:
        throw new CliError(`Onbekende opdracht "${command}". Zie --help.`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`Fout: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`Onverwachte fout: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
