import type { Locale } from '../format/nl';
import { glossaryEntry, isGlossaryTermId, type GlossaryTermId } from '../help/help';
import { texts, type Catalogue } from '../i18n/catalogue';

type Words = Catalogue['workbookColumns'];
/** A column's own definition in the catalogue (workbookColumns.definitions). */
export type DefinitionId = keyof Words['definitions'];
type OwnUnit = keyof Words['ownUnits'];

/**
 * What a column holds, for the workbook's "Toelichting per kolom": its own definition, or a
 * glossary term whose definition says it (shared/help), optionally per 10.000 inhabitants or after
 * the scenario's placements. Set once where the column is defined, so every table that shows the
 * column explains it the same way.
 */
export type ColumnAbout =
  | DefinitionId
  | GlossaryTermId
  | { of: DefinitionId | GlossaryTermId; per10k?: true; after?: true }
  /** A compared figure in one scenario, or, with `reference`, that scenario's minus the reference's; `unit` where the kind's says too little. */
  | { of: DefinitionId | GlossaryTermId; scenario: string; reference?: string; unit?: OwnUnit };

/** The unit where the column's kind says too little (shared/table/column.ts ColumnKind). */
const OWN_UNIT: Partial<Record<DefinitionId | GlossaryTermId, OwnUnit>> = {
  facilities: 'facilities',
  earlierCount: 'facilities',
  placed: 'facilities',
  placementUnits: 'facilities',
  hostAfter: 'facilities',
  hostFair: 'facilities',
  eerlijkAandeel: 'facilities',
  fairDifference: 'facilitiesDifference',
  inhabitants: 'inhabitants',
  adviceRank: 'rank',
  adviceMeasure: 'measure',
  adviceChange: 'measure',
  factorNow: 'factor',
  factorNeeded: 'factor',
  typeWeight: 'weight',
};

const isDefinitionId = (key: string, locale: Locale): key is DefinitionId => Object.hasOwn(texts(locale).workbookColumns.definitions, key);

/** A key that says what a column holds, if it is one: a definition of the catalogue or a glossary term. */
export function isColumnAbout(key: string): key is DefinitionId | GlossaryTermId {
  return isDefinitionId(key, 'nl-NL') || isGlossaryTermId(key);
}

const definitionOf = (of: DefinitionId | GlossaryTermId, locale: Locale): string => (isDefinitionId(of, locale) ? texts(locale).workbookColumns.definitions[of] : glossaryEntry(locale, of).definition);

/** A definition as the second half of a sentence ("Na de geplande plaatsingen: het aantal …"), an acronym kept. */
const continued = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);

/** The column's definition in words and, where its kind's unit says too little, its own unit. */
export function describeColumn(about: ColumnAbout, locale: Locale): { definition: string; unit: string | null } {
  const w = texts(locale).workbookColumns;
  if (typeof about !== 'string' && 'scenario' in about) {
    const compared = continued(definitionOf(about.of, locale));
    return {
      definition: about.reference === undefined ? w.inScenario(compared, about.scenario) : w.againstReference(compared, about.scenario, about.reference),
      unit: about.unit ? w.ownUnits[about.unit] : null,
    };
  }
  const { of, per10k = false, after = false } = typeof about === 'string' ? { of: about } : about;
  const base = definitionOf(of, locale);
  let definition = per10k ? w.per10k(base) : base;
  if (after) definition = w.after(continued(definition));
  const own = per10k ? 'per10k' : OWN_UNIT[of];
  return { definition, unit: own ? w.ownUnits[own] : null };
}
