import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngResolution, pngWithResolution, svgWithTitle } from './imageMeta';
import { MEMO, pixelsPerMetre, SLIDE } from './target';

// A 1 × 1 PNG as Plotly and Chromium write them: no pHYs.
const ONE_PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const b = Buffer.from(png);
  const out = [];
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: crc32(b.subarray(at + 4, at + 8 + length)) === b.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('PNG resolution (pHYs)', () => {
  it('puts a valid pHYs right after IHDR, in pixels per metre, and keeps the image', () => {
    expect(pngResolution(ONE_PIXEL)).toBeNull();
    const ppm = pixelsPerMetre(MEMO);
    const out = pngWithResolution(ONE_PIXEL, ppm);
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const phys = list[1]?.data;
    expect(phys?.readUInt32BE(0)).toBe(ppm);
    expect(phys?.readUInt32BE(4)).toBe(ppm);
    expect(phys?.[8]).toBe(1);
    expect(pngResolution(out)).toBe(ppm);
    // The memo's image: 1.929 px over 17 cm is 288 dpi.
    expect((ppm * 0.0254).toFixed(0)).toBe('288');
  });

  it('replaces a pHYs already there instead of writing a second one', () => {
    const twice = pngWithResolution(pngWithResolution(ONE_PIXEL, 1000), pixelsPerMetre(SLIDE));
    expect(chunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(pngResolution(twice)).toBe(pixelsPerMetre(SLIDE));
  });

  it('leaves anything that is not a PNG alone', () => {
    const notPng = new Uint8Array([1, 2, 3]);
    expect(pngWithResolution(notPng, 100)).toEqual(notPng);
  });
});

describe('SVG title and description', () => {
  const plotly = '<svg class="main-svg" xmlns="http://www.w3.org/2000/svg" width="643" height="420"><rect/></svg>';
  it('puts <title> and <desc> first in the root, escaped, with role="img"', () => {
    const out = svgWithTitle(plotly, 'Tekort & "voor" <op> schema', 'Hilversum heeft het grootste tekort: 1.558 woningen.');
    expect(out).toBe(
      '<svg role="img" class="main-svg" xmlns="http://www.w3.org/2000/svg" width="643" height="420"><title>Tekort &amp; "voor" &lt;op&gt; schema</title><desc>Hilversum heeft het grootste tekort: 1.558 woningen.</desc><rect/></svg>',
    );
  });
  it('does not double them when run twice', () => {
    const twice = svgWithTitle(svgWithTitle(plotly, 'A', 'B'), 'C', 'D');
    expect(twice.match(/<title>/g)).toHaveLength(1);
    expect(twice).toContain('<title>C</title><desc>D</desc>');
  });
});
