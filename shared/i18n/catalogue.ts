import type { Locale } from '../format/nl';
import type { TextsLike, Translated } from './define';
import { about } from './texts/about';
import { app } from './texts/app';
import { assumptions } from './texts/assumptions';
import { backups } from './texts/backups';
import { charts } from './texts/charts';
import { compareScreen } from './texts/compareScreen';
import { comparison } from './texts/comparison';
import { dataScreen } from './texts/dataScreen';
import { editor } from './texts/editor';
import { explain } from './texts/explain';
import { exporting } from './texts/exporting';
import { faults } from './texts/faults';
import { findings } from './texts/findings';
import { gemeenteScreen } from './texts/gemeenteScreen';
import { glossary } from './texts/glossary';
import { helpScreen } from './texts/helpScreen';
import { headlines } from './texts/headlines';
import { history } from './texts/history';
import { imports } from './texts/imports';
import { map } from './texts/map';
import { menu } from './texts/menu';
import { method } from './texts/method';
import { overview } from './texts/overview';
import { projectScreen } from './texts/projectScreen';
import { report } from './texts/report';
import { scenarioScreen } from './texts/scenarioScreen';
import { screens } from './texts/screens';
import { solidarity } from './texts/solidarity';
import { sources } from './texts/sources';
import { tables } from './texts/tables';
import { terms } from './texts/terms';
import { uncertaintyEditor } from './texts/uncertaintyEditor';
import { uncertaintyPanels } from './texts/uncertaintyPanels';
import { uncertaintyResults } from './texts/uncertaintyResults';
import { uncertaintyReport } from './texts/uncertaintyReport';
import { validation } from './texts/validation';
import { warnings } from './texts/warnings';
import { workbookColumns } from './texts/workbookColumns';

/**
 * The wording catalogue: the texts the app shows, writes or prints, per language, in areas. A new
 * area is one file in ./texts and one line here. The window, the documents and the command line's
 * reports read their words from here. Not here yet, and Dutch only: the Node side's error messages
 * (StoreError, the API dispatcher, the export's progress) and the command line's usage and refusals.
 */
const AREAS = {
  terms,
  assumptions,
  warnings,
  explain,
  findings,
  imports,
  history,
  dataScreen,
  sources,
  report,
  tables,
  charts,
  map,
  screens,
  app,
  menu,
  overview,
  scenarioScreen,
  editor,
  gemeenteScreen,
  compareScreen,
  comparison,
  projectScreen,
  solidarity,
  exporting,
  backups,
  faults,
  validation,
  uncertaintyResults,
  uncertaintyEditor,
  uncertaintyPanels,
  uncertaintyReport,
  headlines,
  workbookColumns,
  glossary,
  method,
  about,
  helpScreen,
};

type Areas = typeof AREAS;
export type Catalogue = { readonly [A in keyof Areas]: Areas[A] extends Translated<infer T> ? TextsLike<T> : never };

const built = new Map<Locale, Catalogue>();

/** The texts of one language. */
export function texts(locale: Locale): Catalogue {
  let c = built.get(locale);
  if (!c) {
    c = Object.fromEntries(Object.entries(AREAS).map(([area, translated]) => [area, translated[locale]])) as Catalogue;
    built.set(locale, c);
  }
  return c;
}

export { AREAS as CATALOGUE_AREAS };
