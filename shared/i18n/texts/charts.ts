import { defineTexts } from '../define';
import { EN, NL } from '../format';

/**
 * The words of every chart (shared/charts): titles, axis titles, legend entries, notes on the plot
 * and the source line under it. The screens, the images and the documents all draw from here.
 */
export const charts = defineTexts(
  {
    types: { nultreden: 'Nultredenwoningen', geclusterd: 'Geclusterde woningen', zorggeschikt: 'Zorggeschikte woningen' },
    /** Shortfall and ahead of schedule as two series: a gemeente ahead never shows as a negative shortfall. */
    gap: {
      title: 'Bouwprogramma 2030 per gemeente: tekort of voor op schema',
      axis: 'Woningen in 2030',
      /** Legend entries, with the region's sum (never netted). */
      shortfall: (region: number) => `Tekort (regio: ${NL.n(region)}, som per gemeente)`,
      ahead: (region: number) => `Voor op schema (regio: ${NL.n(region)})`,
      noProgramme: 'geen programma',
      /** After the number in the hover label. */
      shortfallUnit: 'woningen tekort',
      aheadUnit: 'woningen voor op schema',
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
      gapTitle: 'Tekort ouderenhuisvesting 2030 per gemeente en type (overschotten niet verrekend)',
      gapAxis: 'Tekort 2030 (woningen)',
      /** A type in the legend with the region's shortfall of it (the sum of the gemeenten's). */
      typeSeries: (type: string, region: number) => `${type} (regio: ${NL.n(region)} tekort)`,
      /** The hover label of one type in one gemeente. */
      hover: (shortfall: number, surplus: number) => (Math.round(surplus) > 0 ? `${NL.n(shortfall)} tekort; ${NL.n(surplus)} overschot, niet verrekend` : `${NL.n(shortfall)} tekort`),
    },
    compare: {
      title: 'Tekort bouwprogramma 2030: scenario’s vergeleken (regio = som van de tekorten per gemeente)',
      axis: 'Tekort 2030 (woningen)',
      region: 'Regio',
      hover: (shortfall: number, ahead: number) => (Math.round(ahead) > 0 ? `${NL.n(shortfall)} tekort; ${NL.n(ahead)} voor op schema` : `${NL.n(shortfall)} tekort`),
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
    /** Realised placements of aandachtsgroepen against each gemeente's task over the same years (MODEL §5.3). */
    placements: {
      title: (years: string | null) => `Plaatsingen aandachtsgroepen tegen de taak per gemeente${years ? `, ${years}` : ''}`,
      axis: 'Huishoudens (opgeteld over de jaren met gegevens)',
      placed: (region: number) => `Geplaatst (regio: ${NL.n(region)})`,
      task: (region: number) => `Taak over dezelfde jaren (regio: ${NL.n(region)})`,
      /** Legend entries with the region's sums: never netted. */
      shortfall: (region: number) => `Achterstand (regio: ${NL.n(region)}, som per gemeente)`,
      surplus: (region: number) => `Meer geplaatst dan de taak (regio: ${NL.n(region)})`,
      noData: 'geen plaatsingen ingelezen',
      /** After the number in the hover label. */
      unit: 'huishoudens',
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
      title: 'Build programme 2030 per municipality: shortfall or ahead of schedule',
      axis: 'Homes in 2030',
      shortfall: (region) => `Shortfall (region: ${EN.n(region)}, sum per municipality)`,
      ahead: (region) => `Ahead of schedule (region: ${EN.n(region)})`,
      noProgramme: 'no programme',
      shortfallUnit: 'homes short',
      aheadUnit: 'homes ahead of schedule',
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
      gapTitle: 'Shortfall housing for older people 2030 per municipality and type (surpluses not netted)',
      gapAxis: 'Shortfall 2030 (homes)',
      typeSeries: (type, region) => `${type} (region: ${EN.n(region)} short)`,
      hover: (shortfall, surplus) => (Math.round(surplus) > 0 ? `${EN.n(shortfall)} short; ${EN.n(surplus)} surplus, not netted` : `${EN.n(shortfall)} short`),
    },
    compare: {
      title: 'Build programme shortfall 2030: scenarios compared (region = sum of the municipalities’ shortfalls)',
      axis: 'Shortfall 2030 (homes)',
      region: 'Region',
      hover: (shortfall, ahead) => (Math.round(ahead) > 0 ? `${EN.n(shortfall)} short; ${EN.n(ahead)} ahead of schedule` : `${EN.n(shortfall)} short`),
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
    placements: {
      title: (years) => `Placements of vulnerable groups against the task per municipality${years ? `, ${years}` : ''}`,
      axis: 'Households (added up over the years with data)',
      placed: (region) => `Placed (region: ${EN.n(region)})`,
      task: (region) => `Task over the same years (region: ${EN.n(region)})`,
      shortfall: (region) => `Behind (region: ${EN.n(region)}, sum per municipality)`,
      surplus: (region) => `Placed beyond the task (region: ${EN.n(region)})`,
      noData: 'no placements imported',
      unit: 'households',
    },
    source: {
      figures: (places, scenarioName) => `${places} — Woonzorgverkenner calculation, scenario '${scenarioName}'`,
      line: (figures) => `Source: ${figures}`,
      analyst: "analyst's own input",
    },
  },
);
