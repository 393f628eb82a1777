import type { HousingType } from '../../scenario/schema';
import { defineTexts } from '../define';

type CompareScreen = {
  choose: (max: number) => string;
  chooseAtLeastTwo: string;
  /** Rows of the screen's table beyond those it shares with the exported comparison (tables.comparison). */
  rows: { programmeShare: string; typeShortfall: Record<HousingType, string> };
  /** After the second and later scenario's name in the header. */
  versus: (first: string) => string;
  /** After a difference of two percentages. */
  percentPoint: string;
};

/** Vergelijken: two to four scenarios side by side. */
export const compareScreen = defineTexts<CompareScreen>(
  {
    choose: (max) => `Kies 2 tot ${max} scenario’s`,
    chooseAtLeastTwo: 'Kies ten minste twee scenario’s.',
    rows: {
      programmeShare: 'Programma in 2030',
      typeShortfall: { nultreden: 'Tekort nultreden 2030 (som per gemeente)', geclusterd: 'Tekort geclusterd 2030 (som per gemeente)', zorggeschikt: 'Tekort zorggeschikt 2030 (som per gemeente)' },
    },
    versus: (first) => ` (verschil met ${first})`,
    percentPoint: ' %-punt',
  },
  {
    choose: (max) => `Choose 2 to ${max} scenarios`,
    chooseAtLeastTwo: 'Choose at least two scenarios.',
    rows: {
      programmeShare: 'Programme in 2030',
      typeShortfall: { nultreden: 'Zero-step shortfall 2030 (sum per municipality)', geclusterd: 'Clustered shortfall 2030 (sum per municipality)', zorggeschikt: 'Care-suitable shortfall 2030 (sum per municipality)' },
    },
    versus: (first) => ` (vs ${first})`,
    percentPoint: ' pp',
  },
);
