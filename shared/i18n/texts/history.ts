import type { ChangeAction } from '../../history/schema';
import type { SUBJECTS } from '../../history/subject';
import type { CodedTexts } from '../coded';
import { defineTexts } from '../define';

type History = {
  subject: CodedTexts<typeof SUBJECTS>;
  action: Record<ChangeAction, string>;
  /** The source of a change typed in the app or on the command line (otherwise: the imported file's name). */
  analyst: string;
  heading: (count: number) => string;
  imports: string;
  importLine: (kind: string, rows: number, date: string, peildatum: string | null) => string;
  revertImport: string;
  importReverted: (fileName: string) => string;
  reverted: string;
  none: string;
  columns: { time: string; what: string; action: string; old: string; new: string; source: string };
  revert: string;
  changeReverted: (label: string) => string;
  /** What changed between two versions of a scenario (shared/history/scenarioDiff.ts). */
  diff: {
    change: (what: string, from: string, to: string) => string;
    renamed: (from: string, to: string) => string;
    description: string;
    override: (figure: string) => string;
    overrideAdded: (figure: string, value: string) => string;
    overrideRemoved: (figure: string, value: string) => string;
    placements: string;
    /** A setting not set (its default). */
    unset: string;
    otherSetting: string;
    yesNo: { yes: string; no: string };
    /** The version list: the first version, one without differences, and the restore step. */
    first: string;
    nothing: string;
    restoreHeading: (version: number) => string;
    restoreIntro: (version: number, count: number) => string;
    restoreConfirm: string;
    cancel: string;
  };
  /** The command line's `history`. */
  cli: {
    none: string;
    columns: readonly string[];
    revertedBy: (id: number) => string;
    importsHeading: string;
    importReverted: string;
    changeReverted: (id: number, label: string) => string;
    importRevertedCount: (id: number, changes: number) => string;
  };
};

