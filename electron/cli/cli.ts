import { Command, CommanderError } from 'commander';
import { defaultDatabasePath } from '../store/paths';
import type { CliContext } from './context';
import { CliError, type CliIo } from './io';
import { USAGE } from './usage';

/** What a parsed command line does; returns the exit code. */
type Task = (io: CliIo, dbOption: string | undefined) => Promise<number>;

// Each command's code (and with it the store, exceljs, docx, pptxgenjs, playwright-core) loads
// only when that command runs: the bundled command line starts at once.
const scenarios = () => import('./commands/scenarios');

const done =
  (work: (ctx: CliContext) => Promise<void>): Task =>
  async (io, dbOption) => {
    const { contextFor } = await import('./context');
    await work(contextFor(io, dbOption, defaultDatabasePath(io.env)));
    return 0;
  };

const usage =
  (exitCode: 0 | 2): Task =>
  (io) => {
    io.out(USAGE);
    return Promise.resolve(exitCode);
  };

const refuse =
  (message: string): Task =>
  () =>
    Promise.reject(new CliError(message));

/** `scenario show ID` and the like: the ID is checked when the command runs, with a Dutch hint. */
function need(sub: string, what: string, value: string | undefined): string {
  if (value === undefined) throw new CliError(`Geef ${what}: scenario ${sub} ${what.toUpperCase()}. Zie --help.`);
  return value;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

type Json = { json?: true };
type Tabular = Json & { scenario?: string; csv?: true };

/** A command that prints text, --json or --csv (run, ledger): one of them, never two. */
const tabular = (o: Tabular, work: (ctx: CliContext, format: 'text' | 'json' | 'csv') => Promise<void>): Task =>
  o.json && o.csv ? refuse('Kies --json of --csv, niet allebei.') : done((ctx) => work(ctx, o.json ? 'json' : o.csv ? 'csv' : 'text'));

/**
 * The commands and their options. An action only chooses the task: `--help` anywhere wins, and
 * nothing runs when the parser refuses the line.
 */
function commandLine(choose: (task: Task) => void): Command {
  const root = new Command('woonzorgverkenner')
    // Commander must neither exit the process nor print English: its refusals are thrown and translated.
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined })
    .helpOption(false)
    .helpCommand(false)
    .showSuggestionAfterError(false)
    .option('--db <pad>')
    .option('--debug')
    .option('-h, --help')
    .argument('[opdracht]')
    .action((command: string | undefined) => {
      choose(command === undefined ? usage(2) : command === 'help' ? usage(0) : refuse(`Onbekende opdracht "${command}". Zie --help.`));
    });

  root
    .command('data')
    .option('--json')
    .action((o: Json) => {
      choose(done(async (ctx) => (await import('./commands/data')).dataCommand(ctx, o.json === true)));
    });

  root
    .command('scenarios')
    .option('--json')
    .action((o: Json) => {
      choose(done(async (ctx) => (await scenarios()).listScenarios(ctx, o.json === true)));
    });

  const scenario = root
    .command('scenario')
    .argument('[opdracht]')
    .action((sub: string | undefined) => {
      choose(refuse(`Onbekende scenario-opdracht "${sub ?? ''}". Kies create, update, show, export, import, delete of restore.`));
    });
  scenario
    .command('create')
    .option('--name <naam>')
    .option('--from <id>')
    .option('--description <tekst>')
    .option('--set <sleutel=waarde>', '', collect, [])
    .action((o: { name?: string; from?: string; description?: string; set: string[] }) => {
      choose(done(async (ctx) => (await scenarios()).createScenario(ctx, { name: o.name, from: o.from, description: o.description, set: o.set })));
    });
  scenario
    .command('update')
    .argument('[id]')
    .option('--name <naam>')
    .option('--set <sleutel=waarde>', '', collect, [])
    .action((id: string | undefined, o: { name?: string; set: string[] }) => {
      choose(done(async (ctx) => (await scenarios()).updateScenario(ctx, need('update', 'id', id), { name: o.name, set: o.set })));
    });
  scenario
    .command('show')
    .argument('[id]')
    .option('--json')
    .action((id: string | undefined, o: Json) => {
      choose(done(async (ctx) => (await scenarios()).showScenario(ctx, need('show', 'id', id), o.json === true)));
    });
  scenario
    .command('export')
    .argument('[id]')
    .option('--out <bestand>')
    .action((id: string | undefined, o: { out?: string }) => {
      choose(done(async (ctx) => (await scenarios()).exportScenario(ctx, need('export', 'id', id), o.out)));
    });
  scenario
    .command('import')
    .argument('[bestand]')
    .option('--name <naam>')
    .action((file: string | undefined, o: { name?: string }) => {
      choose(done(async (ctx) => (await scenarios()).importScenario(ctx, need('import', 'bestand', file), o.name)));
    });
  scenario
    .command('delete')
    .argument('[id]')
    .action((id: string | undefined) => {
      choose(done(async (ctx) => (await scenarios()).deleteScenario(ctx, need('delete', 'id', id))));
    });
  scenario
    .command('restore')
    .argument('[id]')
    .option('--version <n>')
    .action((id: string | undefined, o: { version?: string }) => {
      choose(done(async (ctx) => (await scenarios()).restoreScenario(ctx, need('restore', 'id', id), o.version)));
    });

  root
    .command('run')
    .argument('[scenario]')
    .option('--scenario <id>')
    .option('--json')
    .option('--csv')
    .action((id: string | undefined, o: Tabular) => {
      choose(tabular(o, async (ctx, format) => (await import('./commands/run')).runCommand(ctx, o.scenario ?? id, format)));
    });

  root
    .command('ledger')
    .argument('[scenario]')
    .option('--scenario <id>')
    .option('--json')
    .option('--csv')
    .action((id: string | undefined, o: Tabular) => {
      choose(tabular(o, async (ctx, format) => (await import('./commands/ledger')).ledgerCommand(ctx, o.scenario ?? id, format)));
    });

  root
    .command('norms')
    .argument('[scenario]')
    .option('--scenario <id>')
    .option('--json')
    .option('--csv')
    .action((id: string | undefined, o: Tabular) => {
      choose(tabular(o, async (ctx, format) => (await import('./commands/norms')).normsCommand(ctx, o.scenario ?? id, format)));
    });

  root
    .command('advise')
    .option('--type <soort>')
    .option('--units <aantal>')
    .option('--scenario <id>')
    .option('--json')
    .action((o: import('./commands/advise').AdviseOptions) => {
      choose(done(async (ctx) => (await import('./commands/advise')).adviseCommand(ctx, o)));
    });

  root
    .command('explain')
    .option('--scenario <id>')
    .option('--gemeente <code>')
    .option('--figure <pad>')
    .option('--json')
    .option('--lang <taal>')
    .action((o: Json & { scenario?: string; gemeente?: string; figure?: string; lang?: string }) => {
      choose(done(async (ctx) => (await import('./commands/explain')).explainCommand(ctx, { ...o, json: o.json === true })));
    });

  root
    .command('sensitivity')
    .option('--scenario <id>')
    .option('--gemeente <code>')
    .option('--figure <pad>')
    .option('--json')
    .option('--lang <taal>')
    .action((o: Json & { scenario?: string; gemeente?: string; figure?: string; lang?: string }) => {
      choose(done(async (ctx) => (await import('./commands/sensitivity')).sensitivityCommand(ctx, { ...o, json: o.json === true })));
    });

  root
    .command('goalseek')
    .option('--scenario <id>')
    .option('--gemeente <code>')
    .option('--json')
    .option('--lang <taal>')
    .action((o: Json & { scenario?: string; gemeente?: string; lang?: string }) => {
      choose(done(async (ctx) => (await import('./commands/goalseek')).goalSeekCommand(ctx, { ...o, json: o.json === true })));
    });

  root
    .command('export')
    .argument('[scenario]')
    .option('--scenario <id>')
    .option('--compare <id>', '', collect, [])
    .option('--format <formaat>')
    .option('--out <bestand>')
    .option('--chart <id>')
    .option('--reference <id>')
    .option('--lang <taal>')
    .action((id: string | undefined, o: { scenario?: string; compare: string[]; format?: string; out?: string; chart?: string; reference?: string; lang?: string }) => {
      choose(done(async (ctx) => (await import('./commands/export')).exportCommand(ctx, { ...o, scenario: o.scenario ?? id })));
    });

  root
    .command('import')
    .argument('[bestand]')
    .option('--kind <soort>')
    .option('--file <bestand>')
    .option('--template')
    .option('--dry-run')
    .option('--peildatum <datum>')
    .option('--json')
    .action((file: string | undefined, o: Json & { kind?: string; file?: string; template?: true; dryRun?: true; peildatum?: string }) => {
      const options = { kind: o.kind, file: o.file ?? file, template: o.template === true, dryRun: o.dryRun === true, peildatum: o.peildatum, json: o.json === true };
      choose(done(async (ctx) => (await import('./commands/imports')).importCommand(ctx, options)));
    });

  const history = root
    .command('history')
    .argument('[opdracht]')
    .option('--json')
    .action((sub: string | undefined, o: Json) => {
      choose(sub === undefined ? done(async (ctx) => (await import('./commands/history')).historyCommand(ctx, o.json === true)) : refuse(`Onbekende history-opdracht "${sub}". Kies revert N of revert-import N.`));
    });
  for (const [name, what] of [['revert', 'change'], ['revert-import', 'import']] as const) {
    history
      .command(name)
      .argument('[n]')
      .action((n: string | undefined) => {
        choose(done(async (ctx) => (await import('./commands/history')).historyRevert(ctx, what, n)));
      });
  }

  const backups = root
    .command('backups')
    .argument('[opdracht]')
    .option('--json')
    .action((sub: string | undefined, o: Json) => {
      choose(sub === undefined ? done(async (ctx) => (await import('./commands/backups')).backupsCommand(ctx, o.json === true)) : refuse(`Onbekende backups-opdracht "${sub}". Kies restore ID.`));
    });
  backups
    .command('restore')
    .argument('[id]')
    .action((id: string | undefined) => {
      choose(done(async (ctx) => (await import('./commands/backups')).backupsRestore(ctx, id)));
    });
  return root;
}

