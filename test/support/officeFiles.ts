import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';

/** Unzips an Office file and checks that every XML part parses; returns the parts' text by path. */
export async function officeParts(data: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(path)) continue;
    const text = await file.async('string');
    // Still a full well-formedness check; the package it points to instead is not a dependency here.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new Error(`${path} is geen geldige XML: ${JSON.stringify(valid.err)}`);
    parts.set(path, text);
  }
  return parts;
}

export function soffice(): string | null {
  return ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
}

/** Where every rendered export is kept, as PDF and PNG pages: CI's artifacts of issue 12, to look at after a run. */
export const RENDERED = resolve(import.meta.dirname, '../../test-results/rendered');

/**
 * LibreOffice converts the file to PDF; returns the PDF's path (throws on failure). A copy of the
 * PDF and its pages as PNG (50 dpi, enough to read the layout) are kept in RENDERED, named after the
 * test file's export, so each CI run leaves the memo, the deck and the workbook as a reader sees them.
 */
export function toPdf(file: string, outDir: string): string {
  const bin = soffice();
  if (!bin) throw new Error('LibreOffice (soffice) ontbreekt');
  execFileSync(bin, ['--headless', '--norestore', `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(outDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice maakte geen PDF van ${file}: ${readdirSync(outDir).join(', ')}`);
  keepRendered(pdf);
  return pdf;
}

function keepRendered(pdf: string): void {
  mkdirSync(RENDERED, { recursive: true });
  const name = basename(pdf, '.pdf');
  copyFileSync(pdf, join(RENDERED, `${name}.pdf`));
  // Without poppler the PDF is kept alone; CI installs it (.ci/run).
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-r', '50', '-png', pdf, join(RENDERED, name)], { stdio: 'pipe', timeout: 120_000 });
}

/** Number of pages of a PDF, counted from its page objects. */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
