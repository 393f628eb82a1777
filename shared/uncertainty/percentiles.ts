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

/** Slices of a figure's range that its draws are counted in (the first and last also take what falls below and above). */
const SLICES = 256;
/** Draws held at a time, each figure's side by side; the first BLOCK draws give each figure its range. */
const BLOCK = 256;

/**
 * The percentiles of `percentiles` above for many figures over many draws, to the bit, without
 * keeping the draws. Holding 10 000 draws of 219 figures takes 17,5 MB, and on this machine kind
 * (a virtual machine that hands freed memory back to its host) first touching that much memory
 * takes 70–150 ms: more than all the arithmetic of the simulation.
 *
 * How: draws are held BLOCK at a time. The first block gives each figure a provisional range.
 * Every draw is counted in one of SLICES slices of that range (below it: the first, above it: the
 * last), and each slice remembers its first value and whether another one came. The slice is a
 * monotone function of the value, so every value of a slice is ≤ every value of the next, and the
 * k-th value overall is the (k − values before its slice)-th of its slice. A slice of one value
 * answers at once. The values of the few slices with several values that hold a wanted rank are
 * kept in a second run over the same draws (`plan`, then `gather` each draw again: the same seed
 * gives the same draws), and searched there by quickselect.
 *
 * Either way the answer is one of the values, and equal values are the same double, except −0
 * and 0 (equal, different bits) and NaN (equal to nothing): a figure with either, or with an
 * infinite value, keeps all its draws in draw order and goes through `percentiles` above, as every
 * figure did before. So does every figure of a run of no more than BLOCK draws.
 */
export class Bands {
  /** Order statistics the percentiles take, ascending. */
  private readonly ranks: number[];
  private readonly R: number;
  private added = 0;
  private gathered = 0;
  private planned = false;
  private resolved = false;
  /** Draws held, each figure's side by side (figure f's at f × BLOCK), and how many. */
  private readonly block: Float64Array;
  private held = 0;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  /** A NaN, −0 or infinite draw. */
  private readonly bad: Uint8Array;
  /** Per figure, the provisional range: its low end and slices per unit (Infinity: a range of one value). */
  private readonly low: Float64Array;
  private readonly scale: Float64Array;
  /** Per figure and slice: its draws, its first value, whether another value came. */
  private readonly counts: Int32Array;
  private readonly first: Float64Array;
  private readonly mixed: Uint8Array;
  /** Per figure and wanted rank: its value (known from a slice of one value, or found after gathering). */
  private readonly order: Float64Array;
  /** Per figure: where its kept draws start in `store` (-1: none kept); its wanted slices of several values and where their next value goes. */
  private readonly keepAt: Int32Array;
  private readonly wantSlice: Int32Array;
  private readonly wantFill: Int32Array;
  private wanting: number[] = [];
  private pending: { order: number; from: number; size: number; k: number }[] = [];
  private store = new Float64Array(0);

  constructor(
    private readonly figures: number,
    private readonly draws: number,
    private readonly ps: readonly number[],
  ) {
    const ranks = new Set<number>();
    for (const p of ps) {
      const h = (draws - 1) * p;
      const lo = Math.floor(h);
      ranks.add(lo);
      if (h !== lo && lo + 1 < draws) ranks.add(lo + 1);
    }
    this.ranks = [...ranks].sort((a, b) => a - b);
    this.R = this.ranks.length;
    this.block = new Float64Array(figures * BLOCK);
    this.min = new Float64Array(figures).fill(Infinity);
    this.max = new Float64Array(figures).fill(-Infinity);
    this.bad = new Uint8Array(figures);
    const counted = draws > BLOCK ? figures : 0;
    this.low = new Float64Array(counted);
    this.scale = new Float64Array(counted);
    this.counts = new Int32Array(counted * SLICES);
    this.first = new Float64Array(counted * SLICES);
    this.mixed = new Uint8Array(counted * SLICES);
    this.order = new Float64Array(figures * this.R);
    this.keepAt = new Int32Array(figures).fill(-1);
    this.wantSlice = new Int32Array(figures * this.R).fill(-1);
    this.wantFill = new Int32Array(figures * this.R);
  }

  /** Holds a draw's figures; a full block goes to `next`. */
  private hold(row: Float64Array, next: () => void): void {
    const { block, held } = this;
    for (let f = 0, at = held; f < this.figures; f++, at += BLOCK) block[at] = row[f] as number;
    this.held = held + 1;
    if (this.held === BLOCK) {
      next();
      this.held = 0;
    }
  }

  /** The next draw's figures, in draw order. */
  add(row: Float64Array): void {
    this.added++;
    this.hold(row, () => {
      this.countBlock();
    });
  }

  /** The held draws: each figure's smallest, largest and bad draws, then (from the first block's range) their slices. */
  private countBlock(): void {
    const { block, held, min, max, bad, low, scale, counts, first, mixed } = this;
    const firstBlock = this.added <= BLOCK;
    for (let f = 0; f < this.figures; f++) {
      const from = f * BLOCK;
      let lo = min[f] as number;
      let hi = max[f] as number;
      let isBad = bad[f] === 1;
      for (let i = from; i < from + held; i++) {
        const x = block[i] as number;
        if (x < lo) lo = x;
        if (x > hi) hi = x;
        if (x - x !== 0 || (x === 0 && 1 / x < 0)) isBad = true;
      }
      min[f] = lo;
      max[f] = hi;
      if (isBad) bad[f] = 1;
      if (isBad || this.draws <= BLOCK) continue;
      if (firstBlock) {
        low[f] = lo;
        scale[f] = lo < hi ? (SLICES - 2) / (hi - lo) : Infinity;
      }
      const l = low[f] as number;
      const s = scale[f] as number;
      const base = f * SLICES;
      for (let i = from; i < from + held; i++) {
        const x = block[i] as number;
        const at = base + sliceOf(x, l, s);
        const c = counts[at] as number;
        counts[at] = c + 1;
        if (c === 0) first[at] = x;
        else if (x !== first[at]) mixed[at] = 1;
      }
    }
  }

