/**
 * A hash table of codes that lives in typed arrays instead of the JS heap. A Map of
 * 500,000 strings made V8's young-generation collector copy every string and scan the
 * map on each scavenge, which doubled the time of `check`; here a code costs a few bytes
 * in an arena and the collector has nothing to trace. Open addressing, linear probing.
 *
 * Codes are nearly always ASCII: a code whose characters all fit in a byte is stored one
 * byte per character; any other code goes to a second arena of UTF-16 units (its length
 * is stored negated, so one array tells the two apart).
 *
 * With `fold`, codes equal except for upper/lower case share one entry (ASCII and
 * full-width Latin letters; other scripts via String#toUpperCase per character).
 */

const EMPTY = 0;

/**
 * A table slot is one 32-bit number: the entry index + 1 in its low INDEX_BITS, the top bits
 * of the code's hash above them. Half the memory of an index and a whole hash side by side
 * (4 MB instead of 8 for 500,000 codes): a probe of a big table is a cache and TLB miss, and
 * the smaller table misses less. A slot whose hash bits match is compared code to code (one
 * in 128 that do is another code).
 */
const INDEX_BITS = 25;
const INDEX_MASK = (1 << INDEX_BITS) - 1;
const TAG_MASK = ~INDEX_MASK;
/** Entries a table can hold: the index must fit its bits. */
const MAX_ENTRIES = INDEX_MASK - 1;

const foldCache = new Map<number, number>();

/**
 * A UTF-16 unit as codes are compared case-blind: ASCII and full-width Latin letters
 * upper-cased, other scripts via String#toUpperCase where that keeps one unit.
 */
export function foldUnit(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  if (c >= 0xff41 && c <= 0xff5a) return c - 32;
  let f = foldCache.get(c);
  if (f === undefined) {
    const up = String.fromCharCode(c).toUpperCase();
    f = up.length === 1 ? up.charCodeAt(0) : c;
    foldCache.set(c, f);
  }
  return f;
}

export class CompactCodes {
  private narrow: Uint8Array;
  private narrowUsed = 0;
  private wide = new Uint16Array(0);
  private wideUsed = 0;
  private start: Uint32Array;
  /** Length of the code; negative for a code in the wide arena. */
  private length: Int32Array;
  /** One 32-bit integer per code: a line, a position (line × 8 + file) or a mark; every user fits. */
  private values: Int32Array;
  private hashes: Int32Array;
  private count = 0;
  /** Slots (see INDEX_BITS): 0 empty, else the entry index + 1 under the top bits of its hash. */
  private table: Int32Array;

  /**
   * `expected`: about how many codes will be stored, when the caller can tell (from the
   * size of the file): growing by doubling copies every array about twice over, and each
   * big allocation outside the heap pushes V8 into a full collection.
   */
  constructor(
    private readonly fold: boolean,
    expected = 0,
  ) {
    let entries = 1 << 12;
    while (entries < expected && entries < 1 << 24) entries *= 2;
    this.start = new Uint32Array(entries);
    this.length = new Int32Array(entries);
    this.values = new Int32Array(entries);
    this.hashes = new Int32Array(entries);
    this.table = new Int32Array(entries * 2);
    this.narrow = new Uint8Array(entries * 12);
  }

  get size(): number {
    return this.count;
  }

  private hash(code: string): number {
    let h = 0x811c9dc5;
    if (this.fold) {
      // foldUnit with its common cases written out: the call was a third of a hash.
      for (let k = 0; k < code.length; k++) {
        let c = code.charCodeAt(k);
        if (c >= 97) c = c <= 122 ? c - 32 : foldUnit(c);
        h = Math.imul(h ^ c, 0x01000193);
      }
    } else {
      for (let k = 0; k < code.length; k++) h = Math.imul(h ^ code.charCodeAt(k), 0x01000193);
    }
    return h | 0;
  }

  /** UTF-16 unit k of a stored entry. */
  private unitAt(entry: number, k: number): number {
    const len = this.length[entry]!;
    const s = this.start[entry]!;
    return len >= 0 ? this.narrow[s + k]! : this.wide[s + k]!;
  }

