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
      noCatchUp: 'doel pas na 2040 gehaald',
      catchUpBeyond: (year: number) => `doel gehaald in ${year} (na de horizon)`,
    },
    elderly: {
      title: (where: string) => `Ouderenhuisvesting 2030: behoefte en aanbod, ${where}`,
      /** Before the stacks' totals where a chart cannot put them above the stacks (the deck's native chart). */
      totals: 'Totaal tekort per gemeente',
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
    /**
     * Alt text: one sentence per chart that says what its figures show (the screen's aria-label,
     * the documents' image description, the SVG's <desc>). Numbers come in unformatted unless
     * the parameter is a string (then already formatted, with a real minus sign).
     */
    alt: {
      gap: (worst: string | null, shortfall: number, behind: number, withProgramme: number) =>
        worst === null
          ? `Geen van de ${withProgramme} gemeenten met een programma loopt in 2030 achter op het bouwprogramma.`
          : `${worst} heeft in 2030 het grootste tekort: ${NL.n(shortfall)} woningen; ${behind} van de ${withProgramme} gemeenten met een programma ${behind === 1 ? 'loopt' : 'lopen'} achter.`,
      elderlyGap: (worst: string | null, shortfall: number, region: number) =>
        worst === null
          ? 'Geen gemeente heeft in 2030 een tekort aan ouderenhuisvesting.'
          : `Het tekort aan ouderenhuisvesting in 2030 is het grootst in ${worst}: ${NL.n(shortfall)} woningen; de regio mist ${NL.n(region)} woningen (som per gemeente, overschotten niet verrekend).`,
      elderly: (where: string, need: number, supply: number, worstType: string | null, shortfall: number) =>
        `${where}: behoefte 2030 ${NL.n(need)} ouderengeschikte woningen tegen een aanbod van ${NL.n(supply)}; ${worstType === null ? 'bij geen van de typen een tekort' : `het grootste tekort bij ${worstType.toLowerCase()} (${NL.n(shortfall)})`}.`,
      path: (where: string, target: number, baseYear: number, realised: number, outlook: string) =>
        `${where}: doel ${NL.n(target)} woningen, gerealiseerd t/m ${baseYear} ${NL.n(realised)}; volgens de prognose ${outlook}.`,
      pipeline: (where: string, homes: number, years: string, pace: number | null) =>
        `Pijplijn ${where}: gewogen ${NL.n(homes)} woningen met oplevering in ${years}${pace === null ? '' : `; het programma vraagt ${NL.n(pace)} per jaar`}.`,
      pipelineElderly: (end: number, pipeline: number, need: number) =>
        `In de pijplijn t/m ${end} zitten gewogen ${NL.n(pipeline)} ouderengeschikte woningen, tegen een behoefte van ${NL.n(need)} in de regio.`,
      placements: (placed: number, task: number, worst: string | null, shortfall: number, behind: number, withData: number) =>
        `In de regio zijn ${NL.n(placed)} huishoudens uit aandachtsgroepen geplaatst tegen een taak van ${NL.n(task)}; ${
          worst === null ? `geen van de ${withData} gemeenten met gegevens loopt achter` : `${behind} van de ${withData} gemeenten met gegevens ${behind === 1 ? 'loopt' : 'lopen'} achter, het meest ${worst} (${NL.n(shortfall)})`
        }.`,
      noPlacements: 'Er zijn geen plaatsingen van aandachtsgroepen ingelezen.',
      ledger: (type: string, most: string, mostValue: string, least: string, leastValue: string) =>
        `${type}, verschil met het eerlijke aandeel per 10.000 inwoners: het hoogst ${most} (${mostValue}), het laagst ${least} (${leastValue}).`,
      noLedger: (type: string) => `${type}: geen gemeente met inwonertal, dus geen verdeling per 10.000 inwoners.`,
      tornado: (figure: string, place: string, input: string, low: string, high: string, likely: string) =>
        `${figure} (${place}): ${input} beweegt het cijfer het meest, van ${low} tot ${high}; in het scenario ${likely}.`,
      noTornado: (figure: string, place: string, likely: string) => `${figure} (${place}): geen van de onzekere aannames verandert het cijfer ${likely}.`,
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
      noCatchUp: 'target reached only after 2040',
      catchUpBeyond: (year) => `target reached in ${year} (beyond the horizon)`,
    },
    elderly: {
      title: (where) => `Housing for older people 2030: need and supply, ${where}`,
      totals: 'Total shortfall per municipality',
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
    alt: {
      gap: (worst, shortfall, behind, withProgramme) =>
        worst === null
          ? `None of the ${withProgramme} municipalities with a programme is behind on the build programme in 2030.`
          : `${worst} has the largest shortfall in 2030: ${EN.n(shortfall)} homes; ${behind} of the ${withProgramme} municipalities with a programme ${behind === 1 ? 'is' : 'are'} behind schedule.`,
      elderlyGap: (worst, shortfall, region) =>
        worst === null
          ? 'No municipality has a shortfall of housing for older people in 2030.'
          : `The shortfall of housing for older people in 2030 is largest in ${worst}: ${EN.n(shortfall)} homes; the region lacks ${EN.n(region)} homes (sum per municipality, surpluses not netted).`,
      elderly: (where, need, supply, worstType, shortfall) =>
        `${where}: need 2030 ${EN.n(need)} homes suitable for older people against a supply of ${EN.n(supply)}; ${worstType === null ? 'no shortfall in any type' : `the largest shortfall in ${worstType.toLowerCase()} (${EN.n(shortfall)})`}.`,
      path: (where, target, baseYear, realised, outlook) => `${where}: target ${EN.n(target)} homes, realised to ${baseYear} ${EN.n(realised)}; according to the projection, ${outlook}.`,
      pipeline: (where, homes, years, pace) => `Pipeline ${where}: ${EN.n(homes)} homes (weighted) to be completed in ${years}${pace === null ? '' : `; the programme needs ${EN.n(pace)} a year`}.`,
      pipelineElderly: (end, pipeline, need) => `The pipeline to ${end} holds ${EN.n(pipeline)} homes suitable for older people (weighted), against a need of ${EN.n(need)} in the region.`,
      placements: (placed, task, worst, shortfall, behind, withData) =>
        `The region placed ${EN.n(placed)} households from vulnerable groups against a task of ${EN.n(task)}; ${
          worst === null ? `none of the ${withData} municipalities with data is behind` : `${behind} of the ${withData} municipalities with data ${behind === 1 ? 'is' : 'are'} behind, most of all ${worst} (${EN.n(shortfall)})`
        }.`,
      noPlacements: 'No placements of vulnerable groups have been imported.',
      ledger: (type, most, mostValue, least, leastValue) => `${type}, difference from the fair share per 10,000 inhabitants: highest ${most} (${mostValue}), lowest ${least} (${leastValue}).`,
      noLedger: (type) => `${type}: no municipality with a population figure, so no distribution per 10,000 inhabitants.`,
      tornado: (figure, place, input, low, high, likely) => `${figure} (${place}): ${input} moves the figure most, from ${low} to ${high}; in the scenario ${likely}.`,
      noTornado: (figure, place, likely) => `${figure} (${place}): none of the uncertain assumptions changes the figure ${likely}.`,
    },
    source: {
      figures: (places, scenarioName) => `${places} — Woonzorgverkenner calculation, scenario '${scenarioName}'`,
      line: (figures) => `Source: ${figures}`,
      analyst: "analyst's own input",
    },
  },
);
