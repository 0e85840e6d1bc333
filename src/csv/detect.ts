/**
 * Which encoding an input file is in: UTF-8 with BOM, UTF-8, or CP932 (Shift_JIS), decided
 * from evidence over the file as it streams, never from a sample.
 *
 * ASCII reads the same either way, so only runs of other bytes need a decision. A run is cut
 * out at the bytes below 0x40 around it (delimiters, digits, line ends): no CP932 or UTF-8
 * character continues across such a byte, so both readings of the run start and end in step.
 * Conclusive evidence, the first that turns up:
 * - the run is not valid UTF-8 → CP932 (also when it is not valid CP932 either: the decoder
 *   then names the broken bytes); it is not valid CP932 → UTF-8;
 * - valid both ways, and the CP932 reading holds the mojibake of Japanese UTF-8 — a kanji of
 *   the rows E3–E9 followed at once by a half-width kana (セール → 繧ｻ繝ｼ繝ｫ) — or private-use
 *   characters (the user-defined area: what 4-byte UTF-8 such as emoji becomes) → UTF-8.
 * Nothing else is evidence. A run valid both ways never shows CP932 clearly: real CP932
 * kana and common kanji are not valid UTF-8, so a CP932 file proves itself with its first
 * Japanese word; what is left reads as half-width kana and rare kanji in CP932 and as é,
 * α, Ω, ʤ, Thaana … in UTF-8. (Taking such letters for CP932 would misread UTF-8 like
 * csv-spectrum's utf8.csv, "ʤ" → "ﾊ､"; taking Japanese in the UTF-8 reading for UTF-8
 * would misread CP932 "ﾞ∵あ" as U+0781 + 悠.) The reader holds such records back until
 * evidence comes, and a file that ends without any is refused (exit 2) with a request for
 * the encoding flag: a guess would decide the bytes of an upload file.
 *
 * UTF-8 text is often valid CP932 too, never the other way round in practice, so a wrong
 * CP932 decision is the dangerous one: after deciding CP932, and after a UTF-8 decision that
 * rests on mojibake or private use only, the detector keeps looking until CONFIRMATIONS more runs
 * agree, and a later run pointing the other way is a conflict that stops the run (the
 * records read so far never reach an output: exports write nothing until the end, check
 * reports nothing until the end). A UTF-8 decision made because the bytes are not CP932
 * cannot go wrong unseen: CP932 kana and kanji are not valid UTF-8, so their fields fail to
 * decode. After the confirmations the detector stops looking, and the decoder takes over: a
 * decoded field of a CP932 file that is valid UTF-8 and reads with those marks is refused
 * (decode.ts, Utf8InCp932), so UTF-8 rows pasted far into a CP932 file never reach an
 * output as mojibake, also when the encoding was named. Known limit: a CP932 file whose only
 * Japanese is itself such mojibake (stored from an earlier bad import) is read as the UTF-8 it
 * was made from, and with the encoding named, a field that is nothing but such mojibake is
 * refused.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import type { DetectedEncoding, InputEncoding } from './types.js';
import { decodeCp932, firstInvalidCp932, utf8Marks } from './cp932.js';

const CONFIRMATIONS = 16;

/** The reading a run points to, and whether only because the other reading is invalid (certain). */
type Verdict = { encoding: InputEncoding; certain: boolean } | null;

const CERTAIN_CP932: Verdict = { encoding: 'cp932', certain: true };
const CERTAIN_UTF8: Verdict = { encoding: 'utf8', certain: true };
const LIKELY_UTF8: Verdict = { encoding: 'utf8', certain: false };

/** What one run of bytes says (the run starts with a byte ≥ 0x80, ends before a byte < 0x40). */
function judge(run: Buffer): Verdict {
  const utf8 = isUtf8(run);
  const cp932 = firstInvalidCp932(run, 0, run.length, false) < 0;
  if (!utf8) return CERTAIN_CP932;
  if (!cp932) return CERTAIN_UTF8;
  decodeCp932(run, 0, run.length);
  if (utf8Marks()) return LIKELY_UTF8;
  return null;
}

export class EncodingDetector {
  /** The decision; undefined while the evidence is not in. */
  encoding: DetectedEncoding | undefined;
  /** Absolute offset of the first non-ASCII run met while undecided (-1: none yet). */
  contested = -1;
  /** Set at the end of the input when no evidence came: the file must be named by a flag. */
  ambiguous = false;
  /** Absolute offset of a run of UTF-8 Japanese after a CP932 decision (-1: none). */
  conflict = -1;
  /** Runs still to confirm a CP932 decision. */
  private toConfirm = 0;
  /** Bytes fed so far (absolute): a re-read of earlier bytes is ignored. */
  private seen = 0;
  private pending: Buffer[] = [];
  private pendingAt = -1;

