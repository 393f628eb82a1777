/**
 * Percentiles of a set of draws, interpolating between the two nearest order statistics (the
 * "type 7" definition of spreadsheets and R), so P10 ≤ P50 ≤ P90 always holds. By selection
 * rather than a full sort: each percentile needs only its two order statistics, and selecting
 * them is linear where a sort of 10 000 draws per figure would cost most of a simulation.
 * `values` is reordered in place.
 */
export function percentiles(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => NaN);
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const a = select(values, lo);
    if (h === lo || lo + 1 >= n) return a;
    // After select(lo) everything right of lo is ≥ it: the next order statistic is their minimum.
    let b = Infinity;
    for (let i = lo + 1; i < n; i++) if ((values[i] as number) < b) b = values[i] as number;
    return a + (h - lo) * (b - a);
  });
}

/** The k-th smallest value (0-based), partitioning `v` around it (Hoare's quickselect, median-of-three pivot). */
function select(v: Float64Array, k: number): number {
  let left = 0;
  let right = v.length - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    const a = v[left] as number;
    const b = v[mid] as number;
    const c = v[right] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((v[i] as number) < pivot) i++;
      while ((v[j] as number) > pivot) j--;
      if (i <= j) {
        const t = v[i] as number;
        v[i] = v[j] as number;
        v[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return v[k] as number;
  }
  return v[k] as number;
}