  private lengthOf(entry: number): number {
    const len = this.length[entry]!;
    return len >= 0 ? len : -len;
  }

  private same(entry: number, code: string): boolean {
    const len = this.length[entry]!;
    const n = code.length;
    const s = this.start[entry]!;
    if (len >= 0) {
      if (len !== n) return false;
      const a = this.narrow;
      for (let k = 0; k < n; k++) {
        const x = a[s + k]!;
        const y = code.charCodeAt(k);
        if (x !== y && (!this.fold || foldUnit(x) !== foldUnit(y))) return false;
      }
      return true;
    }
    if (-len !== n) return false;
    const w = this.wide;
    for (let k = 0; k < n; k++) {
      const x = w[s + k]!;
      const y = code.charCodeAt(k);
      if (x !== y && (!this.fold || foldUnit(x) !== foldUnit(y))) return false;
    }
    return true;
  }

  /** The code hashed last and its hash: a find is often followed by an insert of the same code. */
  private hashedCode: string | undefined;
  private hashedValue = 0;

  private hashOf(code: string): number {
    if (code !== this.hashedCode) {
      this.hashedCode = code;
      // The next code expected, or the one after it (a record whose code was never asked about, such as a blank one, is passed over).
      let k = this.expectedAt;
      if (k < this.expectedCount && this.expectedCodes[k] !== code) k++;
      if (k < this.expectedCount && this.expectedCodes[k] === code) {
        this.hashedValue = this.expectedHashes[k]!;
        this.expectedAt = k + 1;
      } else this.hashedValue = this.hash(code);
    }
    return this.hashedValue;
  }

  /** The codes `expect` was told of, their hashes, and the next one to be looked up. */
  private expectedCodes: string[] = [];
  private expectedHashes = new Int32Array(0);
  private expectedCount = 0;
  private expectedAt = 0;
  /** Written by `expect` so that its loads are not optimised away (a load whose value is unused is dropped). */
  touched = 0;

  /**
   * The codes about to be looked up, in the order they will be. Each one's slot is read
   * now, in a loop of loads that do not depend on each other, so that their cache misses
   * overlap: once the table outgrows the processor's cache (4 MB for 500,000 codes, while
   * check streams a 74 MB file past it) a lookup otherwise waits on memory each time, and
   * nearly every code of a goods file is new. The hashes are kept for those lookups.
   */
  expect(codes: readonly string[], count: number): void {
    if (this.expectedHashes.length < count) this.expectedHashes = new Int32Array(Math.max(count, 2 * this.expectedHashes.length));
    const hashes = this.expectedHashes;
    for (let k = 0; k < count; k++) hashes[k] = this.hash(codes[k]!);
    const t = this.table;
    const mask = t.length - 1;
    let touched = 0;
    for (let k = 0; k < count; k++) touched |= t[hashes[k]! & mask]!;
    this.touched = touched;
    this.expectedCodes = codes as string[];
    this.expectedCount = count;
    this.expectedAt = 0;
  }

