import type { SourceDocument } from './schema';

/**
 * The year each source document was written (its date, or for `002` and `003` the time of writing
 * the text itself gives). A table lists the gemeenten that were members when it was written: the
 * E33 table of `002` (early 2024) gives 2019–2021 for the seven members of 2024, not for Weesp,
 * which left in 2022. Figures entered by the analyst have no document date.
 */
export const DOCUMENT_YEAR: Record<SourceDocument, number | null> = {
  '000': 2025, // DOC-25009698, 20-02-2025
  '001': 2023, // DOC-23002667, 18-10-2023
  '002': 2024, // voortgang t/m 2023, geagendeerd 1-2-2024
  '003': 2020, // "Ten tijde van deze rapportage (januari 2020)"
  '004': 2025, // strategie na de Woontop van december 2024
  analist: null,
};
