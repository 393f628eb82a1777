import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { importIssueText } from '../../shared/imports/issueText';
import { fileIssue, ImportIssueSchema } from '../../shared/imports/issues';
import type { CellTable, ImportContext, ImportIssue } from '../../shared/imports/types';
import { validateImport } from '../../shared/imports/validate';
import { MAX_DATA_ROWS } from './table';
import { MAX_FILE_BYTES, readImportFile, type ReadResult } from './readTable';
import { CellUnreadable, columnLetters, firstSheetTable } from './xlsx';
import { MAX_UNCOMPRESSED_BYTES } from './zip';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
/** An issue's Dutch sentence, as the command line prints it. */
const dutch = (issue: ImportIssue): string => importIssueText('nl-NL', issue);

async function table(data: Buffer, name = 'import.csv'): Promise<{ table: CellTable; warnings: ImportIssue[] }> {
  const result = await readImportFile(data, name);
  if (!result.ok) throw new Error(`niet gelezen: ${result.issues.map(dutch).join(' | ')}`);
  return result;
}

async function refusal(data: Buffer, name = 'import.csv'): Promise<string> {
  const result = await readImportFile(data, name);
  if (result.ok) throw new Error('het bestand werd gelezen, maar had geweigerd moeten worden');
  expect(result.issues).toHaveLength(1);
  expect(result.issues[0]?.severity).toBe('error');
  return dutch(result.issues[0]!);
}

/** Windows-1252 bytes of a text (Latin-1 for the accents, 0x80 for €). */
function cp1252(text: string): Buffer {
  return Buffer.from(Array.from({ length: text.length }, (_, i) => (text[i] === '€' ? 0x80 : text.charCodeAt(i))));
}

/** Deterministic "random" bytes. */
function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const context: ImportContext = {
  gemeenten: [
    { code: 'GM0376', name: 'Blaricum' },
    { code: 'GM1942', name: 'Gooise Meren' },
    { code: 'GM0402', name: 'Hilversum' },
    { code: 'GM1696', name: 'Wijdemeren' },
  ],
  figures: [{ id: 'realisatie.opleveringen:GM0402:2022-2023', value: 365 }],
};

describe('readImportFile: what is refused before reading', () => {
  it('refuses an empty file', async () => {
    expect(await refusal(Buffer.alloc(0), 'leeg.csv')).toBe('Het bestand "leeg.csv" is leeg.');
  });

  it('refuses a file over 10 MB before looking at its content', async () => {
    // Full of NUL bytes: had it been parsed, it would have been refused as binary.
    const message = await refusal(Buffer.alloc(MAX_FILE_BYTES + 1), 'groot.csv');
    expect(message).toBe('Het bestand is 10,0 MB; een import mag hoogstens 10 MB zijn.');
    expect((await readImportFile(Buffer.alloc(MAX_FILE_BYTES, 'a'), 'net.csv')).ok).toBe(false);
  });

  it('refuses files of another type by their extension', async () => {
    expect(await refusal(utf8('gemeente;jaar\nHilversum;2024\n'), 'rapport.pdf')).toBe(
      'Bestanden van het type ".pdf" kunnen niet worden ingelezen; kies een .csv-, .txt- of .xlsx-bestand.',
    );
    expect(await refusal(utf8('a;b\n'), 'zonder')).toContain('"zonder extensie"');
  });

  it('refuses a PNG, random bytes and a NUL-filled file renamed to .csv as "not a text file"', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), utf8('IHDR'), noise(200)]);
    for (const data of [png, noise(5000), Buffer.from('gemeente;jaar\0\n')]) {
      expect(await refusal(data, 'plaatje.csv')).toMatch(/^Het bestand is geen tekstbestand \(het bevat binaire gegevens\)\./);
    }
  });

  it('refuses a zip that is not a workbook, renamed to .csv', async () => {
    const zip = new JSZip();
    zip.file('notities.txt', 'hallo');
    const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(await refusal(data, 'notities.csv')).toMatch(/^Dit zip-bestand is geen Excel-werkmap \(\.xlsx\)\./);
  });

  it('refuses an old .xls (or password-protected workbook) and a text file named .xlsx', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(512)]);
    expect(await refusal(ole2, 'oud.xls')).toMatch(/^Dit is een oud Excel-bestand \(\.xls\)/);
    expect(await refusal(ole2, 'beveiligd.xlsx')).toMatch(/^Dit is een oud Excel-bestand \(\.xls\) of een met een wachtwoord beveiligde werkmap/);
    expect(await refusal(utf8('gemeente;jaar\n'), 'tekst.xlsx')).toMatch(/^Dit bestand heet \.xlsx maar is geen Excel-werkmap \(het is geen zip-bestand\)/);
    expect(await refusal(utf8('gemeente;jaar\n'), 'tekst.xls')).toMatch(/^Dit is een oud Excel-bestand/);
  });
});