const period = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** The change history: what a change is about, its action and source, and the history panel. */
export const history = defineTexts<History>(
  {
    subject: {
      figure: (p) => `${p.series} · ${p.gemeente ?? 'regio'} · ${period(p.from, p.to)}`,
      project: (p) => `Project ${p.name} (${p.year})`,
      projectIn: (p) => `Project ${p.name} · ${p.gemeente} · ${p.year}`,
    },
    action: { edit: 'gewijzigd', revert: 'teruggezet naar bron', import: 'ingelezen', add: 'toegevoegd', update: 'bijgewerkt', delete: 'verwijderd', undo: 'teruggedraaid' },
    analyst: 'analist',
    heading: (count) => `Wijzigingen in de gegevens (${count})`,
    imports: 'Imports',
    importLine: (kind, rows, date, peildatum) => `${kind}, ${rows} ${rows === 1 ? 'rij' : 'rijen'}, ${date}${peildatum ? `, peildatum ${peildatum}` : ''}`,
    revertImport: 'Hele import terugdraaien',
    importReverted: (fileName) => `Import ${fileName} teruggedraaid.`,
    reverted: 'teruggedraaid',
    none: 'Nog geen wijzigingen: alle cijfers staan zoals in de bronnen.',
    columns: { time: 'Tijd', what: 'Wat', action: 'Actie', old: 'Oud', new: 'Nieuw', source: 'Bron' },
    revert: 'Terugdraaien',
    changeReverted: (label) => `Wijziging teruggedraaid: ${label}.`,
    diff: {
      change: (what, from, to) => `${what}: ${from} → ${to}`,
      renamed: (from, to) => `Naam: ‘${from}’ → ‘${to}’`,
      description: 'Beschrijving gewijzigd',
      override: (figure) => `Eigen cijfer ${figure}`,
      overrideAdded: (figure, value) => `Eigen cijfer toegevoegd: ${figure} = ${value}`,
      overrideRemoved: (figure, value) => `Eigen cijfer weggehaald: ${figure} (was ${value})`,
      placements: 'Geplande plaatsingen (aantal)',
      unset: 'standaard',
      otherSetting: 'Een andere instelling',
      yesNo: { yes: 'ja', no: 'nee' },
      first: 'Eerste versie.',
      nothing: 'Geen verschil met de versie ervoor.',
      restoreHeading: (version) => `Versie ${version} terugzetten?`,
      restoreIntro: (version, count) =>
        count === 0
          ? `Versie ${version} is gelijk aan de huidige; terugzetten bewaart haar als nieuwste versie zonder iets te veranderen.`
          : `Terugzetten bewaart versie ${version} als nieuwste versie. Dit verandert ${count === 1 ? '1 ding' : `${count} dingen`} ten opzichte van nu:`,
      restoreConfirm: 'Terugzetten',
      cancel: 'Annuleer',
    },
    cli: {
      none: 'Nog geen wijzigingen in de gegevens: alles staat zoals in de bronnen.',
      columns: ['nr', 'tijd (UTC)', 'actie', 'wat', 'oud', 'nieuw', 'bron'],
      revertedBy: (id) => ` (teruggedraaid door ${id})`,
      importsHeading: 'Imports:',
      importReverted: ' — teruggedraaid',
      changeReverted: (id, label) => `Wijziging ${id} teruggedraaid (${label}).`,
      importRevertedCount: (id, changes) => `Import ${id} teruggedraaid: ${changes} wijziging(en).`,
    },
  },
  {
    subject: {
      figure: (p) => `${p.seriesEn} · ${p.gemeente ?? 'region'} · ${period(p.from, p.to)}`,
      project: (p) => `Project ${p.name} (completion ${p.year})`,
      projectIn: (p) => `Project ${p.name} · ${p.gemeente} · completion ${p.year}`,
    },
    action: { edit: 'edited', revert: 'reset to source', import: 'imported', add: 'added', update: 'updated', delete: 'deleted', undo: 'undone' },
    analyst: 'analyst',
    heading: (count) => `Changes to the data (${count})`,
    imports: 'Imported files',
    importLine: (kind, rows, date, peildatum) => `${kind}, ${rows} ${rows === 1 ? 'row' : 'rows'}, ${date}${peildatum ? `, reference date ${peildatum}` : ''}`,
    revertImport: 'Revert the whole import',
    importReverted: (fileName) => `Import ${fileName} reverted.`,
    reverted: 'reverted',
    none: 'No changes yet: every figure is as in the sources.',
    columns: { time: 'Time', what: 'What', action: 'Action', old: 'Old', new: 'New', source: 'Source' },
    revert: 'Revert',
    changeReverted: (label) => `Change reverted: ${label}.`,
    diff: {
      change: (what, from, to) => `${what}: ${from} → ${to}`,
      renamed: (from, to) => `Name: ‘${from}’ → ‘${to}’`,
      description: 'Description changed',
      override: (figure) => `Own figure ${figure}`,
      overrideAdded: (figure, value) => `Own figure added: ${figure} = ${value}`,
      overrideRemoved: (figure, value) => `Own figure removed: ${figure} (was ${value})`,
      placements: 'Planned placements (number)',
      unset: 'default',
      otherSetting: 'Another setting',
      yesNo: { yes: 'yes', no: 'no' },
      first: 'First version.',
      nothing: 'No difference from the version before.',
      restoreHeading: (version) => `Restore version ${version}?`,
      restoreIntro: (version, count) =>
        count === 0
          ? `Version ${version} is the same as the current one; restoring saves it as the newest version without changing anything.`
          : `Restoring saves version ${version} as the newest version. It changes ${count === 1 ? '1 thing' : `${count} things`} compared with now:`,
      restoreConfirm: 'Restore',
      cancel: 'Cancel',
    },
    cli: {
      none: 'No changes to the data yet: everything is as in the sources.',
      columns: ['no', 'time (UTC)', 'action', 'what', 'old', 'new', 'source'],
      revertedBy: (id) => ` (reverted by ${id})`,
      importsHeading: 'Imported files:',
      importReverted: ' — reverted',
      changeReverted: (id, label) => `Change ${id} reverted (${label}).`,
      importRevertedCount: (id, changes) => `Import ${id} reverted: ${changes} change(s).`,
    },
  },
);
