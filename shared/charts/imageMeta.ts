/**
 * What an exported chart image says about itself: an SVG its <title> (the chart's title) and
 * <desc> (its alt text), so a screen reader and an image list name it; a PNG its resolution (a
 * pHYs chunk), so it opens at its printed size instead of at 72 or 96 dpi. Pure byte and string
 * work: shared/ has no Node and no DOM.
 */

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The SVG with `<title>` and `<desc>` as the first children of its root element (where SVG 2 wants
 * them) and role="img" on the root; a title or desc already there is replaced, not doubled.
 */
export function svgWithTitle(svg: string, title: string, desc: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const start = open.index + open[0].length;
  let rest = svg.slice(start);
  // Drop an existing direct title/desc at the start (Plotly writes none; an earlier pass might have).
  rest = rest.replace(/^\s*<title>[\s\S]*?<\/title>/, '').replace(/^\s*<desc>[\s\S]*?<\/desc>/, '');
  const root = /\srole=/.test(open[0]) ? open[0] : open[0].replace(/^<svg\b/, '<svg role="img"');
  return `${svg.slice(0, open.index)}${root}<title>${xmlText(title)}</title><desc>${xmlText(desc)}</desc>${rest}`;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The PNG with a pHYs chunk of `pixelsPerMetre` in both directions, right after IHDR (the place
 * the PNG specification requires: before the image data); an existing pHYs is replaced. Anything
 * that is not a PNG comes back unchanged (as a copy).
 */
export function pngWithResolution(png: Uint8Array, pixelsPerMetre: number): Uint8Array<ArrayBuffer> {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return new Uint8Array(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // IHDR is the first chunk: 8 signature + 4 length + 4 type + 13 data + 4 CRC.
  const afterIhdr = 8 + 12 + view.getUint32(8);
  const chunk = new Uint8Array(21);
  const c = new DataView(chunk.buffer);
  c.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  c.setUint32(8, pixelsPerMetre);
  c.setUint32(12, pixelsPerMetre);
  chunk[16] = 1; // unit: the metre
  c.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Any pHYs already written is left out.
  const parts: Uint8Array[] = [png.subarray(0, afterIhdr), chunk];
  let at = afterIhdr;
  while (at + 8 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    const type = String.fromCharCode(png[at + 4] ?? 0, png[at + 5] ?? 0, png[at + 6] ?? 0, png[at + 7] ?? 0);
    if (type !== 'pHYs') parts.push(png.subarray(at, Math.min(end, png.length)));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** The pHYs of a PNG in pixels per metre (x), or null: for the tests and for whoever checks a file. */
export function pngResolution(png: Uint8Array): number | null {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 8 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(png[at + 4] ?? 0, png[at + 5] ?? 0, png[at + 6] ?? 0, png[at + 7] ?? 0);
    if (type === 'pHYs' && at + 16 <= png.length) return view.getUint32(at + 8);
    if (type === 'IDAT') return null;
    at += 12 + length;
  }
  return null;
}
