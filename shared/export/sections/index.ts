import type { SectionEntry } from '../section';
import { assumptions } from './assumptions';
import { charts } from './charts';
import { colophon, glossaryAppendix, methodAppendix } from './colophon';
import { comparison } from './comparison';
import { derivations } from './derivations';
import { findings } from './findings';
import { gemeenten } from './gemeenten';
import { solidarity } from './solidarity';
import { summary } from './summary';
import { tables } from './tables';
import { aandachtsgroepenTheme, affordableTheme, elderlyTheme, programmeTheme } from './themes';
import { uncertainty } from './uncertainty';
import { warnings } from './warnings';
import { yearTables } from './yearTables';

/**
 * The report's sections, in the order every format shows them. A new section is one file in
 * this folder and one line here; the memo, the deck and the workbook need no change.
 */
export const SECTIONS: readonly SectionEntry[] = [
  summary,
  // When scenarios are compared, the comparison comes before the chapters it runs through (the deck puts it first of all).
  comparison,
  // The memo's chapters by theme (memo only; the deck and the workbook show `charts` and `tables`, which the memo leaves out).
  programmeTheme,
  affordableTheme,
  elderlyTheme,
  aandachtsgroepenTheme,
  charts,
  tables,
  gemeenten,
  solidarity,
  uncertainty,
  yearTables,
  assumptions,
  warnings,
  findings,
  derivations,
  // The memo's appendices and colophon (memo only).
  glossaryAppendix,
  methodAppendix,
  colophon,
];
