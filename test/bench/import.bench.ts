/**
 * Benchmark of the import path (`npm run bench:import`): read → validate → plan a projects CSV of
 * 1 000, 10 000 and 50 000 rows (the limit) on the seed dataset. Prints time per 1 000 rows and
 * the scaling ratio (1.0 = linear), so a noisy machine does not change the verdict.
 */
import { readSeed } from '../../electron/seeds/readSeeds';
import { readImportFile } from '../../electron/imports/readTable';
import { validateImport } from '../../shared/imports/validate';
import { planImport } from '../../shared/imports/plan';
import { importIssueText } from '../../shared/imports/issueText';

const ds = readSeed().dataset;
const codes = ds.gemeenten.filter((g) => g.memberUntil === null).map((g) => g.code);
const statuses = ['idee', 'planvorming', 'vastgesteld', 'vergund', 'in aanbouw'];

function projectsCsv(rows: number): Buffer {
  const lines = ['naam;gemeente;opleverjaar;status;woningen;betaalbaar;nultreden;geclusterd;zorggeschikt;toelichting'];
  for (let i = 0; i < rows; i++) {
    const total = 20 + (i % 400);
    lines.push(`Project ${i};${codes[i % codes.length] ?? 'GM0402'};${2025 + (i % 10)};${statuses[i % statuses.length] ?? 'idee'};${total};${Math.floor(total / 2)};${Math.floor(total / 3)};${i % 7};${i % 5};"rij ${i}; met ""aanhalingstekens"""`);
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

async function once(data: Buffer): Promise<number> {
  const t0 = performance.now();
  const read = await readImportFile(data, 'projecten.csv');
  if (!read.ok) throw new Error(read.issues.map((i) => importIssueText('nl-NL', i)).join('\n'));
  const validated = validateImport('projects', read.table, { gemeenten: ds.gemeenten, figures: ds.figures });
  if (validated.issues.some((i) => i.severity === 'error')) throw new Error(validated.issues.map((i) => importIssueText('nl-NL', i)).join('\n'));
  const plan = planImport(validated, ds, { fileName: 'projecten.csv', peildatum: null, date: '2026-11-23' });
  if (plan.changes.length !== validated.rows.length) throw new Error('plan mist rijen');
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const sizes = [1_000, 10_000, 50_000];
  const perThousand = new Map<number, number>();
  console.log('import projecten.csv: read → validate → plan; median of 5 runs after 1 warm-up\n');
  console.log('rows      MB     ms/run   ms per 1 000 rows');
  console.log('--------------------------------------------');
  for (const n of sizes) {
    const data = projectsCsv(n);
    await once(data);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await once(data));
    runs.sort((a, b) => a - b);
    const median = runs[2] ?? 0;
    perThousand.set(n, (median / n) * 1000);
    console.log(`${String(n).padStart(6)}  ${(data.length / 1024 / 1024).toFixed(1).padStart(5)}  ${median.toFixed(1).padStart(9)}  ${((median / n) * 1000).toFixed(2).padStart(10)}`);
  }
  const ratio = (perThousand.get(50_000) ?? 0) / (perThousand.get(1_000) ?? 1);
  console.log(`\nscaling 50 000 vs 1 000 rows, time per row (1.0 = linear): ${ratio.toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
