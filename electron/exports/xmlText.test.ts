import { join } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- the test writes what the app refuses, as a hand edit or an older version could have
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/store';
import { placeholderImages, reportFor } from '../../test/support/reportFixture';
import { useTempDir } from '../../test/support/files';
import { buildMemo } from './docx';
import { buildDeck } from './pptx';
import { buildWorkbook } from './xlsx';
import { xmlSafe, xmlSafeText } from './xmlText';

const tempDir = useTempDir();

// jsdom (a dev dependency, without its types here) parses XML with saxes: strict XML 1.0, unlike fast-xml-parser's validator, which lets U+0007 pass.
type XmlDoc = { documentElement: { nodeName: string; textContent: string | null } | null; getElementsByTagName(name: string): { length: number } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: new () => { parseFromString(text: string, type: string): XmlDoc } } } };
// A lone surrogate cannot be stored (SQLite keeps UTF-8): the unit test has it.
const BAD = 'Programma \u0007bel\u0000 \uFFFF\uFFFE \uFDD0 einde';

/** Every XML part of an Office file through a strict XML 1.0 parser (jsdom's, saxes underneath): the text of the parts that parse. */
async function strictParts(data: Buffer): Promise<{ text: string; errors: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const parser = new (new JSDOM('').window.DOMParser)();
  const errors: string[] = [];
  let text = '';
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(path)) continue;
    const xml = await file.async('string');
    const doc = parser.parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement?.nodeName === 'parsererror') errors.push(`${path}: ${doc.documentElement?.textContent ?? ''}`);
    else text += doc.documentElement?.textContent ?? '';
  }
  return { text, errors };
}

describe('xmlSafeText', () => {
  it('drops what XML 1.0 cannot carry (and the invisible non-characters), keeps the rest', () => {
    expect(xmlSafeText(BAD)).toBe('Programma bel   einde');
    expect(xmlSafeText('a\uD800 b')).toBe('a b');
    expect(xmlSafeText('tab\there\r\nline 😀 é € U+FFFD \uFFFD')).toBe('tab\there\r\nline 😀 é € U+FFFD \uFFFD');
    expect(xmlSafeText('a\uDC00b\uD83D')).toBe('ab');
    expect(xmlSafeText('x\u{1FFFF}\u{10FFFE}y\u0085\u007F')).toBe('xy');
  });
  it('walks plain data; the same object back when nothing changed; Buffers untouched', () => {
    const clean = { a: ['x', 1, { b: 'y' }], c: null };
    expect(xmlSafe(clean)).toBe(clean);
    const png = Buffer.from([0, 7, 0xff]);
    const out = xmlSafe({ title: 'a\u0007', list: ['b\uFFFF'], png });
    expect(out).toEqual({ title: 'a', list: ['b'], png });
    expect(out.png).toBe(png);
  });
});

describe('Office files from a name the text rule would refuse (stored before it, written into the database)', () => {
  it('memo, deck and workbook parse as XML and show the name without the characters', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const file = join(dir, 'report.sqlite');
    const store = await openStore(file);
    const { id } = await store.scenarios.create({ name: 'Eigen', description: '', params: { programme: { paceMode: 'programme' } } });
    await store.close();
    const db = new Database(file);
    db.prepare('UPDATE scenario_version SET name = ?, description = ? WHERE scenario_id = ?').run(BAD, `regel 1\u0007\nregel 2\uFFFF`, id);
    db.close();

    const { report } = await reportFor(dir, 'basis', id);
    // The report carries the name as stored: the writers are the line of defence being tested.
    expect(report.scenarioNames).toContain(BAD);
    const files = {
      docx: await buildMemo(report, placeholderImages(report)),
      pptx: await buildDeck(report, placeholderImages(report)),
      xlsx: await buildWorkbook(report),
    };
    for (const [format, data] of Object.entries(files)) {
      const { text, errors } = await strictParts(data);
      expect(errors, format).toEqual([]);
      expect(text, format).toContain('Programma bel   einde');
    }
  });

  it('without the defence the deck would not parse (the test can fail)', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const { report } = await reportFor(dir, 'basis');
    const PptxGenJS = (await import('pptxgenjs')).default;
    const pptx = new PptxGenJS();
    pptx.addSlide().addText(`${report.scenarioNames[0] ?? ''}${BAD}`, { x: 1, y: 1, w: 4, h: 1 });
    const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
    expect((await strictParts(raw)).errors.length).toBeGreaterThan(0);
  });
});
