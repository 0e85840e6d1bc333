/**
 * Row warnings of one kind, capped: a file with thousands of similar rows shows the first
 * few and a count, not a wall of text that hides everything else.
 */
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';

export const SHOWN_PER_KIND = 20;

export class CappedWarnings {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly out: Text[],
    private readonly file: string,
  ) {}

  add(kind: string, text: Text): void {
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    if (n <= SHOWN_PER_KIND) this.out.push(text);
  }

  /** One line per kind that went over the cap. */
  finish(): void {
    for (const n of this.counts.values()) {
      if (n > SHOWN_PER_KIND) this.out.push(m.moreLikeThis({ file: this.file, count: n - SHOWN_PER_KIND }));
    }
  }
}
