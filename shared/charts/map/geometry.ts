import type { Position } from '../../dataset/boundaries';

/** A point on the drawing, in SVG units (y downwards). */
export type Point = readonly [number, number];
export type Box = { x0: number; y0: number; x1: number; y1: number };

/**
 * Equirectangular with the longitude shortened by cos(latitude) at the region's middle: over the
 * 25 km of the region the distortion is far below the boundaries' own coarseness (~100 m), and
 * it needs no projection library. The result is in kilometres-like units, scaled later to fit.
 */
export function projector(latitude: number): (p: Position) => Point {
  const k = Math.cos((latitude * Math.PI) / 180);
  return ([lon, lat]) => [lon * k, -lat];
}

export function boxOf(points: Iterable<Point>): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/** Each edge of a ring as [from, to], the closing edge included (a GeoJSON ring repeats its first point). */
function* edges(ring: readonly Point[]): Generator<[Point, Point]> {
  let previous = ring.at(-1);
  for (const point of ring) {
    if (previous) yield [previous, point];
    previous = point;
  }
}

/** Even–odd: inside the exterior and outside every hole. */
export function inside(rings: readonly (readonly Point[])[], [x, y]: Point): boolean {
  let odd = false;
  for (const ring of rings) {
    for (const [[xj, yj], [xi, yi]] of edges(ring)) {
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax, dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed area (shoelace) of a ring; its absolute value compares polygons. */
export function ringArea(ring: readonly Point[]): number {
  let a = 0;
  for (const [[xj, yj], [xi, yi]] of edges(ring)) a += (xj - xi) * (yj + yi);
  return a / 2;
}

/**
 * Where a label sits: the point of the polygon (its largest part) inside `frame` that lies
 * farthest from its edges and the frame's, found by a grid search refined twice. A centroid can
 * fall outside a bent gemeente (Gooise Meren) or a neighbour cut by the frame.
 */
export function labelPoint(polygons: readonly (readonly (readonly Point[])[])[], frame: Box): Point | null {
  const largest = [...polygons].sort((a, b) => Math.abs(ringArea(b[0] ?? [])) - Math.abs(ringArea(a[0] ?? [])))[0];
  if (!largest?.[0]) return null;
  const own = boxOf(largest[0]);
  let box = { x0: Math.max(own.x0, frame.x0), y0: Math.max(own.y0, frame.y0), x1: Math.min(own.x1, frame.x1), y1: Math.min(own.y1, frame.y1) };
  if (box.x0 >= box.x1 || box.y0 >= box.y1) return null;
  const score = (p: Point) => {
    if (!inside(largest, p)) return -1;
    let d = Math.min(p[0] - frame.x0, frame.x1 - p[0], p[1] - frame.y0, frame.y1 - p[1]);
    for (const ring of largest) for (const [a, b] of edges(ring)) d = Math.min(d, segmentDistance(p, a, b));
    return d;
  };
  let best: { p: Point; d: number } | null = null;
  for (let round = 0; round < 3; round++) {
    const n = 24;
    const sx = (box.x1 - box.x0) / n, sy = (box.y1 - box.y0) / n;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const p: Point = [box.x0 + i * sx, box.y0 + j * sy];
        const d = score(p);
        if (d > (best?.d ?? 0)) best = { p, d };
      }
    }
    if (!best) return null;
    box = { x0: best.p[0] - 2 * sx, x1: best.p[0] + 2 * sx, y0: best.p[1] - 2 * sy, y1: best.p[1] + 2 * sy };
  }
  return best?.p ?? null;
}

/** An SVG path for the polygons (rings closed, holes by the even–odd rule), rounded to 0,1 unit. */
export function pathOf(polygons: readonly (readonly (readonly Point[])[])[]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return polygons
    .flatMap((rings) => rings.map((ring) => `M${ring.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`))
    .join('');
}
