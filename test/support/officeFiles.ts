import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/** LibreOffice converts the file to PDF; returns the PDF's path (throws on failure). */
export function toPdf(file: string, outDir: string): string {
  const bin = soffice();
  if (!bin) throw new Error('LibreOffice (soffice) ontbreekt');
  execFileSync(bin, ['--headless', '--norestore', `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(outDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice maakte geen PDF van ${file}: ${readdirSync(outDir).join(', ')}`);
  return pdf;
}

/** Number of pages of a PDF, counted from its page objects. */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
