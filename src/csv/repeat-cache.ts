/**
 * Values of a column that repeat across rows, decoded once per distinct bytes: NE goods' tag
 * field holds a handful of distinct values over 500,000 rows, and decoding CP932 text costs
 * several times more than finding the same bytes again. Direct-mapped: one slot per hash, the
 * last value met there kept, so memory stays fixed whatever the file.
 */
import { decodeField } from './decode.js';
import type { DetectedEncoding } from './types.js';

const SLOTS = 1024;
/** Longer values are decoded each time (and are not the repeating kind). */
const SLOT_BYTES = 128;

export class RepeatCache {
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly flagsOf = new Uint8Array(SLOTS);
  private readonly bytes = new Uint8Array(SLOTS * SLOT_BYTES);
  private readonly values: string[] = new Array<string>(SLOTS).fill('');
  private encoding: DetectedEncoding | undefined;

  /**
   * buf[start, end) as decodeField decodes it (throwing on bytes the encoding does not
   * allow), or the string made before from the same bytes, flags and encoding.
   */
  decode(enc: DetectedEncoding, buf: Buffer, start: number, end: number, flags: number): string {
    const len = end - start;
    if (len > SLOT_BYTES) return decodeField(enc, buf, start, end, flags);
    if (enc !== this.encoding) {
      this.encoding = enc;
      this.lengths.fill(-1);
    }
    let h = 0x811c9dc5 ^ flags;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    const at = slot * SLOT_BYTES;
    const kept = this.bytes;
    if (this.lengths[slot] === len && this.flagsOf[slot] === flags) {
      let k = 0;
      while (k < len && kept[at + k] === buf[start + k]) k++;
      if (k === len) return this.values[slot]!;
    }
    const value = decodeField(enc, buf, start, end, flags);
    kept.set(buf.subarray(start, end), at);
    this.lengths[slot] = len;
    this.flagsOf[slot] = flags;
    this.values[slot] = value;
    return value;
  }
}
