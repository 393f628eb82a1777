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

/** Per document: what it is, who wrote it and when (from the documents themselves, see seed-documents/README.md). */
type Sources = { about: Record<SourceDocumentId, string>; organisation: Record<SourceDocumentId, string>; date: Record<SourceDocumentId, string>; analyst: string };

export const sources = defineTexts<Sources>(
  {
    about: {
      '000': 'Praatstuk over onderlinge solidariteit bij Bescherming en Opvang: voorzieningen per gemeente en inwoners (CBS, 1-1-2024).',
      '001': 'Memo over de gezamenlijke opgaven van de gemeenten: waarom een tweede Keerpunt en IBP+ er nog niet kwamen.',
      '002': 'Voortgang van het beleidsplan Bescherming en Opvang: wachtlijst beschermd wonen, meldingen van verward gedrag.',
      '003': 'Onderzoek naar ambulantisering van opvang en beschermd wonen: plekken per gemeente en cijfers over de woningmarkt (2019).',
      '004': 'De kern van het model: bouwprogramma Woondeal 2022–2030, realisatie 2022–2023 en behoefte aan woningen voor ouderen per gemeente.',
    },
    organisation: {
      '000': 'Regio Gooi en Vechtstreek, bestuurlijk trekkers Bescherming en Opvang (DOC-25009698)',
      '001': 'Regio Gooi en Vechtstreek, ambtelijke werkgroep Bescherming en Opvang (DOC-23002667)',
      '002': 'Regio Gooi en Vechtstreek, voor het portefeuillehoudersoverleg Gezondheid en Ondersteuning',
      '003': 'Onderzoekers van het landelijke onderzoek naar ambulantisering (met de Universiteit Utrecht), voor de regio Gooi en Vechtstreek',
      '004': 'Gemeenten van de regio Gooi en Vechtstreek met woningcorporaties, zorgpartijen en Zilveren Kruis (stuurgroep woonzorgopgave)',
    },
    date: {
      '000': '20 februari 2025',
      '001': '18 oktober 2023',
      '002': 'begin 2024 (geagendeerd 1 februari 2024)',
      '003': 'januari 2020 (meting 2019)',
      '004': '2025',
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
    organisation: {
      '000': 'Gooi en Vechtstreek region, administrative leads for sheltered housing and shelter (DOC-25009698)',
      '001': 'Gooi en Vechtstreek region, officials’ working group on sheltered housing and shelter (DOC-23002667)',
      '002': 'Gooi en Vechtstreek region, for the portfolio holders’ meeting on health and support',
      '003': 'Researchers of the national study on moving shelter and sheltered housing into the community (with Utrecht University), for the Gooi en Vechtstreek region',
      '004': 'The municipalities of the Gooi en Vechtstreek region with housing associations, care organisations and Zilveren Kruis (housing-with-care steering group)',
    },
    date: {
      '000': '20 February 2025',
      '001': '18 October 2023',
      '002': 'early 2024 (on the agenda of 1 February 2024)',
      '003': 'January 2020 (measured in 2019)',
      '004': '2025',
    },
    analyst: 'Entered by the analyst',
  },
);
