import { defineTexts } from '../define';

type ScenarioScreen = {
  /** The list of scenarios beside the editor. */
  list: {
    heading: string;
    newName: string;
    create: string;
    /** The name of a new scenario the analyst did not name. */
    untitled: string;
    copyOf: (name: string) => string;
    copy: string;
    copyTitle: string;
    /** The field that names a copy before it is made: its id is made from this name. */
    copyName: (of: string) => string;
    /** The name field's visible label (its accessible name, copyName, starts with it). */
    copyNameShort: string;
    makeCopy: string;
    cancel: string;
    rename: string;
    newNameOf: string;
    save: string;
    delete: string;
    builtin: string;
    deleted: (name: string) => string;
    undo: string;
  };
  builtinReadOnly: string;
  makeCopy: string;
  /** Earlier saved versions of the open scenario. */
  versions: { summary: (current: number) => string; version: (n: number) => string; restore: string; restored: (n: number) => string };
};

/** The Scenario's screen around the assumption editor: the list of scenarios and their versions. */
export const scenarioScreen = defineTexts<ScenarioScreen>(
  {
    list: {
      heading: 'Scenario’s',
      newName: 'Naam nieuw scenario',
      create: 'Nieuw',
      untitled: 'Nieuw scenario',
      copyOf: (name) => `Kopie van ${name}`,
      copy: 'Kopie',
      copyTitle: 'Kopie maken',
      copyName: (of) => `Naam van de kopie van ${of}`,
      copyNameShort: 'Naam van de kopie',
      makeCopy: 'Kopie maken',
      cancel: 'Annuleer',
      rename: 'Hernoem',
      newNameOf: 'Nieuwe naam',
      save: 'Bewaar',
      delete: 'Verwijder',
      builtin: 'ingebouwd',
      deleted: (name) => `Scenario "${name}" verwijderd.`,
      undo: 'Ongedaan maken',
    },
    builtinReadOnly: 'Ingebouwd scenario: alleen-lezen. Maak een kopie om aan te passen.',
    makeCopy: 'Kopie maken',
    versions: {
      summary: (current) => `Eerdere versies (nu versie ${current})`,
      version: (n) => `versie ${n}`,
      restore: 'Terugzetten',
      restored: (n) => `Versie ${n} teruggezet.`,
    },
  },
  {
    list: {
      heading: 'Scenarios',
      newName: 'New scenario name',
      create: 'New',
      untitled: 'New scenario',
      copyOf: (name) => `Copy of ${name}`,
      copy: 'Copy',
      copyTitle: 'Make a copy',
      copyName: (of) => `Name of the copy of ${of}`,
      copyNameShort: 'Name of the copy',
      makeCopy: 'Make the copy',
      cancel: 'Cancel',
      rename: 'Rename',
      newNameOf: 'New name',
      save: 'Save',
      delete: 'Delete',
      builtin: 'built-in',
      deleted: (name) => `Scenario "${name}" deleted.`,
      undo: 'Undo',
    },
    builtinReadOnly: 'Built-in scenario: read-only. Make a copy to change it.',
    makeCopy: 'Make a copy',
    versions: {
      summary: (current) => `Earlier versions (now version ${current})`,
      version: (n) => `version ${n}`,
      restore: 'Restore',
      restored: (n) => `Version ${n} restored.`,
    },
  },
);
