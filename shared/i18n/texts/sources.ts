import { defineTexts } from '../define';

/**
 * The source documents of the seed data (seeds/, `source.document`). Their titles are the Dutch
 * names of Dutch documents and stay as written in any language (the screens mark them lang="nl");
 * what each one is, is said per language below.
 */
export const SOURCE_DOCUMENTS = {
  '000': "'Praatstuk' Onderlinge solidariteit B&O 2026–2033 (20-02-2025)",
  '001': "Memo 'Gezamenlijke opgaven' (18-10-2023)",
  '002': 'Voortgangsrapportage B&O 2022–2025, t/m 2023',
  '003': 'Onderzoek ambulantisering MO/BW (meting 2019)',
  '004': 'Regionale strategie woonzorgopgave (2025), Bijlage 1 en 2',
} as const;
export type SourceDocumentId = keyof typeof SOURCE_DOCUMENTS;

type Sources = { about: Record<SourceDocumentId, string>; analyst: string };

export const sources = defineTexts<Sources>(
  {
    about: {
      '000': 'Praatstuk over onderlinge solidariteit bij Bescherming en Opvang: voorzieningen per gemeente en inwoners (CBS, 1-1-2024).',
      '001': 'Memo over de gezamenlijke opgaven van de gemeenten: waarom een tweede Keerpunt en IBP+ er nog niet kwamen.',
      '002': 'Voortgang van het beleidsplan Bescherming en Opvang: wachtlijst beschermd wonen, meldingen van verward gedrag.',
      '003': 'Onderzoek naar ambulantisering van opvang en beschermd wonen: plekken per gemeente en cijfers over de woningmarkt (2019).',
      '004': 'De kern van het model: bouwprogramma Woondeal 2022–2030, realisatie 2022–2023 en behoefte aan woningen voor ouderen per gemeente.',
    },
    analyst: 'Invoer analist',
  },
  {
    about: {
      '000': 'Discussion paper on mutual solidarity in sheltered housing and shelter: facilities per municipality and inhabitants (CBS, 1 January 2024).',
      '001': 'Memo on the tasks the municipalities share: why a second Keerpunt and IBP+ have not been built yet.',
      '002': 'Progress report of the sheltered housing and shelter policy plan: waiting list for sheltered housing, reports of confused behaviour.',
      '003': 'Research on moving shelter and sheltered housing into the community: places per municipality and housing-market figures (2019).',
      '004': 'Regional strategy for housing with care, the core of the model: Woondeal build programme 2022–2030, completions 2022–2023 and the need for homes for older people per municipality.',
    },
    analyst: 'Entered by the analyst',
  },
);
