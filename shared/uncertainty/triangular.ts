/**
 * The triangular distribution's inverse CDF: the value below which a share `u` of the draws
 * falls, for low `a`, mode `c` and high `b`. With a = c = b it is that value exactly, so a range
 * that is no range gives bands that collapse onto the point result.
 */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (b <= a) return a;
  const width = b - a;
  const fc = (c - a) / width;
  return u < fc ? a + Math.sqrt(u * width * (c - a)) : b - Math.sqrt((1 - u) * width * (b - c));
}