  /**
   * Once every draw is added: finds each wanted rank's slice. True when the values of some slices
   * must be kept in a second run: then `gather` every draw again, in the same order.
   */
  plan(): boolean {
    if (this.added !== this.draws) throw new Error('Nog niet alle trekkingen zijn geteld.');
    if (this.planned) return this.gathered < this.draws;
    if (this.held > 0) this.countBlock();
    this.planned = true;
    const { R, ranks } = this;
    let room = 0;
    for (let f = 0; f < this.figures; f++) {
      // A figure no draw moves needs nothing.
      if (this.min[f] === this.max[f]) continue;
      if (this.bad[f] === 1 || this.draws <= BLOCK) {
        this.keepAt[f] = room;
        room += this.draws;
        this.wanting.push(f);
        continue;
      }
      let before = 0;
      let r = 0;
      let wants = false;
      for (let b = 0; b < SLICES && r < R; b++) {
        const at = f * SLICES + b;
        const size = this.counts[at] as number;
        for (; r < R && (ranks[r] as number) < before + size; r++) {
          if (this.mixed[at] === 0) {
            this.order[f * R + r] = this.first[at] as number;
            continue;
          }
          // The slice's place in the store: the same for every rank in it.
          let j = f * R;
          while (this.wantSlice[j] !== -1 && this.wantSlice[j] !== b) j++;
          if (this.wantSlice[j] === -1) {
            this.wantSlice[j] = b;
            this.wantFill[j] = room;
            room += size;
          }
          this.pending.push({ order: f * R + r, from: this.wantFill[j] as number, size, k: (ranks[r] as number) - before });
          wants = true;
        }
        before += size;
      }
      if (wants) this.wanting.push(f);
    }
    this.store = new Float64Array(room);
    if (this.draws <= BLOCK) {
      // Every draw is still held: keep them from the block.
      for (const f of this.wanting) this.store.set(this.block.subarray(f * BLOCK, f * BLOCK + this.draws), this.keepAt[f]);
      this.gathered = this.draws;
    } else if (this.wanting.length === 0) this.gathered = this.draws;
    this.held = 0;
    return this.gathered < this.draws;
  }

  /** In the second run, the next draw's figures (all draws again, in draw order). */
  gather(row: Float64Array): void {
    this.gathered++;
    this.hold(row, () => {
      this.keepBlock();
    });
    if (this.gathered === this.draws && this.held > 0) {
      this.keepBlock();
      this.held = 0;
    }
  }

  /** The held draws' values in the wanted slices (all of a kept figure's), into the store. */
  private keepBlock(): void {
    const { block, held, store, keepAt, wantSlice, wantFill, low, scale, R } = this;
    const start = this.gathered - held;
    for (const f of this.wanting) {
      const from = f * BLOCK;
      const keep = keepAt[f] as number;
      if (keep >= 0) {
        store.set(block.subarray(from, from + held), keep + start);
        continue;
      }
      const l = low[f] as number;
      const s = scale[f] as number;
      for (let i = from; i < from + held; i++) {
        const x = block[i] as number;
        const b = sliceOf(x, l, s);
        for (let j = f * R; j < (f + 1) * R && wantSlice[j] !== -1; j++) {
          if (wantSlice[j] !== b) continue;
          store[wantFill[j] as number] = x;
          wantFill[j] = (wantFill[j] as number) + 1;
          break;
        }
      }
    }
  }

  /** A figure's smallest and largest draw. */
  range(f: number): { min: number; max: number } {
    return { min: this.min[f] as number, max: this.max[f] as number };
  }

  /** A figure's percentiles (a figure some draw moves), once `plan` and any second run are done. */
  percentiles(f: number): number[] {
    if (!this.planned || this.gathered < this.draws) throw new Error('De percentielen vragen eerst plan() en de tweede ronde.');
    if (!this.resolved) {
      this.resolved = true;
      for (const p of this.pending) this.order[p.order] = select(this.store.subarray(p.from, p.from + p.size), p.k);
    }
    const n = this.draws;
    const keep = this.keepAt[f] as number;
    if (keep >= 0) return percentiles(this.store.subarray(keep, keep + n), this.ps);
    const value = (rank: number) => this.order[f * this.R + this.ranks.indexOf(rank)] as number;
    return this.ps.map((p) => {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      const a = value(lo);
      if (h === lo || lo + 1 >= n) return a;
      const b = value(lo + 1);
      return a + (h - lo) * (b - a);
    });
  }
}

/**
 * The slice of a value in a range from `low` with `scale` slices per unit: 0 below it, then
 * 1 + ⌊(x − low) × scale⌋ up to SLICES − 2, the rest SLICES − 1; for a range of one value (scale
 * Infinity): 0 below it, 1 at it, SLICES − 1 above. Monotone in x.
 */
function sliceOf(x: number, low: number, scale: number): number {
  if (x < low) return 0;
  if (scale === Infinity) return x === low ? 1 : SLICES - 1;
  const t = (x - low) * scale;
  return t >= SLICES - 2 ? SLICES - 1 : 1 + (t | 0);
}
