import { MEMO } from '../target';
import type { Boundaries } from '../../dataset/boundaries';
import type { Locale } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import { classOf, divergingClasses, mapNumber, sequentialClasses, type MapClass } from './classes';
import { boxOf, inside, labelPoint, pathOf, projector, type Box, type Point } from './geometry';

/**
 * A choropleth of the region's gemeenten as one self-contained SVG document: title, map, legend,
 * source line and the boundaries' credit line (a licence condition) inside the image, so the
 * screen, a saved PNG/SVG, the memo and the deck all show the same thing. Pure: no DOM, no fonts
 * measured (text widths are estimated, generously, for wrapping).
 */
export type ChoroplethInput = {
  /** Names the image (file names, element ids); unique on a page. */
  id: string;
  boundaries: Boundaries;
  /** The figure per CBS code; a member without one (missing, null or not finite) is hatched and "geen gegeven". */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Label for a member by code (the dataset's "Laren" rather than CBS's "Laren (NH.)"); else the boundary's name. */
  names?: Readonly<Record<string, string>>;
  title: string;
  /** Over the legend, e.g. "Woningen tekort in 2030". */
  unit: string;
  /** Decimals shown on the labels and the legend (default 0). */
  decimals?: number;
  /** `diverging` for a figure that can be below zero (surplus/deficit): zero in the middle. Default `sequential`. */
  scale?: 'sequential' | 'diverging';
  /** Legend classes to use instead of the computed ones (e.g. the same classes on two maps). */
  classes?: readonly MapClass[];
  /** "Bron: …" line for the figure (shared/charts/sources.ts). */
  source: string;
  locale: Locale;
  /** Width of the image in px (default the memo's chart width, MEMO.width, so its text prints at 9 pt or more); the height follows. */
  width?: number;
};

export type MapImage = {
  id: string;
  title: string;
  source: string;
  credit: string;
  /** A standalone SVG document (xmlns, role="img", <title>, aria-label). */
  svg: string;
  width: number;
  height: number;
  /** The title and every member's value, as the SVG's aria-label says them. */
  ariaLabel: string;
  classes: MapClass[];
};

const FONT = 'Segoe UI, Calibri, Arial, sans-serif';
/**
 * The smallest text on the map. The map is drawn at the memo's text width (MEMO.width px across
 * 17 cm), so 12,5 px prints at 9,4 pt; drawn 960 px wide and shrunk to the page, 11 px was 5,5 pt.
 */
const SMALL = 12.5;
const PAD = 16;
const LEGEND = 250;
const MAX_MAP_HEIGHT = 560;
const COLOURS = { text: '#222222', muted: '#555555', neighbour: '#e8e8e8', water: '#eef3f7', border: '#5a5a5a', frame: '#cccccc', noValueBg: '#f2f2f2', hatch: '#9a9a9a' } as const;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Words into lines of at most `width` px, estimating a character at 0,52 × the font size. */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.52)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

type Attrs = Record<string, string | number>;
const attrs = (a: Attrs) => Object.entries(a).map(([k, v]) => `${k}="${typeof v === 'number' ? Math.round(v * 10) / 10 : esc(v)}"`).join(' ');
const text = (content: string, a: Attrs) => `<text ${attrs(a)}>${esc(content)}</text>`;
/** Dark text with a white halo: readable on the light class colours, on grey and across an edge. */
const HALO = { stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } as const;

/**
 * On the darkest classes white text reads better than a dark one. The halo is the fill itself: it
 * still hides a border the label crosses, and unlike a white one it does not pale the thin parts
 * of the glyphs (a white halo ate the tail of the comma in "7,2" on a lighter class, so the
 * rendered page read "7.2").
 */
function labelColours(fill: string): Attrs {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return { fill: COLOURS.text, ...HALO };
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return { fill: luminance < 0.18 ? '#ffffff' : COLOURS.text, ...HALO, stroke: fill };
}