describe('readImportFile: CSV', () => {
  it('reads UTF-8 with and without BOM, keeping accents and dropping the BOM', async () => {
    for (const bom of ['\uFEFF', '']) {
      const { table: t, warnings } = await table(utf8(`${bom}gemeente;jaar;opleveringen;toelichting\r\nWijdemeren;2024;71;één café €5\r\n`));
      expect(warnings).toEqual([]);
      expect(t).toEqual({
        header: ['gemeente', 'jaar', 'opleveringen', 'toelichting'],
        rows: [{ line: 2, cells: ['Wijdemeren', '2024', '71', 'één café €5'] }],
        format: 'csv',
        delimiter: ';',
      });
    }
  });

  it('reads Windows-1252 (Dutch Excel) when the bytes are not UTF-8, with €, é and ë, and says so', async () => {
    const data = cp1252('gemeente;jaar;opleveringen;toelichting\r\nWijdemeren;2024;71;één café, prijs €5\r\n');
    expect(data.includes(0x80)).toBe(true);
    const { table: t, warnings } = await table(data);
    expect(t.rows).toEqual([{ line: 2, cells: ['Wijdemeren', '2024', '71', 'één café, prijs €5'] }]);
    expect(warnings.map(dutch)).toEqual([
      'Het bestand is geen UTF-8 en is gelezen als Windows-1252 (zoals Excel CSV opslaat); controleer tekens als é, ë en €.',
    ]);
    expect(validateImport('realisation', t, context).rows).toEqual([{ line: 2, gemeente: 'GM1696', year: 2024, completions: 71, smApp: null }]);
  });

  it("reads Excel's Unicode text (UTF-16 with BOM, tabs)", async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('gemeente\tjaar\topleveringen\r\nGooise Meren\t2024\t709\r\n', 'utf16le')]);
    const { table: t } = await table(data, 'unicode.txt');
    expect(t.delimiter).toBe('\t');
    expect(t.rows[0]?.cells).toEqual(['Gooise Meren', '2024', '709']);
  });

  it('reads UTF-16 big-endian with BOM, and refuses bytes Windows-1252 leaves undefined as binary', async () => {
    const le = Buffer.from('gemeente;toelichting\r\nHuizen;één €\r\n', 'utf16le');
    const be = Buffer.from(le.map((_, i) => le[i ^ 1]!));
    expect((await table(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).table.rows[0]?.cells).toEqual(['Huizen', 'één €']);
    // 0x81 is no character in Windows-1252 (nor valid UTF-8): no spreadsheet writes it into a CSV.
    expect(await refusal(Buffer.concat([cp1252('gemeente;jaar\r\nHuizen;2024'), Buffer.from([0x81])]))).toMatch(/^Het bestand is geen tekstbestand/);
  });

  it('detects ; , and tab from the header line, ignoring separators inside quotes', async () => {
    expect((await table(utf8('a;b;c\n1;2;3\n'))).table.delimiter).toBe(';');
    expect((await table(utf8('a,b,c\n1,2,3\n'))).table.delimiter).toBe(',');
    expect((await table(utf8('a\tb\tc\n1\t2\t3\n'))).table.delimiter).toBe('\t');
    const quoted = await table(utf8('"naam, met komma";jaar\n"x, y";2024\n'));
    expect(quoted.table).toMatchObject({ delimiter: ';', header: ['naam, met komma', 'jaar'], rows: [{ line: 2, cells: ['x, y', '2024'] }] });
  });

  it('says "verkeerd scheidingsteken?" when the header is one column, naming what it found', async () => {
    expect(await refusal(utf8('gemeente|jaar|opleveringen\nHilversum|2024|10\n'))).toBe(
      'De kopregel "gemeente|jaar|opleveringen" heeft maar één kolom: verkeerd scheidingsteken? Gevonden: verticale streep (|); gebruik een puntkomma (;), komma (,) of tab tussen de kolommen.',
    );
    expect(await refusal(utf8('gemeente jaar opleveringen\n'))).toBe(
      'De kopregel "gemeente jaar opleveringen" heeft maar één kolom: verkeerd scheidingsteken? Er staat geen puntkomma, komma of tab in; gebruik een puntkomma (;), komma (,) of tab tussen de kolommen.',
    );
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks (RFC 4180), counting lines', async () => {
    const text = 'naam;toelichting;jaar\r\n"A;B";"zei ""ja""";2024\r\n"C";"regel 1\r\nregel 2\nregel 3";2025\r\nD;"";2026\r\n';
    const { table: t } = await table(utf8(text));
    expect(t.rows).toEqual([
      { line: 2, cells: ['A;B', 'zei "ja"', '2024'] },
      { line: 3, cells: ['C', 'regel 1\nregel 2\nregel 3', '2025'] },
      { line: 6, cells: ['D', '', '2026'] },
    ]);
  });

  it('reads CRLF, LF and CR alike, skips blank lines and trailing empty lines, pads short rows', async () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const text = ['a;b;c', '1;2;3', '', ';;', '4;5', '', '', ''].join(eol);
      const { table: t, warnings } = await table(utf8(text));
      expect(warnings).toEqual([]);
      expect(t.header).toEqual(['a', 'b', 'c']);
      expect(t.rows).toEqual([
        { line: 2, cells: ['1', '2', '3'] },
        { line: 5, cells: ['4', '5', ''] },
      ]);
    }
  });

  it('reports a row with more cells than the header as an error for that line, and leaves it out', async () => {
    const { table: t, warnings } = await table(utf8('gemeente,jaar,waarde\nHilversum,2024,12,5\nHuizen,2024,7,\n'));
    expect(t.rows).toEqual([{ line: 3, cells: ['Huizen', '2024', '7'] }]);
    expect(warnings.map((w) => ({ severity: w.severity, line: w.line, column: w.column, message: dutch(w) }))).toEqual([
      {
        severity: 'error',
        line: 2,
        column: null,
        message: 'Rij 2 heeft 4 cellen, de kopregel 3 kolommen; de rij is niet ingelezen. Staat er een komma (,) in een waarde zonder aanhalingstekens?',
      },
    ]);
  });

  it('keeps memory bounded for absurdly wide lines: refuses a wide header, reports a wide row', async () => {
    expect(await refusal(utf8(Array.from({ length: 600 }, (_, i) => `k${i}`).join(';') + '\n'))).toBe(
      'De kopregel heeft 600 kolommen; meer dan 500 wordt niet ingelezen.',
    );
    const { table: t, warnings } = await table(utf8(`a;b\nx${';'.repeat(2_000_000)}y\n1;2\n`));
    expect(t.rows).toEqual([{ line: 3, cells: ['1', '2'] }]);
    expect(dutch(warnings[0]!)).toMatch(/^Rij 2 heeft 2000001 cellen, de kopregel 2 kolommen/);
    // A line of nothing but delimiters is a blank row, however many there are.
    const blank = await table(utf8(`a;b\n${';'.repeat(100_000)}\n1;2\n`));
    expect([blank.table.rows, blank.warnings]).toEqual([[{ line: 3, cells: ['1', '2'] }], []]);
  });

  it('refuses an unclosed quote, naming its line', async () => {
    expect(await refusal(utf8('a;b\n1;2\n"3;4\n5;6\n'))).toBe(
      'Rij 3: een aanhalingsteken (") wordt niet gesloten, zodat de rest van het bestand één waarde zou worden.',
    );
  });

  it(`reads ${MAX_DATA_ROWS} data rows and refuses one more`, async () => {
    const rows = (n: number) => 'gemeente;jaar;opleveringen\n' + 'Hilversum;2024;1\n'.repeat(n);
    expect((await table(utf8(rows(MAX_DATA_ROWS)))).table.rows).toHaveLength(MAX_DATA_ROWS);
    expect(await refusal(utf8(rows(MAX_DATA_ROWS + 1)))).toBe('Het bestand heeft meer dan 50.000 gegevensrijen; splits het in kleinere bestanden.');
    // Rows left out for having too many cells count too: otherwise a file of them would be read to its end.
    expect(await refusal(utf8('gemeente;jaar\n' + 'Hilversum;2024;1\n'.repeat(MAX_DATA_ROWS + 1)))).toBe(
      'Het bestand heeft meer dan 50.000 gegevensrijen; splits het in kleinere bestanden.',
    );
  });

  it('refuses a file with only blank lines', async () => {
    expect(await refusal(utf8('\uFEFF\r\n \r\n'))).toBe('Het bestand bevat geen gegevens (alleen lege regels).');
  });

  it('counts lines through quoted line breaks: an unclosed quote on line 37 is reported on line 37', async () => {
    const lines = ['naam;toelichting;jaar'];
    // Rows 2–30 on one line each, then rows whose notes span three lines (CRLF, LF and CR inside the quotes).
    for (let i = 2; i <= 30; i++) lines.push(`P${i};kort;2024`);
    lines.push('P31;"een\r\ntwee\ndrie";2024', 'P34;"vier\rvijf\r\nzes";2025');
    lines.push('P37;"niet gesloten;2026', 'P38;x;2027');
    const text = lines.join('\r\n') + '\r\n';
    expect(await refusal(utf8(text))).toBe('Rij 37: een aanhalingsteken (") wordt niet gesloten, zodat de rest van het bestand één waarde zou worden.');
    const closed = await table(utf8(text.replace('"niet gesloten', '"wel gesloten"')));
    expect(closed.table.rows.slice(-4)).toEqual([
      { line: 31, cells: ['P31', 'een\ntwee\ndrie', '2024'] },
      { line: 34, cells: ['P34', 'vier\nvijf\nzes', '2025'] },
      { line: 37, cells: ['P37', 'wel gesloten', '2026'] },
      { line: 38, cells: ['P38', 'x', '2027'] },
    ]);
  });

  it('refuses text after a closing quote, naming its line; spaces around a quoted value are fine', async () => {
    expect(await refusal(utf8('naam;jaar\n"Villa" De Hoeve;2024\n'))).toBe(
      'Rij 2: na een aanhalingsteken (") dat een waarde afsluit staat nog tekst. Zet de hele waarde tussen aanhalingstekens en schrijf een aanhalingsteken in de waarde dubbel ("").',
    );
    const { table: t } = await table(utf8('naam, jaar\n"Hilversum" , "2024"\nVilla "De Hoeve",2025\n'));
    expect(t.rows).toEqual([
      { line: 2, cells: ['Hilversum', '2024'] },
      { line: 3, cells: ['Villa "De Hoeve"', '2025'] },
    ]);
  });

  it('reads a file that mixes line ends (edited on two systems)', async () => {
    const { table: t } = await table(utf8('a;b\r\n1;2\n3;4\r5;6'));
    expect(t.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
    ]);
  });
});

