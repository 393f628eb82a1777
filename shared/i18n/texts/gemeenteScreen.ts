import { defineTexts } from '../define';

/** A gemeente's programme in one sentence; numbers come in formatted, `outcome` is the catch-up phrase of the path chart. */
type Summary = { target: string; realised: string; baseYear: number; scenarioPace: string; requiredPace: string; projected: string; gap: string; outcome: string };

type GemeenteScreen = {
  summary: (s: Summary) => string;
  noProgramme: (name: string) => string;
  elderly: { need: string; supply: string; gap: string; requiredShare: string; beyondProgramme: string; noNeedRow: string };
  aandachtsgroepen: { heading: string; share: string; perYear: (horizon: number) => string; cumulative: (horizon: number) => string };
};

/** The Gemeente screen: one gemeente's programme, housing for older people and aandachtsgroepen. */
export const gemeenteScreen = defineTexts<GemeenteScreen>(
  {
    summary: (s) =>
      `Programma ${s.target} woningen 2022–2030; gerealiseerd ${s.realised} t/m ${s.baseYear}. In dit scenario ${s.scenarioPace} per jaar, nodig ${s.requiredPace}: prognose 2030 ${s.projected}, tekort ${s.gap}; ${s.outcome}.`,
    noProgramme: (name) => `${name} heeft geen bouwprogramma in de Woondeal MRA (en geen behoefterij in 004 Bijlage 2).`,
    elderly: {
      need: 'Behoefte',
      supply: 'Aanbod',
      gap: 'Tekort',
      requiredShare: 'Benodigd aandeel ouderengeschikt in het resterende programma:',
      beyondProgramme: ' — het programma alleen dekt de behoefte niet.',
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
      `Programme ${s.target} homes 2022–2030; realised ${s.realised} up to ${s.baseYear}. In this scenario ${s.scenarioPace} per year, required ${s.requiredPace}: projected 2030 ${s.projected}, shortfall ${s.gap}; ${s.outcome}.`,
    noProgramme: (name) => `${name} has no build programme in the Woondeal MRA (and no need row in 004 Bijlage 2).`,
    elderly: {
      need: 'Need',
      supply: 'Supply',
      gap: 'Shortfall',
      requiredShare: 'Required elderly-suitable share of the remaining programme:',
      beyondProgramme: ' — the programme alone cannot meet the need.',
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