  /** Entry index of the code (or of its case-folded form), or -1. */
  find(code: string): number {
    const h = this.hashOf(code);
    const t = this.table;
    const mask = t.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = t[slot]!;
      if (v === EMPTY) return -1;
      if (((v ^ h) & TAG_MASK) === 0 && this.same((v & INDEX_MASK) - 1, code)) return (v & INDEX_MASK) - 1;
    }
  }

  /**
   * Entry index of the code, stored with `value` if it was not there yet (`added` says
   * which). The code is hashed once: find remembers its hash for the insert.
   */
  findOrAdd(code: string, value: number): number {
    const e = this.find(code);
    this.added = e < 0;
    return e < 0 ? this.insert(code, value) : e;
  }

  /** Whether the last findOrAdd stored a new entry. */
  added = false;

  /**
   * Entry of the code stored as entry `theirs` of another table, without making a string of
   * it (comparing 500,000 stock codes a side). Both tables must be built without folding.
   */
  findEntryOf(other: CompactCodes, theirs: number): number {
    const h = other.hashes[theirs]!;
    const len = other.lengthOf(theirs);
    const t = this.table;
    const mask = t.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = t[slot]!;
      if (v === EMPTY) return -1;
      const mine = (v & INDEX_MASK) - 1;
      if (((v ^ h) & TAG_MASK) !== 0 || this.hashes[mine] !== h || this.lengthOf(mine) !== len) continue;
      let k = 0;
      while (k < len && this.unitAt(mine, k) === other.unitAt(theirs, k)) k++;
      if (k === len) return mine;
    }
  }

  /** Store a code not yet present (call find first); returns its entry index. */
  insert(code: string, value: number): number {
    return this.store(code, value, this.hashOf(code));
  }

  private store(code: string, value: number, h: number): number {
    if ((this.count + 1) * 2 > this.table.length) this.rehash();
    if (this.count === this.start.length) this.growEntries();
    if (this.count >= MAX_ENTRIES) throw new RangeError(`more than ${MAX_ENTRIES} distinct codes`);
    const e = this.count++;
    const n = code.length;
    let used = this.narrowUsed;
    if (used + n > this.narrow.length) {
      const bigger = new Uint8Array(Math.max(this.narrow.length * 2, used + n));
      bigger.set(this.narrow);
      this.narrow = bigger;
    }
    // Copied as bytes while every unit fits one; the first that does not sends the code to the wide arena.
    const a = this.narrow;
    let k = 0;
    for (; k < n; k++) {
      const c = code.charCodeAt(k);
      if (c > 0xff) break;
      a[used + k] = c;
    }
    if (k === n) {
      this.start[e] = used;
      this.length[e] = n;
      this.narrowUsed = used + n;
    } else {
      used = this.wideUsed;
      if (used + n > this.wide.length) {
        const bigger = new Uint16Array(Math.max(1 << 10, this.wide.length * 2, used + n));
        bigger.set(this.wide);
        this.wide = bigger;
      }
      const w = this.wide;
      for (let j = 0; j < n; j++) w[used + j] = code.charCodeAt(j);
      this.start[e] = used;
      this.length[e] = -n;
      this.wideUsed = used + n;
    }
    this.values[e] = value;
    this.hashes[e] = h;
    this.place(e, h);
    return e;
  }

  /** Whether the stored spelling is exactly this code (case included). */
  isExactly(entry: number, code: string): boolean {
    if (this.lengthOf(entry) !== code.length) return false;
    for (let k = 0; k < code.length; k++) if (this.unitAt(entry, k) !== code.charCodeAt(k)) return false;
    return true;
  }

  /** The code as first stored (its original spelling). */
  codeAt(entry: number): string {
    const s = this.start[entry]!;
    const len = this.length[entry]!;
    if (len >= 0) return Buffer.from(this.narrow.buffer, this.narrow.byteOffset + s, len).toString('latin1');
    return Buffer.from(this.wide.buffer, this.wide.byteOffset + s * 2, -len * 2).toString('utf16le');
  }

  valueAt(entry: number): number {
    return this.values[entry]!;
  }

  setValue(entry: number, value: number): void {
    this.values[entry] = value;
  }

  private place(e: number, h: number): void {
    const t = this.table;
    const mask = t.length - 1;
    let slot = h & mask;
    while (t[slot] !== EMPTY) slot = (slot + 1) & mask;
    t[slot] = (h & TAG_MASK) | (e + 1);
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let e = 0; e < this.count; e++) this.place(e, this.hashes[e]!);
  }

  /** One statement per array: a shared helper over several typed-array types is megamorphic and slow. */
  private growEntries(): void {
    const n = this.start.length * 2;
    const start = new Uint32Array(n);
    start.set(this.start);
    this.start = start;
    const length = new Int32Array(n);
    length.set(this.length);
    this.length = length;
    const values = new Int32Array(n);
    values.set(this.values);
    this.values = values;
    const hashes = new Int32Array(n);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }
}
