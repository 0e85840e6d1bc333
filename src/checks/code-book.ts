/**
 * The one index of codes that several families share, kept compact for 500,000-row
 * files: ONE table from a code's case-folded form to the first spelling seen and where,
 * held in typed arrays (compact-codes.ts). Only when a second spelling of the same folded
 * form turns up is a group materialised. A position is one number: line * 8 + file slot.
 * Next Engine goods are read first, so a code that NE has is first seen in NE goods.
 *
 * Known limit: occurrences of the first spelling in other files BEFORE the collision are
 * not listed in its group (only its first position is kept); every later one is.
 */
import { CompactCodes } from './compact-codes.js';
import { CHECK_FILES, type CheckFile, type FileRef } from './family.js';

const SLOTS = 8;
const NE_SLOT = CHECK_FILES.indexOf('neGoods');

interface Member {
  code: string;
  pos: number;
}

export interface CaseGroupMember {
  code: string;
  file: string;
  line: number;
  input: CheckFile;
}

export class CodeBook {
  /** Folded code → first spelling (stored) and its position (value). */
  private readonly first: CompactCodes;
  /** Index of the first spelling → every spelling met (each once per file). */
  private readonly groups = new Map<number, Member[]>();
  private readonly shown = new Map<CheckFile, string>();
  /**
   * The last code looked up and its entry: the families ask about a record's code, then the
   * pass adds it, and each lookup hashes the code again otherwise.
   */
  private lastCode: string | undefined;
  private lastEntry = -1;

  private lookup(code: string): number {
    if (code !== this.lastCode) {
      this.lastCode = code;
      this.lastEntry = this.first.find(code);
    }
    return this.lastEntry;
  }

  /** `expected`: about how many distinct codes (most codes of the other files are NE's too). */
  constructor(expected = 0) {
    this.first = new CompactCodes(true, expected);
  }

  /** The codes about to be added or asked about, in that order (CompactCodes.expect). */
  expect(codes: readonly string[], count: number): void {
    this.first.expect(codes, count);
  }

  beginFile(file: FileRef): void {
    this.shown.set(file.input, file.shown);
  }

  /** Record one occurrence of a code (call after the families saw the record). */
  add(file: FileRef, line: number, code: string): void {
    if (code === '') return;
    const pos = line * SLOTS + CHECK_FILES.indexOf(file.input);
    const i = this.lookup(code);
    if (i < 0) {
      this.lastEntry = this.first.insert(code, pos);
      return;
    }
    const group = this.groups.get(i);
    if (group === undefined) {
      if (!this.first.isExactly(i, code)) this.groups.set(i, [{ code: this.first.codeAt(i), pos: this.first.valueAt(i) }, { code, pos }]);
      return;
    }
    const slot = pos % SLOTS;
    if (!group.some((m) => m.code === code && m.pos % SLOTS === slot)) group.push({ code, pos });
  }

  /** Line of the first NE goods row with exactly this code, if NE goods has it (so far). */
  neLine(code: string): number | undefined {
    const i = this.lookup(code);
    if (i < 0) return undefined;
    if (this.first.isExactly(i, code)) {
      const pos = this.first.valueAt(i);
      if (pos % SLOTS === NE_SLOT) return Math.floor(pos / SLOTS);
    }
    const m = this.groups.get(i)?.find((g) => g.code === code && g.pos % SLOTS === NE_SLOT);
    return m && Math.floor(m.pos / SLOTS);
  }

  hasNe(code: string): boolean {
    return this.neLine(code) !== undefined;
  }

  /** The first spelling seen of a code's case-folded form, and where. */
  firstSpelling(code: string): CaseGroupMember | undefined {
    const i = this.lookup(code);
    return i < 0 ? undefined : this.member({ code: this.first.codeAt(i), pos: this.first.valueAt(i) });
  }

  /** Every group of codes equal except for case, members in the order they were met. */
  *caseGroups(): Iterable<CaseGroupMember[]> {
    for (const group of this.groups.values()) yield group.map((m) => this.member(m));
  }

  private member(m: Member): CaseGroupMember {
    const input = CHECK_FILES[m.pos % SLOTS]!;
    return { code: m.code, input, file: this.shown.get(input) ?? input, line: Math.floor(m.pos / SLOTS) };
  }
}
