import type { Locale } from '../format/nl';
import type { HousingType } from '../scenario/schema';

/** Chart wording in the two UI languages. */
const TEXT = {
  'nl-NL': {
    gapTitle: 'Tekort bouwprogramma 2030 per gemeente (negatief = voor op schema)',
    gapAxis: 'Tekort 2030 (woningen)',
    gapSeries: 'Tekort 2030',
    noProgramme: 'geen programma',
    woningen: 'woningen',
    pathTitle: (name: string) => `Realisatiepad ${name}`,
    pathAxis: 'Woningen (cumulatief sinds 2022)',
    yearAxis: 'Jaar',
    target: 'Programma (doelpad)',
    realised: 'Gerealiseerd',
    realisedEstimated: 'Gerealiseerd (geschat per jaar)',
    projected: 'Prognose scenario',
    catchUp: (y: number) => `doel gehaald in ${y}`,
    noCatchUp: 'doel niet gehaald vóór 2041',
    catchUpBeyond: (y: number) => `doel gehaald in ${y} (na de horizon)`,
    elderlyTitle: (name: string) => `Ouderenhuisvesting 2030: behoefte en aanbod, ${name}`,
    elderlyAxis: 'Woningen tot 2030',
    need: 'Behoefte 2030',
    supply: 'Aanbod scenario',
    elderlyGapTitle: 'Tekort ouderenhuisvesting 2030 per gemeente en type',
    elderlyGapAxis: 'Tekort 2030 (woningen)',
    compareTitle: 'Tekort bouwprogramma 2030: scenario’s vergeleken',
    types: { nultreden: 'Nultredenwoningen', geclusterd: 'Geclusterde woningen', zorggeschikt: 'Zorggeschikte woningen' } satisfies Record<HousingType, string>,
    source: 'Bron',
    scenario: 'scenario',
    aandachtsTitle: 'Aandachtsgroepen: woningen per jaar per gemeente',
    aandachtsAxis: 'Woningen per jaar',
  },
  'en-GB': {
    gapTitle: 'Build programme shortfall 2030 per municipality (negative = ahead)',
    gapAxis: 'Shortfall 2030 (homes)',
    gapSeries: 'Shortfall 2030',
    noProgramme: 'no programme',
    woningen: 'homes',
    pathTitle: (name: string) => `Realisation path ${name}`,
    pathAxis: 'Homes (cumulative since 2022)',
    yearAxis: 'Year',
    target: 'Programme (target path)',
    realised: 'Realised',
    realisedEstimated: 'Realised (yearly split estimated)',
    projected: 'Scenario projection',
    catchUp: (y: number) => `target reached in ${y}`,
    noCatchUp: 'target not reached before 2041',
    catchUpBeyond: (y: number) => `target reached in ${y} (beyond the horizon)`,
    elderlyTitle: (name: string) => `Housing for older people 2030: need and supply, ${name}`,
    elderlyAxis: 'Homes until 2030',
    need: 'Need 2030',
    supply: 'Scenario supply',
    elderlyGapTitle: 'Shortfall housing for older people 2030 per municipality and type',
    elderlyGapAxis: 'Shortfall 2030 (homes)',
    compareTitle: 'Build programme shortfall 2030: scenarios compared',
    types: { nultreden: 'Zero-step homes', geclusterd: 'Clustered homes', zorggeschikt: 'Care-suitable homes' } satisfies Record<HousingType, string>,
    source: 'Source',
    scenario: 'scenario',
    aandachtsTitle: 'Vulnerable groups: homes per year per municipality',
    aandachtsAxis: 'Homes per year',
  },
} as const;

export type ChartText = (typeof TEXT)['nl-NL'];
export function chartText(locale: Locale): ChartText {
  return TEXT[locale] as ChartText;
}
