/**
 * Successive inversion of a cumulative intensity Λ(t) = Σ λ_i (t − u_i)⁺ for increasing levels
 * G₁ < G₂ < …: sites are sorted by opening once, then a single sweep over the breakpoints
 * serves all levels (O(m log m + arrivals)). Reused across runs without allocating.
 */
export class PiecewiseInverter {
  private order: Uint32Array;
  private m = 0;
  private open!: Float64Array;
  private lam!: Float64Array;
  private next = 0;
  private t0 = 0;
  private level0 = 0;
  private slope = 0;

  constructor(capacity: number) {
    this.order = new Uint32Array(capacity);
  }

  /** Loads the sites `members` (indices into open/lam) of one stream for this run. */
  reset(members: Uint32Array, open: Float64Array, lam: Float64Array): void {
    this.open = open;
    this.lam = lam;
    let m = 0;
    for (const i of members) if (open[i]! !== Infinity && lam[i]! > 0) this.order[m++] = i;
    const view = this.order.subarray(0, m);
    view.sort((a, b) => open[a]! - open[b]!);
    this.m = m;
    this.next = 0;
    this.slope = 0;
    this.level0 = 0;
    this.t0 = m > 0 ? open[this.order[0]!]! : Infinity;
  }

  /** Time t with Λ(t) = level; levels must be non-decreasing between calls. Infinity if never. */
  invert(level: number): number {
    const { order, open, lam } = this;
    while (this.next < this.m) {
      const i = order[this.next]!;
      const u = open[i]!;
      const levelAtU = this.level0 + this.slope * (u - this.t0);
      if (this.slope > 0 && levelAtU > level) break;
      this.level0 = levelAtU;
      this.t0 = u;
      this.slope += lam[i]!;
      this.next++;
    }
    if (this.slope === 0) return Infinity;
    return this.t0 + (level - this.level0) / this.slope;
  }
}
