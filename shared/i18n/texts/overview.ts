import { defineTexts } from '../define';

type Overview = {
  /** The key figures of Overzicht and Scenario's; numbers come in formatted. */
  kpi: {
    realisedPct: string;
    realisedSub: (realised: string, target: string, baseYear: number) => string;
    projectedPct: string;
    projectedSub: (projected: string, pace: string) => string;
    gap2030: string;
    catchUp: (year: number) => string;
    notReached: string;
    elderlyGap: string;
    aandachtsgroepen: string;
    aandachtsSub: (cumulative: string, horizon: number) => string;
  };
  warnings: string;
};

/** The regional key figures and the result's warnings. */
export const overview = defineTexts<Overview>(
  {
    kpi: {
      realisedPct: 'Programma gerealiseerd',
      realisedSub: (realised, target, baseYear) => `${realised} / ${target} (t/m ${baseYear})`,
      projectedPct: 'Programma in 2030 (prognose)',
      projectedSub: (projected, pace) => `${projected} · ${pace} / jr`,
      gap2030: 'Tekort bouwprogramma 2030',
      catchUp: (year) => `Doel gehaald in ${year}`,
      notReached: 'Doel niet gehaald vóór 2041',
      elderlyGap: 'Tekort ouderenhuisvesting 2030',
      aandachtsgroepen: 'Aandachtsgroepen per jaar',
      aandachtsSub: (cumulative, horizon) => `${cumulative} t/m ${horizon}`,
    },
    warnings: 'Aandachtspunten bij deze uitkomst',
  },
  {
    kpi: {
      realisedPct: 'Programme realised',
      realisedSub: (realised, target, baseYear) => `${realised} / ${target} (to ${baseYear})`,
      projectedPct: 'Programme in 2030 (projected)',
      projectedSub: (projected, pace) => `${projected} · ${pace} / yr`,
      gap2030: 'Programme shortfall 2030',
      catchUp: (year) => `Target reached in ${year}`,
      notReached: 'Target not reached before 2041',
      elderlyGap: 'Elderly housing shortfall 2030',
      aandachtsgroepen: 'Vulnerable groups per year',
      aandachtsSub: (cumulative, horizon) => `${cumulative} to ${horizon}`,
    },
    warnings: 'Points to note for this result',
  },
);
