import { z } from 'zod';

/**
 * The program's version, as in package.json (a test holds the two together). A constant rather
 * than a read of package.json: the same on the Electron side, the browser build's server and the
 * command line, however each is bundled.
 */
export const APP_VERSION = '0.1.0';

/** What the About dialog shows of the store: where it lives and what the data in it is. */
export const About = z
  .object({
    appVersion: z.string(),
    /** Where the data lives: the SQLite file's path. */
    location: z.string(),
    /** The dataset's figures, how many the analyst changed, and the imports still in force. */
    figures: z.number().int().min(0),
    editedFigures: z.number().int().min(0),
    imports: z.number().int().min(0),
    /** The latest change to the data (an edit, a revert or an import), ISO; null for the seed as shipped. */
    lastChange: z.string().nullable(),
  })
  .strict();
export type About = z.infer<typeof About>;

/** The libraries the window and the documents are made with, and their licences (credits in the About dialog). */
export const CREDITS: readonly { name: string; licence: string }[] = [
  { name: 'Electron', licence: 'MIT' },
  { name: 'React', licence: 'MIT' },
  { name: 'Plotly.js', licence: 'MIT' },
  { name: 'SQLite (better-sqlite3)', licence: 'public domain / MIT' },
  { name: 'zod', licence: 'MIT' },
  { name: 'docx', licence: 'MIT' },
  { name: 'ExcelJS', licence: 'MIT' },
  { name: 'PptxGenJS', licence: 'MIT' },
  { name: 'TanStack Virtual', licence: 'MIT' },
  { name: 'Zustand', licence: 'MIT' },
];
