/**
 * A hash table of codes that lives in typed arrays instead of the JS heap. A Map of
 * 500,000 strings made V8's young-generation collector copy every string and scan the
 * map on each scavenge, which doubled the time of `check`; here a code costs a few bytes
 * in an arena and the collector has nothing to trace. Open addressing, linear probing.
 *
 * With `fold`, codes equal except for upper/lower case share one entry (ASCII and
 * full-width Latin letters; other scripts via String#toUpperCase per character).
 */

const EMPTY = 0;

export class CompactCodes {
  /** UTF-16 code units of every stored code, back to back. */
  private arena = new Uint16Array(1 << 16);
  private used = 0;
  private start = new Uint32Array(1 << 12);
  private length = new Uint32Array(1 << 12);
  private values = new Float64Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private count = 0;
  /** Slot → entry index + 1 (0 = empty). */
  private table = new Int32Array(1 << 13);
  private readonly foldCache = new Map<number, number>();

  constructor(private readonly fold: boolean) {}

  get size(): number {
    return this.count;
  }

  private unit(c: number): number {
    if (!this.fold) return c;
    if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
    if (c >= 0xff41 && c <= 0xff5a) return c - 32;
    let f = this.foldCache.get(c);
    if (f === undefined) {
      const up = String.fromCharCode(c).toUpperCase();
      f = up.length === 1 ? up.charCodeAt(0) : c;
      this.foldCache.set(c, f);
    }
    return f;
  }

  private hash(code: string): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < code.length; k++) h = Math.imul(h ^ this.unit(code.charCodeAt(k)), 0x01000193);
    return h | 0;
  }

  private same(entry: number, code: string): boolean {
    if (this.length[entry] !== code.length) return false;
    const s = this.start[entry]!;
    for (let k = 0; k < code.length; k++) {
      if (this.unit(this.arena[s + k]!) !== this.unit(code.charCodeAt(k))) return false;
    }
    return true;
  }

  /** Entry index of the code (or of its case-folded form), or -1. */
  find(code: string): number {
    const h = this.hash(code);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.table[slot]!;
      if (e === EMPTY) return -1;
      if (this.hashes[e - 1] === h && this.same(e - 1, code)) return e - 1;
    }
  }

  /** Store a code not yet present (call find first); returns its entry index. */
  insert(code: string, value: number): number {
    if ((this.count + 1) * 2 > this.table.length) this.rehash();
    if (this.count === this.start.length) this.growEntries();
    while (this.used + code.length > this.arena.length) {
      const bigger = new Uint16Array(this.arena.length * 2);
      bigger.set(this.arena);
      this.arena = bigger;
    }
    const e = this.count++;
    for (let k = 0; k < code.length; k++) this.arena[this.used + k] = code.charCodeAt(k);
    this.start[e] = this.used;
    this.length[e] = code.length;
    this.used += code.length;
    this.values[e] = value;
    const h = this.hash(code);
    this.hashes[e] = h;
    this.place(e, h);
    return e;
  }

  /** Whether the stored spelling is exactly this code (case included). */
  isExactly(entry: number, code: string): boolean {
    if (this.length[entry] !== code.length) return false;
    const s = this.start[entry]!;
    for (let k = 0; k < code.length; k++) if (this.arena[s + k] !== code.charCodeAt(k)) return false;
    return true;
  }

  /** The code as first stored (its original spelling). */
  codeAt(entry: number): string {
    const s = this.start[entry]!;
    return String.fromCharCode(...this.arena.subarray(s, s + this.length[entry]!));
  }

  valueAt(entry: number): number {
    return this.values[entry]!;
  }

  setValue(entry: number, value: number): void {
    this.values[entry] = value;
  }

  private place(e: number, h: number): void {
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.table[slot] = e + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let e = 0; e < this.count; e++) this.place(e, this.hashes[e]!);
  }

  private growEntries(): void {
    const n = this.start.length * 2;
    const grow = <T extends Uint32Array | Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.start = grow(this.start, (k) => new Uint32Array(k));
    this.length = grow(this.length, (k) => new Uint32Array(k));
    this.values = grow(this.values, (k) => new Float64Array(k));
    this.hashes = grow(this.hashes, (k) => new Int32Array(k));
  }
}