  constructor(forced?: InputEncoding) {
    this.encoding = forced;
  }

  /** Whether fed bytes can still change anything. */
  get active(): boolean {
    return (this.encoding === undefined || this.toConfirm > 0) && this.conflict < 0;
  }

  /** The file starts with a UTF-8 BOM: decided, nothing to watch. */
  bom(): void {
    this.encoding = 'utf8-bom';
    this.toConfirm = 0;
  }

  /** Look at chunk, whose first byte is at absolute offset abs; `final` when no more follows. */
  feed(chunk: Buffer, abs: number, final: boolean): void {
    if (!this.active) return;
    let i = Math.max(0, this.seen - abs);
    const end = chunk.length;
    this.seen = Math.max(this.seen, abs + end);
    if (this.pending.length > 0) {
      let j = i;
      while (j < end && chunk[j]! >= 0x40) j++;
      this.pending.push(Buffer.from(chunk.subarray(i, j)));
      if (j >= end && !final) return;
      const run = Buffer.concat(this.pending);
      this.pending = [];
      this.take(run, this.pendingAt);
      i = j;
    }
    // Most chunks of most files are plain ASCII: one native pass says so.
    if (i < end && isAscii(chunk.subarray(i))) i = end;
    while (i < end && this.active) {
      while (i < end && chunk[i]! < 0x80) i++;
      if (i >= end) break;
      let j = i + 1;
      while (j < end && chunk[j]! >= 0x40) j++;
      if (j >= end && !final) {
        this.pending = [Buffer.from(chunk.subarray(i, j))];
        this.pendingAt = abs + i;
        return;
      }
      this.take(chunk.subarray(i, j), abs + i);
      i = j;
    }
    if (final) this.end();
  }

  private take(run: Buffer, at: number): void {
    const verdict = judge(run);
    if (this.encoding !== undefined) {
      // Confirming a decision: a run that points the other way is a conflict.
      if (verdict === null) return;
      if (verdict.encoding !== this.encoding) this.conflict = at;
      else this.toConfirm--;
      return;
    }
    if (verdict === null) {
      if (this.contested < 0) this.contested = at;
      return;
    }
    this.encoding = verdict.encoding;
    // UTF-8 chosen because the bytes are not CP932 needs no watching: CP932 text is not valid
    // UTF-8, so a wrong choice fails to decode rather than reading wrong.
    if (verdict.encoding === 'cp932' || !verdict.certain) this.toConfirm = CONFIRMATIONS;
  }

  private end(): void {
    if (this.encoding === undefined) {
      // Nothing but ASCII reads the same in both: UTF-8 is as good as CP932.
      if (this.contested < 0) this.encoding = 'utf8';
      else this.ambiguous = true;
    }
    this.toConfirm = 0;
  }
}

/** A UTF-16 file (Excel's "Unicode Text"): with a BOM, or ASCII text with every other byte 0. */
export function utf16Kind(head: Buffer): 'bom' | 'le' | 'be' | undefined {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return 'bom';
  const n = Math.min(head.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let k = 0; k < n; k += 2) {
    if (head[k] === 0) evenZero++;
    if (head[k + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'be';
  return undefined;
}

/**
 * Whether the first bytes are those of no text file: several NUL bytes among the first 512
 * (an image, an archive, a disk device), once UTF-16, whose ASCII is half NULs, is ruled out.
 * Read as a CSV such a file is one endless record or invalid bytes.
 */
export function binaryHead(first: Buffer): boolean {
  let nul = 0;
  const n = Math.min(first.length, 512);
  for (let k = 0; k < n && nul < 4; k++) if (first[k] === 0) nul++;
  return nul >= 4;
}

/**
 * A workbook given for a CSV, told by its first bytes: a ZIP container (.xlsx, .ods: "PK\x03\x04")
 * or the OLE2 container of an old .xls (D0 CF 11 E0). Read as text it is only invalid bytes.
 */
export function workbookKind(first: Buffer): string | undefined {
  if (first.length >= 4 && first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) return '.xlsx';
  if (first.length >= 4 && first[0] === 0xd0 && first[1] === 0xcf && first[2] === 0x11 && first[3] === 0xe0) return '.xls';
  return undefined;
}