/** The box a label of `content` (text-anchor middle, baseline at y) takes, estimated generously, with its halo. */
function labelBox(content: string, x: number, y: number, size: number): Box {
  const half = (content.length * size * 0.58) / 2 + 2;
  return { x0: x - half, y0: y - 0.8 * size - 2, x1: x + half, y1: y + 0.25 * size + 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function choroplethSvg(input: ChoroplethInput): MapImage {
  const t = texts(input.locale).map;
  const decimals = input.decimals ?? 0;
  const width = input.width ?? MEMO.width;
  const fmt = (v: number) => mapNumber(v, decimals, input.locale);
  const valueOf = (code: string): number | null => {
    const v = input.values[code];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };

  const members = input.boundaries.features.filter((f) => f.role === 'member');
  const neighbours = input.boundaries.features.filter((f) => f.role === 'neighbour');
  const present = members.map((f) => valueOf(f.code)).filter((v): v is number => v !== null);
  const classes = input.classes ? [...input.classes] : input.scale === 'diverging' ? divergingClasses(present, decimals, input.locale) : sequentialClasses(present, decimals, input.locale);

  // Projection and fit: the members fill the map area, with a margin in which the neighbours show.
  const lats = members.flatMap((f) => f.polygons.flatMap((p) => p.flatMap((r) => r.map(([, lat]) => lat))));
  const project = projector((Math.min(...lats) + Math.max(...lats)) / 2);
  const raw = (f: (typeof members)[number]) => f.polygons.map((p) => p.map((r) => r.map(project)));
  const region = boxOf(members.flatMap((f) => raw(f).flat(2)));
  const margin = 0.07 * Math.max(region.x1 - region.x0, region.y1 - region.y0);
  const view: Box = { x0: region.x0 - margin, y0: region.y0 - margin, x1: region.x1 + margin, y1: region.y1 + margin };
  const titleLines = wrap(input.title, width - 2 * PAD, 17);
  const mapX = PAD;
  const mapY = 24 + titleLines.length * 22;
  const areaWidth = width - 3 * PAD - LEGEND;
  const scale = Math.min(areaWidth / (view.x1 - view.x0), MAX_MAP_HEIGHT / (view.y1 - view.y0));
  const mapW = (view.x1 - view.x0) * scale;
  const mapH = (view.y1 - view.y0) * scale;
  const frame: Box = { x0: mapX, y0: mapY, x1: mapX + mapW, y1: mapY + mapH };
  const toSvg = ([x, y]: Point): Point => [mapX + (x - view.x0) * scale, mapY + (y - view.y0) * scale];
  const drawn = (f: (typeof members)[number]) => raw(f).map((p) => p.map((r) => r.map(toSvg)));

  const hatch = `${input.id}-geen-gegeven`;
  const clip = `${input.id}-kader`;
  const parts: string[] = [];
  parts.push(
    `<defs><clipPath id="${esc(clip)}"><rect ${attrs({ x: frame.x0, y: frame.y0, width: mapW, height: mapH })}/></clipPath>` +
      `<pattern id="${esc(hatch)}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect width="7" height="7" fill="${COLOURS.noValueBg}"/><line x1="0" y1="0" x2="0" y2="7" stroke="${COLOURS.hatch}" stroke-width="2"/></pattern></defs>`,
  );
  titleLines.forEach((line, i) => parts.push(text(line, { x: PAD, y: 28 + i * 22, 'font-size': 17, 'font-weight': 'bold', fill: COLOURS.text })));

  // The map: water (what no polygon covers), neighbours in grey, members by class, then labels on top.
  const water = `<rect ${attrs({ x: frame.x0, y: frame.y0, width: mapW, height: mapH, fill: COLOURS.water })}/>`;
  const memberPaths: string[] = [];
  const neighbourPaths: string[] = [];
  const labels: string[] = [];
  const taken: Box[] = [];
  const memberPolygons = members.map(drawn);
  members.forEach((f, i) => {
    const polygons = memberPolygons[i] ?? [];
    const value = valueOf(f.code);
    const fill = value === null ? `url(#${hatch})` : (classOf(classes, value, decimals)?.colour ?? COLOURS.noValueBg);
    const name = input.names?.[f.code] ?? f.name;
    const shown = value === null ? t.noValue : fmt(value);
    memberPaths.push(`<path d="${pathOf(polygons)}" fill="${fill}" stroke="${COLOURS.border}" stroke-width="0.9" stroke-linejoin="round" fill-rule="evenodd" data-code="${esc(f.code)}"><title>${esc(`${name}: ${shown}`)}</title></path>`);
    const at = labelPoint(polygons, frame);
    if (at) {
      const colours = labelColours(fill);
      labels.push(text(name, { x: at[0], y: at[1] - 2, 'text-anchor': 'middle', 'font-size': 12.5, 'font-weight': 'bold', ...colours }));
      labels.push(text(shown, { x: at[0], y: at[1] + 13, 'text-anchor': 'middle', 'font-size': SMALL, ...colours }));
      taken.push(labelBox(name, at[0], at[1] - 2, 12.5), labelBox(shown, at[0], at[1] + 13, SMALL));
    }
  });
  // A neighbour's name is context: it moves up or down to keep clear of the members' labels and
  // areas and inside the frame (Bunschoten ran into Eemnes' value), or is left out where it cannot.
  const onMember = (b: Box) => {
    const mid = (b.x0 + b.x1) / 2;
    const corners: Point[] = [[b.x0, b.y0], [mid, b.y0], [b.x1, b.y0], [b.x0, b.y1], [mid, b.y1], [b.x1, b.y1]];
    return memberPolygons.some((polygons) => polygons.some((rings) => corners.some((p) => inside(rings, p))));
  };
  for (const f of neighbours) {
    const polygons = drawn(f);
    neighbourPaths.push(`<path d="${pathOf(polygons)}" fill="${COLOURS.neighbour}" stroke="#ffffff" stroke-width="1.2" fill-rule="evenodd" data-code="${esc(f.code)}"/>`);
    const at = labelPoint(polygons, { x0: frame.x0 + 6, y0: frame.y0 + 6, x1: frame.x1 - 6, y1: frame.y1 - 6 });
    if (!at) continue;
    // Inside the frame across: a name at the frame's edge was cut off.
    const box = labelBox(f.name, 0, 0, SMALL);
    const half = (box.x1 - box.x0) / 2;
    const x = Math.min(Math.max(at[0], frame.x0 + half), frame.x1 - half);
    const y = [0, 8, -8, 16, -16, 24, -24].map((dy) => at[1] + 4 + dy).find((yy) => {
      const b = labelBox(f.name, x, yy, SMALL);
      return b.y0 >= frame.y0 && b.y1 <= frame.y1 && !taken.some((m) => overlaps(b, m)) && !onMember(b);
    });
    if (y === undefined) continue;
    taken.push(labelBox(f.name, x, y, SMALL));
    // A place name is Dutch in either language (as the members' names are).
    labels.push(text(f.name, { x, y, 'text-anchor': 'middle', 'font-size': SMALL, 'font-style': 'italic', fill: COLOURS.muted, ...HALO, lang: 'nl' }));
  }
  parts.push(`<g clip-path="url(#${esc(clip)})">${water}${neighbourPaths.join('')}${memberPaths.join('')}</g>`);
  parts.push(`<rect ${attrs({ x: frame.x0, y: frame.y0, width: mapW, height: mapH, fill: 'none', stroke: COLOURS.frame })}/>`);
  parts.push(`<g>${labels.join('')}</g>`);

  // Legend: the unit, the classes, and the two entries that are not classes.
  const lx = width - PAD - LEGEND;
  let ly = mapY + 14;
  const legend: string[] = [];
  for (const line of wrap(input.unit, LEGEND, 13)) {
    legend.push(text(line, { x: lx, y: ly, 'font-size': 13, 'font-weight': 'bold', fill: COLOURS.text }));
    ly += 18;
  }
  ly += 4;
  const entry = (fill: string, label: string) => {
    legend.push(`<rect ${attrs({ x: lx, y: ly - 11, width: 22, height: 14, fill, stroke: COLOURS.border, 'stroke-width': 0.6 })}/>`);
    wrap(label, LEGEND - 30, SMALL).forEach((line, i) => legend.push(text(line, { x: lx + 30, y: ly + i * 16, 'font-size': SMALL, fill: COLOURS.text })));
    ly += 22 + 16 * (wrap(label, LEGEND - 30, SMALL).length - 1);
  };
  for (const c of classes) entry(c.colour, c.label);
  if (members.some((f) => valueOf(f.code) === null)) entry(`url(#${hatch})`, t.noValue);
  entry(COLOURS.neighbour, t.neighbour);
  parts.push(`<g>${legend.join('')}</g>`);

  // Under the map: the figure's source, then the boundaries' credit (required by their licence).
  let fy = Math.max(frame.y1, ly) + 20;
  // A gemeente with a figure but no boundary (added by an import) is named, never silently left out.
  const unmapped = Object.keys(input.values).filter((code) => !input.boundaries.features.some((f) => f.code === code));
  const notOnMap = unmapped.length === 0 ? [] : wrap(t.notOnMap(unmapped.map((code) => `${input.names?.[code] ?? code}: ${valueOf(code) === null ? t.noValue : fmt(valueOf(code) ?? 0)}`)), width - 2 * PAD, SMALL);
  // The credit is the licence's Dutch wording, and the source names the Dutch documents' tables: marked so for a reader of the English map.
  const footLines: [string, Attrs][] = [
    ...notOnMap.map((l): [string, Attrs] => [l, {}]),
    ...wrap(input.source, width - 2 * PAD, SMALL).map((l): [string, Attrs] => [l, input.locale === 'nl-NL' ? {} : { lang: 'nl' }]),
    ...wrap(input.boundaries.credit, width - 2 * PAD, SMALL).map((l): [string, Attrs] => [l, { lang: 'nl' }]),
  ];
  for (const [line, extra] of footLines) {
    parts.push(text(line, { x: PAD, y: fy, 'font-size': SMALL, fill: COLOURS.muted, ...extra }));
    fy += 17;
  }
  const height = Math.ceil(fy);

  const ariaLabel = t.ariaLabel(
    `${input.title} (${input.unit})`,
    members
      .map((f) => ({ name: input.names?.[f.code] ?? f.name, value: valueOf(f.code) }))
      .sort((a, b) => a.name.localeCompare(b.name, input.locale))
      .map(({ name, value }) => t.ariaValue(name, value === null ? t.noValue : fmt(value))),
  );
  // defs first, then a white page (a saved SVG is not transparent), then the drawing.
  const [defs, ...drawing] = parts;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': ariaLabel, 'font-family': FONT })}>` +
    `<title>${esc(input.title)}</title>${defs ?? ''}<rect ${attrs({ width, height, fill: '#ffffff' })}/>${drawing.join('')}</svg>`;
  return { id: input.id, title: input.title, source: input.source, credit: input.boundaries.credit, svg, width, height, ariaLabel, classes };
}
