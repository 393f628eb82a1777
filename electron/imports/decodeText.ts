import iconv from 'iconv-lite';
import type { ImportIssue } from '../../shared/imports/types';
import { fileIssue } from './table';

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } | { ok: false; issue: ImportIssue };

/** Control characters no spreadsheet writes into a text file (tab, line feed and carriage return are fine). */
function hasBinaryChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** DOS ended text files with Ctrl-Z (0x1A); harmless. */
function dropEofMarks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end--;
  return text.slice(0, end);
}

const notText = () => fileIssue({ code: 'notText', params: {} });

/**
 * Windows-1252 through iconv-lite: Node's TextDecoder('windows-1252') is really Latin-1 for 0x80–0x9F
 * (0x80 becomes U+0080, not €). The five bytes Windows-1252 leaves undefined come back as U+FFFD;
 * no text file has them, so they mark a binary file.
 */
function decodeWindows1252(bytes: Uint8Array): string | null {
  const text = iconv.decode(bytes, 'windows-1252');
  return text.includes('\uFFFD') ? null : text;
}

/** UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode-tekst"), otherwise Windows-1252 (Dutch Excel's CSV). */
export function decodeText(bytes: Uint8Array): Decoded {
  let text: string | null;
  let encoding: 'utf-8' | 'utf-16' | 'windows-1252';
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
      encoding = 'utf-16';
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
      encoding = 'utf-16';
    } else {
      if (bytes.includes(0)) return { ok: false, issue: notText() };
      try {
        // fatal: a byte that is not UTF-8 means the file is Windows-1252; ignoreBOM false (the default) drops a UTF-8 BOM.
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  } catch {
    return { ok: false, issue: notText() };
  }
  if (text === null) return { ok: false, issue: notText() };
  text = dropEofMarks(text);
  if (hasBinaryChars(text)) return { ok: false, issue: notText() };
  return { ok: true, text, encoding };
}
