import { defineTexts } from '../define';

type Overview = {
  /** The key figures of Overzicht and Scenario's; numbers come in formatted. */
  kpi: {
    realisedPct: string;
    realisedSub: (realised: string, target: string, baseYear: number) => string;
    projectedPct: string;
    projectedSub: (projected: string, pace: string) => string;
    gap2030: string;
    /** Beside a shortfall: the homes ahead of schedule elsewhere, which do not fill it. */
    aheadElsewhere: (ahead: string) => string;
    /** Beside a shortfall: the surplus elsewhere (other gemeenten or types), which does not fill it. */
    surplusElsewhere: (surplus: string) => string;
    /** The net figure, only ever labelled as net; `balance` is worded by terms.balance. */
    net: (balance: string) => string;
    /** The region reaches its target when the last gemeente does. */
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
      realisedSub: (realised, target, baseYear) => `${realised} van ${target} woningen gebouwd t/m ${baseYear}`,
      projectedPct: 'Programma in 2030 (prognose)',
      projectedSub: (projected, pace) => `${projected} woningen, bij ${pace} per jaar`,
      gap2030: 'Tekort bouwprogramma 2030',
      aheadElsewhere: (ahead) => `Elders ${ahead} voor op schema, niet verrekend`,
      surplusElsewhere: (surplus) => `Overschot elders: ${surplus}, niet verrekend`,
      net: (balance) => `netto ${balance}`,
      catchUp: (year) => `Doel in alle gemeenten gehaald in ${year}`,
      notReached: 'Niet elke gemeente haalt het doel vóór 2041',
      elderlyGap: 'Tekort ouderenhuisvesting 2030',
      aandachtsgroepen: 'Aandachtsgroepen per jaar',
      aandachtsSub: (cumulative, horizon) => `${cumulative} t/m ${horizon}`,
    },
    warnings: 'Aandachtspunten bij deze uitkomst',
  },
  {
    kpi: {
      realisedPct: 'Programme realised',
      realisedSub: (realised, target, baseYear) => `${realised} of ${target} homes built to ${baseYear}`,
      projectedPct: 'Programme in 2030 (projected)',
      projectedSub: (projected, pace) => `${projected} homes, at ${pace} a year`,
      gap2030: 'Programme shortfall 2030',
      aheadElsewhere: (ahead) => `${ahead} ahead of schedule elsewhere, not netted`,
      surplusElsewhere: (surplus) => `Surplus elsewhere: ${surplus}, not netted`,
      net: (balance) => `net ${balance}`,
      catchUp: (year) => `Target reached in every municipality in ${year}`,
      notReached: 'Not every municipality reaches its target before 2041',
      elderlyGap: 'Elderly housing shortfall 2030',
      aandachtsgroepen: 'Vulnerable groups per year',
      aandachtsSub: (cumulative, horizon) => `${cumulative} to ${horizon}`,
    },
    warnings: 'Points to note for this result',
  },
);
