import { defineTexts } from '../define';

/** (being filled: see shared/i18n/catalogue.ts for how an area works) */
export const report = defineTexts({}, {});
