import { defineTexts } from '../define';
import { EN, NL } from '../format';

/**
 * A gemeente's programme in one sentence; numbers come in formatted, `balance` is the gap in words
 * (terms.balance: "1.558 tekort", "89 voor op schema"), `outcome` the catch-up phrase of the path chart.
 */
type Summary = { target: string; realised: string; baseYear: number; scenarioPace: string; requiredPace: string; projected: string; balance: string; outcome: string };

/** Why a required share stops at 100 %: the scenario's new build to `year` is smaller than what new build must supply. */
type BeyondNewBuild = { newBuild: string; needed: string; short: string; year: number };

type GemeenteScreen = {
  summary: (s: Summary) => string;
  noProgramme: (name: string) => string;
  elderly: {
    need: string;
    supply: string;
    gap: string;
    surplus: string;
    total: string;
    /** Under the table when a type's surplus sits beside another type's shortfall. */
    notNetted: (surplus: string) => string;
    requiredShare: (year: number) => string;
    beyondNewBuild: (p: BeyondNewBuild) => string;
    noNewBuild: (year: number) => string;
    noNeedRow: string;
  };
  aandachtsgroepen: { heading: string; share: string; perYear: (horizon: number) => string; cumulative: (horizon: number) => string };
};

/** The Gemeente screen: one gemeente's programme, housing for older people and aandachtsgroepen. */
export const gemeenteScreen = defineTexts<GemeenteScreen>(
  {
    summary: (s) =>
      `Programma ${s.target} woningen 2022–2030; gerealiseerd ${s.realised} t/m ${s.baseYear}. In dit scenario ${s.scenarioPace} per jaar, nodig ${s.requiredPace}: prognose 2030 ${s.projected}, ${s.balance}; ${s.outcome}.`,
    noProgramme: (name) => `${name} heeft geen bouwprogramma in de Woondeal MRA (en geen behoefterij in 004 Bijlage 2).`,
    elderly: {
      need: 'Behoefte',
      supply: 'Aanbod',
      gap: 'Tekort',
      surplus: 'Overschot',
      total: 'Totaal (som van de tekorten)',
      notNetted: (surplus) => `Het overschot (${surplus}) vult het tekort aan een ander type niet aan: het totale tekort is de som van de tekorten per type.`,
      requiredShare: (year) => `Benodigd aandeel ouderengeschikt in de nieuwbouw van dit scenario tot ${year}:`,
      beyondNewBuild: (p) =>
        `De nieuwbouw in dit scenario tot ${p.year} (${p.newBuild} woningen) is kleiner dan wat de nieuwbouw voor ouderen moet leveren (${p.needed}): ook als ${NL.pct(1, 0)} ouderengeschikt is, blijven er ${p.short} tekort.`,
      noNewBuild: (year) => `Dit scenario bouwt hier tot ${year} niets: de behoefte kan niet uit nieuwbouw komen.`,
      noNeedRow: 'Geen behoefterij ouderen voor deze gemeente.',
    },
    aandachtsgroepen: {
      heading: 'Aandachtsgroepen',
      share: 'Aandeel in de regionale opgave',
      perYear: (horizon) => `Woningen per jaar (${horizon})`,
      cumulative: (horizon) => `Cumulatief t/m ${horizon}`,
    },
  },
  {
    summary: (s) =>
      `Programme ${s.target} homes 2022–2030; realised ${s.realised} up to ${s.baseYear}. In this scenario ${s.scenarioPace} per year, required ${s.requiredPace}: projected 2030 ${s.projected}, ${s.balance}; ${s.outcome}.`,
    noProgramme: (name) => `${name} has no build programme in the Woondeal MRA (and no need row in 004 Bijlage 2).`,
    elderly: {
      need: 'Need',
      supply: 'Supply',
      gap: 'Shortfall',
      surplus: 'Surplus',
      total: 'Total (sum of the shortfalls)',
      notNetted: (surplus) => `The surplus (${surplus}) does not fill another type's shortfall: the total shortfall is the sum of the shortfalls per type.`,
      requiredShare: (year) => `Required elderly-suitable share of this scenario's new build to ${year}:`,
      beyondNewBuild: (p) =>
        `This scenario's new build to ${p.year} (${p.newBuild} homes) is smaller than what new build must supply for older people (${p.needed}): even at ${EN.pct(1, 0)} elderly-suitable, ${p.short} remain short.`,
      noNewBuild: (year) => `This scenario builds nothing here up to ${year}: the need cannot come from new build.`,
      noNeedRow: 'No elderly need row for this municipality.',
    },
    aandachtsgroepen: {
      heading: 'Vulnerable groups',
      share: 'Share of the regional task',
      perYear: (horizon) => `Homes per year (${horizon})`,
      cumulative: (horizon) => `Cumulative to ${horizon}`,
    },
  },
);
