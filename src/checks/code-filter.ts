/**
 * "Have I seen this code before?" in a few bits per code instead of a table of every code:
 * a Bloom filter. It never says "new" for a code seen before; it may, rarely, say "maybe"
 * for a new one, so a caller that must be exact reads the file again when any code got a
 * "maybe" (./tagged-goods.ts). 266,000 tagged codes in a goods file of 1,000,000 rows then
 * take 2.2 MB instead of a table of 10 MB that doubles as it grows.
 *
 * It grows with the codes it holds, not with the file: stages of 65,536 codes, 131,072 …,
 * each 40 bits per code with 20 probes, which at its capacity gives a false "maybe" about
 * 8 times in a billion lookups (a file of 1,000,000 distinct tagged codes is read twice
 * about one time in fifty; of 266,000, about one in five hundred).
 */
import { foldUnit } from './compact-codes.js';

const PROBES = 20;

export interface FilterSize {
  /** Codes the first stage holds; each next stage holds twice as many. */
  firstStage: number;
  bitsPerCode: number;
}

const DEFAULT_SIZE: FilterSize = { firstStage: 1 << 16, bitsPerCode: 40 };

interface Stage {
  bits: Int32Array;
  mask: number;
  room: number;
}

export class CodeFilter {
  private readonly stages: Stage[] = [];
  private nextCapacity: number;

  /** `fold`: codes equal but for upper/lower case count as one (as CompactCodes(true)). */
  constructor(
    private readonly fold: boolean,
    private readonly size: FilterSize = DEFAULT_SIZE,
  ) {
    this.nextCapacity = size.firstStage;
    this.addStage();
  }

  private addStage(): void {
    let n = 64;
    while (n < this.nextCapacity * this.size.bitsPerCode) n *= 2;
    this.stages.push({ bits: new Int32Array(n >>> 5), mask: n - 1, room: this.nextCapacity });
    this.nextCapacity *= 2;
  }

  /** Whether the code may have been seen before (true) or surely not (false); remembers it. */
  seenBefore(code: string): boolean {
    // Two independent 32-bit hashes (FNV-1a and a multiply-xorshift), finalised; probe i
    // is h1 + i·h2 (Kirsch–Mitzenmacher), so a false "maybe" needs both to collide.
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let k = 0; k < code.length; k++) {
      const c = this.fold ? foldUnit(code.charCodeAt(k)) : code.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = fmix(h1 ^ code.length);
    h2 = fmix(h2) | 1;
    const stages = this.stages;
    for (let s = 0; s < stages.length; s++) if (holds(stages[s]!, h1, h2)) return true;
    let last = stages[stages.length - 1]!;
    if (last.room === 0) {
      this.addStage();
      last = stages[stages.length - 1]!;
    }
    last.room--;
    const bits = last.bits;
    for (let i = 0; i < PROBES; i++) {
      const b = (h1 + Math.imul(i, h2)) & last.mask;
      bits[b >>> 5] = bits[b >>> 5]! | (1 << (b & 31));
    }
    return false;
  }
}

function holds(stage: Stage, h1: number, h2: number): boolean {
  for (let i = 0; i < PROBES; i++) {
    const b = (h1 + Math.imul(i, h2)) & stage.mask;
    if ((stage.bits[b >>> 5]! & (1 << (b & 31))) === 0) return false;
  }
  return true;
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