/** Commander's refusals in Dutch; its own (English) text never reaches the user. */
function parseRefusal(error: CommanderError, argv: readonly string[]): CliError {
  const flag = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return new CliError(`Onbekende optie ${flag}. Zie --help.`);
    case 'commander.optionMissingArgument':
      // `--name -h`: -h, --help, --db and --debug belong to the whole command line and are taken as such wherever they stand.
      return new CliError(
        argv[argv.indexOf(flag) + 1]?.startsWith('-') === true
          ? `Optie ${flag} heeft een waarde nodig. Begint de waarde met een streepje, schrijf dan ${flag}=-… (bijvoorbeeld ${flag}=${argv[argv.indexOf(flag) + 1] ?? ''}). Zie --help.`
          : `Optie ${flag} heeft een waarde nodig. Zie --help.`,
      );
    case 'commander.excessArguments':
      return new CliError('Te veel argumenten. Zie --help.');
    default:
      return new CliError('Onjuiste opdrachtregel. Zie --help.');
  }
}

/** Runs one command; returns the exit code. Never throws for user errors. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    let task: Task = usage(2);
    const root = commandLine((chosen) => (task = chosen));
    try {
      root.parse(argv, { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) throw parseRefusal(error, argv);
      throw error;
    }
    const { db, help } = root.opts<{ db?: string; help?: true }>();
    return await (help ? usage(0) : task)(io, db);
  } catch (error) {
    return await refusal(error, argv.includes('--debug'), io);
  }
}

/**
 * What the user reads when a command fails: one Dutch line that says what to do, and exit 1 (2
 * for wrong usage). A fault of the machine (read-only, disk full, busy…) is worded by the store's
 * mapping; anything else is an internal error whose details (the stack trace, the library's own
 * words) show only with --debug.
 */
async function refusal(error: unknown, debug: boolean, io: CliIo): Promise<number> {
  const details = (e: unknown) => {
    if (!debug) return;
    const cause = e instanceof Error ? e.cause : undefined;
    io.err(`\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    if (cause !== undefined) io.err(`Oorzaak: ${cause instanceof Error ? (cause.stack ?? cause.message) : JSON.stringify(cause)}\n`);
  };
  if (error instanceof CliError) {
    io.err(`Fout: ${error.message}\n`);
    details(error);
    return error.exitCode;
  }
  // Loaded only here: the catalogue and the store's mapping cost nothing to a command that succeeds.
  const { StoreError } = await import('../store/errors');
  const { storeFault } = await import('../store/sqliteFaults');
  const fault = error instanceof StoreError ? error : storeFault(error);
  if (fault) {
    io.err(`Fout: ${fault.message}\n`);
    details(fault);
    return 1;
  }
  const { texts } = await import('../../shared/i18n/catalogue');
  io.err(`Fout: ${texts('nl-NL').faults.unexpectedCli}\n`);
  details(error);
  return 1;
}
