import { defineTexts } from '../define';
import { EN, NL, type Formats } from '../format';

/**
 * A net figure in words, so a negative gap never reads as a negative shortfall: "1.249 tekort",
 * "953 voor op schema". Rounded first, so −0,4 is "op schema", not "0 voor op schema".
 */
const balance = (f: Formats, short: string, over: string, even: string) => (net: number) => {
  // Formatted from the unrounded size, as every other figure is (690,5 shows as 691 either way).
  if (f.n(Math.abs(net)) === '0') return even;
  return net > 0 ? `${f.n(net)} ${short}` : `${f.n(-net)} ${over}`;
};

/** Words of the domain that many texts use: housing types, pace modes, project statuses, units. */
/** Indexed by a type id from the data, so a type the catalogue lacks reads as undefined. */
type FacilityTypeWords = Readonly<Record<string, { name: string; header: string } | undefined>>;
const nlFacilityTypes: FacilityTypeWords = {
  bwPlekken: { name: 'beschermd wonen', header: 'Beschermd wonen' },
  respijtPlekken: { name: 'respijt', header: 'Respijt' },
  moPlekken: { name: 'maatschappelijke opvang', header: 'Opvang (plekken)' },
  moUnits: { name: 'opvang voor gezinnen', header: 'Opvang (gezinnen)' },
  keerpuntUnits: { name: 'Keerpunt', header: 'Keerpunt' },
  ibpWoningen: { name: 'In Between Places', header: 'In Between Places' },
  alle: { name: 'alle soorten samen', header: 'Alle samen (gewogen)' },
};
const enFacilityTypes: FacilityTypeWords = {
  bwPlekken: { name: 'sheltered housing', header: 'Sheltered housing' },
  respijtPlekken: { name: 'respite', header: 'Respite' },
  moPlekken: { name: 'shelter', header: 'Shelter (places)' },
  moUnits: { name: 'family shelter', header: 'Shelter (families)' },
  keerpuntUnits: { name: 'Keerpunt (Skaeve Huse)', header: 'Keerpunt (Skaeve Huse)' },
  ibpWoningen: { name: 'In Between Places (IBP)', header: 'In Between Places (IBP)' },
  alle: { name: 'all types together', header: 'All together (weighted)' },
};

export const terms = defineTexts(
  {
    housingType: { nultreden: 'nultreden', geclusterd: 'geclusterd', zorggeschikt: 'zorggeschikt' },
    housingTypePlural: { nultreden: 'nultredenwoningen', geclusterd: 'geclusterde woningen', zorggeschikt: 'zorggeschikte woningen' },
    paceMode: { trend: 'Trend', programme: 'Op koers (programma)', custom: 'Eigen tempo per gemeente', pipeline: 'Pijplijn (projecten)' },
    needSource: { gemeenteTabel: 'Gemeentetabel (Bijlage 2)', regioTekst: 'Regiocijfers uit de tekst, naar rato' },
    demandMode: { flat: 'Vlak', ramp: 'Oplopend vanaf 2022' },
    fairShareKey: { population: 'Naar inwoners', equal: 'Gelijk', socialRent: 'Inwoners × aandeel sociale huur', custom: 'Eigen gewichten' },
    projectStatus: { idee: 'idee', planvorming: 'planvorming', vastgesteld: 'vastgesteld', vergund: 'vergund', 'in aanbouw': 'in aanbouw', opgeleverd: 'opgeleverd' },
    region: 'regio',
    /**
     * The facility types of the solidarity ledger (the series id without `voorzieningen.`): `name`
     * in a sentence, `header` over a column. A type the data gains later shows its series label.
     */
    facilityType: nlFacilityTypes,
    /** A net figure (target or need minus what comes) in words: programme and affordable against a target, elderly against a need. */
    balance: {
      programme: balance(NL, 'tekort', 'voor op schema', 'op schema'),
      elderly: balance(NL, 'tekort', 'overschot', 'in balans'),
    },
    /** Units as the seed data names them (series.unit). */
    unit: {
      woningen: 'woningen',
      'woningen per jaar': 'woningen per jaar',
      'personen per jaar': 'personen per jaar',
      'wooneenheden per jaar': 'wooneenheden per jaar',
      'plekken per jaar': 'plekken per jaar',
      kamers: 'kamers',
      inwoners: 'inwoners',
      plekken: 'plekken',
      locaties: 'locaties',
      units: 'units',
      '%': '%',
      personen: 'personen',
      meldingen: 'meldingen',
      'trajecten per jaar': 'trajecten per jaar',
    },
  },
  {
    housingType: { nultreden: 'zero-step', geclusterd: 'clustered', zorggeschikt: 'care-suitable' },
    housingTypePlural: { nultreden: 'zero-step homes', geclusterd: 'clustered homes', zorggeschikt: 'care-suitable homes' },
    paceMode: { trend: 'Trend', programme: 'On track (programme)', custom: 'Custom pace per municipality', pipeline: 'Pipeline (projects)' },
    needSource: { gemeenteTabel: 'Municipality table (Bijlage 2)', regioTekst: 'Regional figures of the text, pro rata' },
    demandMode: { flat: 'Flat', ramp: 'Rising from 2022' },
    fairShareKey: { population: 'By inhabitants', equal: 'Equal', socialRent: 'Inhabitants × social-rent share', custom: 'Custom weights' },
    projectStatus: { idee: 'idea', planvorming: 'planning', vastgesteld: 'adopted', vergund: 'permitted', 'in aanbouw': 'under construction', opgeleverd: 'completed' },
    region: 'region',
    facilityType: enFacilityTypes,
    balance: {
      programme: balance(EN, 'short', 'ahead of schedule', 'on schedule'),
      elderly: balance(EN, 'short', 'surplus', 'balanced'),
    },
    unit: {
      woningen: 'homes',
      'woningen per jaar': 'homes per year',
      'personen per jaar': 'people per year',
      'wooneenheden per jaar': 'housing units per year',
      'plekken per jaar': 'places per year',
      kamers: 'rooms',
      inwoners: 'inhabitants',
      plekken: 'places',
      locaties: 'locations',
      units: 'units',
      '%': '%',
      personen: 'people',
      meldingen: 'reports',
      'trajecten per jaar': 'support paths per year',
    },
  },
);
