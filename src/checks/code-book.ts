/**
 * The one index of codes that several families share, kept compact for 500,000-row
 * files: Next Engine codes with their first line, and per lower-case form only the FIRST
 * spelling seen. Only when a second spelling of the same lower-case form turns up is a
 * group materialised. A position is one number: line * 8 + file slot.
 *
 * Known limit: occurrences of the first spelling in other files BEFORE the collision are
 * not listed in its group (only its first position is kept); every later one is.
 */
import { CHECK_FILES, type CheckFile, type FileRef } from './family.js';

const SLOTS = 8;

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
  /** NE goods 商品コード → line of its first row. */
  readonly ne = new Map<string, number>();
  private readonly fold = new Map<string, Member>();
  private readonly groups = new Map<string, Member[]>();
  private readonly shown = new Map<CheckFile, string>();

  beginFile(file: FileRef): void {
    this.shown.set(file.input, file.shown);
  }

  /** Record one occurrence of a code (call after the families saw the record). */
  add(file: FileRef, line: number, code: string): void {
    if (code === '') return;
    if (file.input === 'neGoods' && !this.ne.has(code)) this.ne.set(code, line);
    const key = code.toLowerCase();
    const pos = line * SLOTS + CHECK_FILES.indexOf(file.input);
    const first = this.fold.get(key);
    if (first === undefined) {
      this.fold.set(key, { code, pos });
      return;
    }
    const group = this.groups.get(key);
    if (group === undefined) {
      if (first.code !== code) this.groups.set(key, [first, { code, pos }]);
      return;
    }
    // Each spelling once per file is enough to find and fix it.
    const slot = pos % SLOTS;
    if (!group.some((m) => m.code === code && m.pos % SLOTS === slot)) group.push({ code, pos });
  }

  /** The first spelling seen of a code's lower-case form, and where. */
  firstSpelling(code: string): CaseGroupMember | undefined {
    const m = this.fold.get(code.toLowerCase());
    return m && this.member(m);
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