describe('readImportFile: XLSX', () => {
  async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads the first worksheet into text cells: numbers, dates, formula results, rich text, empty cells', async () => {
    const data = await workbook((wb) => {
      const ws = wb.addWorksheet('Realisatie');
      ws.addRow(['Gemeente', 'Jaar', 'Opleveringen', 'S+M app', 'Peildatum', 'Toelichting']);
      ws.addRow(['Hilversum', 2024, 365, 12.5, new Date(Date.UTC(2024, 2, 1)), { richText: [{ text: 'vet ' }, { text: 'en gewoon' }] }]);
      ws.addRow(['Wijdemeren', 2024, { formula: 'C2-294', result: 71 }, null, null, null]);
      ws.addRow([]);
      ws.addRow(['Blaricum', 2024, 30]);
      wb.addWorksheet('Tweede').addRow(['niet', 'gelezen']);
    });
    const { table: t, warnings } = await table(data, 'realisatie.xlsx');
    expect(t).toEqual({
      header: ['Gemeente', 'Jaar', 'Opleveringen', 'S+M app', 'Peildatum', 'Toelichting'],
      rows: [
        { line: 2, cells: ['Hilversum', '2024', '365', '12.5', '2024-03-01', 'vet en gewoon'] },
        { line: 3, cells: ['Wijdemeren', '2024', '71', '', '', ''] },
        { line: 5, cells: ['Blaricum', '2024', '30', '', '', ''] },
      ],
      format: 'xlsx',
    });
    expect(warnings.map(dutch)).toEqual(['Alleen het eerste werkblad ("Realisatie") is gelezen; de werkmap heeft er 2.']);
    const validated = validateImport('realisation', t, context);
    expect(validated.rows.map((r) => [r.gemeente, r.completions, r.smApp])).toEqual([
      ['GM1696', 71, null],
      ['GM0376', 30, null],
    ]);
    expect(validated.issues.map(dutch)).toContain('Rij 2, kolom "S+M app": "12.5" is geen geheel aantal woningen.');
  });

  it('reads a workbook saved with the extension .csv, with a warning', async () => {
    const data = await workbook((wb) => wb.addWorksheet('Blad1').addRows([['cijfer_id', 'waarde'], ['x', 1]]));
    const { table: t, warnings } = await table(data, 'cijfers.csv');
    expect(t.format).toBe('xlsx');
    expect(dutch(warnings[0]!)).toBe('Het bestand heet .csv maar is een Excel-werkmap (.xlsx); het is als werkmap gelezen.');
  });

  it('reports data to the right of the header and refuses an empty first sheet', async () => {
    const wide = await workbook((wb) => wb.addWorksheet('Blad1').addRows([['a', 'b'], [1, 2], [3, 4, 5]]));
    const { table: t, warnings } = await table(wide, 'breed.xlsx');
    expect(t.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(warnings).toMatchObject([{ severity: 'error', line: 3 }]);
    const empty = await workbook((wb) => wb.addWorksheet('Leeg'));
    expect(await refusal(empty, 'leeg.xlsx')).toBe('Het eerste werkblad ("Leeg") is leeg.');
  });

  describe('zip bombs are refused from the central directory, without unpacking', () => {
    let bomb: Buffer;
    beforeAll(async () => {
      const zip = new JSZip();
      zip.file('xl/workbook.xml', '<workbook/>');
      zip.file('xl/worksheets/sheet1.xml', new Uint8Array(60 * 1024 * 1024));
      bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    });

    it('refuses 60 MB of zeros packed into a small file', async () => {
      expect(bomb.length).toBeLessThan(200_000);
      const started = performance.now();
      const message = await refusal(bomb, 'bom.xlsx');
      expect(message).toBe(
        `Het Excel-bestand pakt uit tot meer dan ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; dat is te groot voor een import (of het is een zip-bom). Het is niet uitgepakt.`,
      );
      // Unpacking 60 MB would take far longer than reading a table of contents.
      expect(performance.now() - started).toBeLessThan(200);
    });

    it('refuses one entry that packs absurdly well, even under 50 MB', async () => {
      const zip = new JSZip();
      zip.file('xl/workbook.xml', '<workbook/>');
      zip.file('xl/worksheets/sheet1.xml', new Uint8Array(8 * 1024 * 1024));
      const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
      expect(await refusal(data, 'bom.xlsx')).toMatch(
        /^Onderdeel "xl\/worksheets\/sheet1\.xml" van het Excel-bestand pakt uit tot \d+ keer zijn grootte; dat doet een echte werkmap niet \(zip-bom\?\)\. Het is niet uitgepakt\.$/,
      );
    });

    it('refuses an entry whose data unpacks to more than its directory entry says', async () => {
      const zip = new JSZip();
      zip.file('xl/workbook.xml', '<workbook/>');
      zip.file('xl/worksheets/sheet1.xml', 'x'.repeat(100_000));
      const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      // Make both headers of the sheet claim 1000 bytes.
      for (const [signature, sizeAt, nameAt] of [
        [0x04034b50, 22, 30],
        [0x02014b50, 24, 46],
      ] as const) {
        for (let at = 0; at < data.length - 4; at++) {
          if (data.readUInt32LE(at) !== signature) continue;
          const nameLength = data.readUInt16LE(at + (signature === 0x04034b50 ? 26 : 28));
          if (data.toString('utf8', at + nameAt, at + nameAt + nameLength) === 'xl/worksheets/sheet1.xml') data.writeUInt32LE(1000, at + sizeAt);
        }
      }
      expect(await refusal(data, 'gelogen.xlsx')).toBe(
        'Onderdeel "xl/worksheets/sheet1.xml" van het Excel-bestand is beschadigd of groter dan opgegeven; het is niet ingelezen.',
      );
    });

    it('refuses a truncated workbook as damaged', async () => {
      const data = await workbook((wb) => wb.addWorksheet('Blad1').addRow(['a', 'b']));
      expect(await refusal(data.subarray(0, data.length - 30), 'kapot.xlsx')).toMatch(/^Het Excel-bestand is beschadigd/);
    });
  });

  describe('the zip container: what its table of contents says is checked before unpacking', () => {
    let data: Buffer;
    beforeAll(async () => {
      data = await workbook((wb) => wb.addWorksheet('Blad1').addRows([['a', 'b'], [1, 2]]));
    });
    /** The end-of-central-directory record: a workbook has no zip comment, so it is the last 22 bytes. */
    const eocd = (zip: Buffer): number => zip.length - 22;
    /** Writes a 16-bit field of the central-directory header of one entry. */
    function patchCentral(zip: Buffer, name: string, offset: number, value: number): Buffer {
      const out = Buffer.from(zip);
      for (let at = 0; at < out.length - 46; at++) {
        if (out.readUInt32LE(at) !== 0x02014b50) continue;
        const nameLength = out.readUInt16LE(at + 28);
        if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) out.writeUInt16LE(value, at + offset);
      }
      return out;
    }

    it('refuses a multi-part zip, a zip of more than 10 000 entries, a password and an unknown compression', async () => {
      const multiPart = Buffer.from(data);
      multiPart.writeUInt16LE(1, eocd(multiPart) + 4);
      expect(await refusal(multiPart, 'delen.xlsx')).toBe('Het zip-bestand bestaat uit meerdere delen; dat kan niet worden ingelezen.');
      const many = Buffer.from(data);
      many.writeUInt16LE(10_001, eocd(many) + 8);
      many.writeUInt16LE(10_001, eocd(many) + 10);
      expect(await refusal(many, 'veel.xlsx')).toBe('Het zip-bestand heeft 10001 onderdelen; dat is geen gewone Excel-werkmap.');
      const sheet = 'xl/worksheets/sheet1.xml';
      expect(await refusal(patchCentral(data, sheet, 8, 1), 'wachtwoord.xlsx')).toBe('Het Excel-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op.');
      expect(await refusal(patchCentral(data, sheet, 10, 12), 'bzip2.xlsx')).toBe(
        'Het zip-bestand gebruikt een onbekende compressiemethode (12); sla de werkmap opnieuw op als .xlsx.',
      );
    });
  });

  describe('a malformed workbook inside a sound zip gets a Dutch message, never the reader\'s English', () => {
    const DAMAGED = 'Het bestand kon niet als Excel-werkmap worden gelezen: het is beschadigd of geen geldige .xlsx-werkmap. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).';
    const SHEET = 'xl/worksheets/sheet1.xml';
    let base: Buffer;
    let parts: Map<string, string>;
    beforeAll(async () => {
      base = await workbook((wb) => {
        const ws = wb.addWorksheet('Blad1');
        ws.addRow(['gemeente', 'jaar', 'opleveringen', 'toelichting']);
        ws.addRow(['Hilversum', 2024, 365, { richText: [{ text: 'vet ' }, { text: 'gewoon' }] }]);
        ws.addRow(['Huizen', 2024, { formula: 'C2-1', result: 364 }, new Date(Date.UTC(2024, 0, 1))]);
      });
      const zip = await JSZip.loadAsync(base);
      parts = new Map();
      for (const file of Object.values(zip.files)) if (!file.dir) parts.set(file.name, await file.async('string'));
    });
    async function rezip(edit: (name: string, xml: string) => string): Promise<Buffer> {
      const zip = new JSZip();
      for (const [name, xml] of parts) zip.file(name, edit(name, xml));
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    }

    it('a cell reference past column XFD, a shared string that does not exist, no shared strings at all', async () => {
      // The red team's findings: exceljs said "Invalid column letter: XFE" and "Cannot read properties of undefined (reading 'richText')".
      const pastXfd = await rezip((name, xml) => (name === SHEET ? xml.replace('r="B2"', 'r="XFE2"') : xml));
      const missingString = await rezip((name, xml) => (name === SHEET ? xml.replace(/(<c r="A2"[^>]*t="s"[^>]*><v>)\d+/, '$199') : xml));
      const noStrings = await rezip((name, xml) => (name === 'xl/sharedStrings.xml' ? '' : xml));
      for (const data of [pastXfd, missingString, noStrings]) expect(await refusal(data, 'kapot.xlsx')).toBe(DAMAGED);
    });

    it('a cell the reader fails on is named by row and column, without the reader\'s words', () => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('Blad1');
      ws.addRow(['gemeente', 'jaar', 'opleveringen']);
      ws.addRow(['Hilversum', 2024, 365]);
      Object.defineProperty(ws.getCell('C2'), 'value', {
        get() {
          throw new TypeError("Cannot read properties of undefined (reading 'richText')");
        },
      });
      expect(() => firstSheetTable(book)).toThrow(CellUnreadable);
      expect(columnLetters(1)).toBe('A');
      expect(columnLetters(28)).toBe('AB');
      expect(columnLetters(16384)).toBe('XFD');
      const issue = fileIssue({ code: 'workbookCellUnreadable', params: { line: 2, column: 'C' } });
      expect(dutch(issue)).toBe(
        'Het bestand kon niet als Excel-werkmap worden gelezen: cel C2 (rij 2, kolom C) is onleesbaar. Open het in Excel, controleer die cel en sla het opnieuw op als Excel-werkmap (.xlsx).',
      );
    });

    it('an unexpected failure anywhere in reading gives the Dutch refusal, never the error\'s text', async () => {
      const broken = vi.spyOn(ExcelJS.Workbook.prototype, 'worksheets', 'get').mockImplementation(() => {
        throw new Error('Invalid column letter: XFE');
      });
      try {
        expect(await refusal(base, 'werkmap.xlsx')).toBe(DAMAGED);
      } finally {
        broken.mockRestore();
      }
    });

    /** Every message the XLSX path can give; anything else is a reader's text leaking through. */
    const DUTCH = [
      /^Het Excel-bestand is beschadigd of geen geldige \.xlsx-werkmap \(de inhoudsopgave/,
      /^Het bestand kon niet als Excel-werkmap worden gelezen: (het is beschadigd of geen geldige \.xlsx-werkmap|cel [A-Z]+\d+ \(rij \d+, kolom [A-Z]+\) is onleesbaar)\./,
      /^Onderdeel ".*" van het Excel-bestand (is beschadigd of groter dan opgegeven|pakt uit tot \d+ keer)/,
      /^Dit zip-bestand is geen Excel-werkmap \(\.xlsx\)\./,
      /^Dit bestand heet \.xlsx maar is geen Excel-werkmap/,
      /^Het zip-bestand (bestaat uit meerdere delen|gebruikt een onbekende compressiemethode|heeft \d+ onderdelen)/,
      /^Het Excel-bestand (is met een wachtwoord beveiligd|pakt uit tot meer dan)/,
      /^De Excel-werkmap heeft geen werkblad\.$/,
      /^Het eerste werkblad \(".*"\) is leeg\.$/,
      /^Alleen het eerste werkblad/,
      /^Rij \d+ heeft gegevens rechts van de laatste kolom/,
    ];
    const isDutch = (message: string): boolean => DUTCH.some((pattern) => pattern.test(message));

    const xmlEdit = fc.record({
      part: fc.constantFrom(SHEET, 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          cut: fc.nat({ max: 12 }),
          insert: fc.oneof(
            fc.constantFrom('XFE', 'r="XFE1"', 'r="A0"', '99999', '-1', 't="s"', 't="e"', 't="str"', '<si>', '</si>', '<r>', '<v>', '</v>', '<f>', '"', '<', '>', '&'),
            fc.string({ maxLength: 6 }),
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    const byteDamage = fc.record({
      flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }),
      cutTo: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    });

    it('for XML edited at random and zip bytes damaged at random', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(xmlEdit, byteDamage), async (damage) => {
          let data: Buffer;
          if ('part' in damage) {
            data = await rezip((name, xml) =>
              name !== damage.part ? xml : damage.edits.reduce((x, e) => x.slice(0, e.at % (x.length + 1)) + e.insert + x.slice(e.at % (x.length + 1) + e.cut), xml),
            );
          } else {
            data = Buffer.from(base);
            for (const { at, value } of damage.flips) data[at % data.length] = value;
            if (damage.cutTo !== null) data = data.subarray(0, Math.max(4, Math.floor(damage.cutTo * data.length)));
          }
          const result = await readImportFile(data, 'werkmap.xlsx');
          const messages = (result.ok ? result.warnings : result.issues).map(dutch);
          for (const message of messages) expect(message, message).toSatisfy(isDutch);
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('readImportFile on arbitrary input', () => {
  const settle = (result: ReadResult): void => {
    if (result.ok) {
      expect(Array.isArray(result.table.header)).toBe(true);
      for (const row of result.table.rows) expect(row.cells).toHaveLength(result.table.header.length);
    } else {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(dutch(issue).length).toBeGreaterThan(10);
        expect(importIssueText('en-GB', issue)).not.toBe(dutch(issue));
        expect(ImportIssueSchema.safeParse(issue).success).toBe(true);
      }
    }
  };
  const names = fc.constantFrom('a.csv', 'b.txt', 'c.xlsx', 'd.tsv', 'e.xls', 'f');

  it('never throws for arbitrary bytes, text or zip-like bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ maxLength: 300 }).map((s) => utf8(s)),
          fc.array(fc.constantFrom('a', ';', ',', '\t', '"', '\n', '\r', ' ', 'é', '1'), { maxLength: 200 }).map((cs) => utf8(cs.join(''))),
          fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b])),
        ),
        names,
        async (bytes, name) => {
          settle(await readImportFile(Buffer.from(bytes), name));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('realisation and figures written as CSV read back as the same numbers', () => {
  const gemeenten = context.gemeenten;
  const realisationRows = fc.uniqueArray(
    fc.record({
      g: fc.integer({ min: 0, max: gemeenten.length - 1 }),
      year: fc.integer({ min: 2000, max: 2100 }),
      completions: fc.integer({ min: 0, max: 100_000 }),
      smShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      byName: fc.boolean(),
    }),
    { selector: (r) => `${r.g}:${r.year}`, maxLength: 30 },
  );
  const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  it('with ";" and decimal comma, or "," and decimal point, and thousands separators', async () => {
    await fc.assert(
      fc.asyncProperty(realisationRows, fc.constantFrom('nl' as const, 'en' as const), fc.boolean(), async (rows, style, grouped) => {
        const sep = style === 'nl' ? ';' : ',';
        const whole = (n: number) => {
          if (!grouped) return String(n);
          const text = group(n, style === 'nl' ? '.' : ',');
          return style === 'en' && text.includes(',') ? `"${text}"` : text;
        };
        const expected = rows.map((r, i) => {
          const g = gemeenten[r.g]!;
          const smApp = r.smShare === null ? null : Math.floor(r.smShare * r.completions);
          return { line: i + 2, gemeente: g.code, year: r.year, completions: r.completions, smApp, name: r.byName ? g.name : g.code.toLowerCase() };
        });
        const text =
          ['gemeente', 'jaar', 'opleveringen', 'sm_app'].join(sep) +
          '\r\n' +
          expected.map((e) => [e.name, String(e.year), whole(e.completions), e.smApp === null ? '' : whole(e.smApp)].join(sep)).join('\r\n');
        const read = await table(utf8(text));
        const validated = validateImport('realisation', read.table, context);
        expect(validated.issues).toEqual(rows.length === 0 ? [expect.objectContaining({ severity: 'warning' })] : []);
        expect(validated.rows).toEqual(expected.map(({ name: _name, ...row }) => row));
      }),
      { numRuns: 150 },
    );
  });

  it('figure values with decimals, in both styles', async () => {
    const id = 'realisatie.opleveringen:GM0402:2022-2023';
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('nl' as const, 'en' as const), fc.boolean(), async (units, decimals, style, grouped) => {
        const value = units / 10 ** decimals;
        const [intPart = '', fraction] = Math.abs(value).toFixed(decimals).split('.');
        const point = style === 'nl' ? ',' : '.';
        const written = (value < 0 ? '-' : '') + (grouped ? group(Number(intPart), style === 'nl' ? '.' : ',') : intPart) + (fraction ? point + fraction : '');
        const cell = style === 'en' && written.includes(',') ? `"${written}"` : written;
        const sep = style === 'nl' ? ';' : ',';
        const read = await table(utf8(`cijfer_id${sep}waarde\n${id}${sep}${cell}\n`));
        const validated = validateImport('figures', read.table, context);
        expect(validated.issues).toEqual([]);
        expect(validated.rows[0]?.value).toBe(Number(value.toFixed(decimals)));
      }),
      { numRuns: 300 },
    );
  });
});
