import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/imports/readTable';
import { readSeed } from '../../electron/seeds/readSeeds';
import { importIssueText } from './issueText';
import { importTemplate } from './templates';
import type { ImportContext, ImportKind } from './types';
import { validateImport } from './validate';

const dataset = readSeed().dataset;
const context: ImportContext = { gemeenten: dataset.gemeenten, figures: dataset.figures };

/** The template, read back as a file. */
async function templateTable(kind: ImportKind) {
  const text = importTemplate(kind, context);
  const read = await readImportFile(Buffer.from(text, 'utf8'), `sjabloon-${kind}.csv`);
  if (!read.ok) throw new Error(read.issues.map((i) => importIssueText('nl-NL', i)).join('\n'));
  expect(read.warnings).toEqual([]);
  return { text, table: read.table };
}

describe('importTemplate', () => {
  it('writes the Dutch spreadsheet profile: BOM, semicolons, CRLF, canonical Dutch headers', () => {
    const realisation = importTemplate('realisation', context);
    expect(realisation.startsWith('\uFEFFgemeente;jaar;opleveringen;sm_app\r\n')).toBe(true);
    expect(realisation.endsWith('\r\n')).toBe(true);
    expect(realisation.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(importTemplate('projects', context).split('\r\n')[0]).toBe(
      '\uFEFFnaam;gemeente;opleverjaar;status;woningen;betaalbaar;sociale_huur;nultreden;geclusterd;zorggeschikt;toelichting',
    );
    expect(importTemplate('figures', context).split('\r\n')[0]).toBe('\uFEFFcijfer_id;waarde;toelichting');
  });

  it('realisation: two example rows for 2024 that validate without findings', async () => {
    const validated = validateImport('realisation', (await templateTable('realisation')).table, context);
    expect(validated.issues).toEqual([]);
    expect(validated.rows).toEqual([
      { line: 2, gemeente: dataset.gemeenten[0]?.code, year: 2024, completions: 120, smApp: 35 },
      { line: 3, gemeente: dataset.gemeenten[1]?.code, year: 2024, completions: 45, smApp: 10 },
    ]);
  });

  it('projects: one example project that validates without findings', async () => {
    const validated = validateImport('projects', (await templateTable('projects')).table, context);
    expect(validated.issues).toEqual([]);
    expect(validated.rows).toHaveLength(1);
    expect(validated.rows[0]?.project).toMatchObject({ name: 'Voorbeeldproject', status: 'vergund', homes: { total: 48, nultreden: 24 } });
  });

  it('figures: every current figure with its current value, which read back unchanged without errors', async () => {
    const { text, table } = await templateTable('figures');
    const validated = validateImport('figures', table, context);
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(dataset.figures.length + 1);
    expect(validated.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Figures without a value stay without one, silently: nothing changes.
    expect(validated.issues).toEqual([]);
    expect(validated.rows.map((r) => [r.figureId, r.value])).toEqual(dataset.figures.map((f) => [f.id, f.value]));
  });

  it('still validates without errors for a context without gemeenten or figures', async () => {
    const empty: ImportContext = { gemeenten: [], figures: [] };
    for (const kind of ['realisation', 'projects', 'figures'] as const) {
      const read = await readImportFile(Buffer.from(importTemplate(kind, empty), 'utf8'), 'leeg.csv');
      expect(read.ok).toBe(true);
      if (read.ok) expect(validateImport(kind, read.table, empty).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });
});
