import { defineTexts } from '../define';
import { EN, NL } from '../format';

/**
 * The words of every chart (shared/charts): titles, axis titles, legend entries, notes on the plot
 * and the source line under it. The screens, the images and the documents all draw from here.
 */
export const charts = defineTexts(
  {
    types: { nultreden: 'Nultredenwoningen', geclusterd: 'Geclusterde woningen', zorggeschikt: 'Zorggeschikte woningen' },
    gap: {
      title: 'Tekort bouwprogramma 2030 per gemeente (negatief = voor op schema)',
      axis: 'Tekort 2030 (woningen)',
      series: 'Tekort 2030',
      noProgramme: 'geen programma',
      /** After the number in the hover label. */
      unit: 'woningen',
    },
    path: {
      title: (where: string) => `Realisatiepad ${where}`,
      axis: 'Woningen (cumulatief sinds 2022)',
      yearAxis: 'Jaar',
      target: 'Programma (doelpad)',
      realised: 'Gerealiseerd',
      realisedEstimated: 'Gerealiseerd (geschat per jaar)',
      projected: 'Prognose scenario',
      catchUp: (year: number) => `doel gehaald in ${year}`,
      noCatchUp: 'doel niet gehaald vóór 2041',
      catchUpBeyond: (year: number) => `doel gehaald in ${year} (na de horizon)`,
    },
    elderly: {
      title: (where: string) => `Ouderenhuisvesting 2030: behoefte en aanbod, ${where}`,
      axis: 'Woningen tot 2030',
      need: 'Behoefte 2030',
      supply: 'Aanbod scenario',
      gapTitle: 'Tekort ouderenhuisvesting 2030 per gemeente en type',
      gapAxis: 'Tekort 2030 (woningen)',
    },
    compare: {
      title: 'Tekort bouwprogramma 2030: scenario’s vergeleken',
      region: 'Regio',
    },
    pipeline: {
      title: (where: string) => `Pijplijn per opleverjaar en status (${where}), gewogen met de kans op realisatie`,
      /** A status in the legend with the scenario's probability for it. */
      status: (status: string, probability: number) => `${status} (${NL.pct(probability, 0)})`,
      needed: 'Nodig per jaar voor het programma',
      axis: 'Woningen per jaar',
      elderlyTitle: (end: number) => `Ouderengeschikte woningen in de pijplijn t/m ${end} tegen de behoefte (regio)`,
      weighted: 'Pijplijn (gewogen)',
      /** `figures`: the source of the dataset's figures (see `source.figures`). */
      source: (scenarioName: string, figures: string) =>
        `Bron: projectenregister Woonzorgverkenner (invoer en imports), gewogen met de kans per status uit scenario '${scenarioName}'; ${figures}`,
    },
    source: {
      /** "004 · Bijlage 2; 000 · … — bewerking …": the places of the figures a chart is calculated from. */
      figures: (places: string, scenarioName: string) => `${places} — bewerking Woonzorgverkenner, scenario '${scenarioName}'`,
      line: (figures: string) => `Bron: ${figures}`,
      analyst: 'eigen invoer analist',
    },
  },
  {
    types: { nultreden: 'Zero-step homes', geclusterd: 'Clustered homes', zorggeschikt: 'Care-suitable homes' },
    gap: {
      title: 'Build programme shortfall 2030 per municipality (negative = ahead)',
      axis: 'Shortfall 2030 (homes)',
      series: 'Shortfall 2030',
      noProgramme: 'no programme',
      unit: 'homes',
    },
    path: {
      title: (where) => `Realisation path ${where}`,
      axis: 'Homes (cumulative since 2022)',
      yearAxis: 'Year',
      target: 'Programme (target path)',
      realised: 'Realised',
      realisedEstimated: 'Realised (yearly split estimated)',
      projected: 'Scenario projection',
      catchUp: (year) => `target reached in ${year}`,
      noCatchUp: 'target not reached before 2041',
      catchUpBeyond: (year) => `target reached in ${year} (beyond the horizon)`,
    },
    elderly: {
      title: (where) => `Housing for older people 2030: need and supply, ${where}`,
      axis: 'Homes until 2030',
      need: 'Need 2030',
      supply: 'Scenario supply',
      gapTitle: 'Shortfall housing for older people 2030 per municipality and type',
      gapAxis: 'Shortfall 2030 (homes)',
    },
    compare: {
      title: 'Build programme shortfall 2030: scenarios compared',
      region: 'Region',
    },
    pipeline: {
      title: (where) => `Pipeline per completion year and status (${where}), weighted by completion probability`,
      status: (status, probability) => `${status} (${EN.pct(probability, 0)})`,
      needed: 'Needed per year for the programme',
      axis: 'Homes per year',
      elderlyTitle: (end) => `Elderly-suitable homes in the pipeline to ${end} against the need (region)`,
      weighted: 'Pipeline (weighted)',
      source: (scenarioName, figures) => `Source: Woonzorgverkenner project register (input and imports), weighted by the per-status probabilities of scenario '${scenarioName}'; ${figures}`,
    },
    source: {
      figures: (places, scenarioName) => `${places} — Woonzorgverkenner calculation, scenario '${scenarioName}'`,
      line: (figures) => `Source: ${figures}`,
      analyst: "analyst's own input",
    },
  },
);
