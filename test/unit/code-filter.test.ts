/**
 * The Bloom filter behind the exports' repeat detection, and the two-pass scheme built on
 * it: whatever the filter's false alarms, the second pass decides exactly as one table of
 * every code would.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodeFilter } from '../../src/checks/code-filter.js';
import { TaggedGoods } from '../../src/exports/tagged-goods.js';
import { UserError } from '../../src/errors.js';

const TAG = '[STOCKCREW連携対象]';

describe('CodeFilter', () => {
  it('never calls a code seen before new (case-blind with fold)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 300 }), (codes) => {
        const f = new CodeFilter(true, { firstStage: 16, bitsPerCode: 8 });
        const seen = new Set<string>();
        for (const c of codes) {
          const key = [...c].map((ch) => (ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch)).join('');
          const maybe = f.seenBefore(c);
          if (seen.has(key)) expect(maybe).toBe(true);
          seen.add(key);
        }
      }),
    );
  });

  it('folds ASCII and full-width Latin case; without fold, case counts', () => {
    const f = new CodeFilter(true);
    expect(f.seenBefore('Mug-01')).toBe(false);
    expect(f.seenBefore('mug-01')).toBe(true);
    expect(f.seenBefore('ＡＢＣ')).toBe(false);
    expect(f.seenBefore('ａｂｃ')).toBe(true);
    const g = new CodeFilter(false);
    expect(g.seenBefore('Mug-01')).toBe(false);
    expect(g.seenBefore('mug-01')).toBe(false);
  });

  it('grows with its codes, false alarms stay rare (none in 300,000 distinct codes)', () => {
    const f = new CodeFilter(true);
    let alarms = 0;
    for (let i = 0; i < 300_000; i++) if (f.seenBefore(`SKU-${i}`)) alarms++;
    expect(alarms).toBe(0);
  });
});

/** The decisions of TaggedGoods over the rows: written, left out, or the error's message. */
function decisions(rows: Array<{ code: string; line: number }>, make: () => TaggedGoods): string[] {
  const t = make();
  const out: string[] = [];
  try {
    for (const r of rows) out.push(t.accept({ line: r.line, values: { code: r.code, tag: TAG } }) ? 'w' : 'x');
  } catch (e) {
    out.push((e as UserError).message);
  }
  return out;
}

describe('two passes decide as one exact pass', () => {
  it('with a filter far too small (many false alarms), the pass over the suspects matches the exact one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 30_000 }), fc.boolean(), (ids, twin) => {
        const rows = ids.map((n, i) => ({ code: `c${n}`, line: i + 2 }));
        if (twin) rows.push({ code: rows[0]!.code.toUpperCase(), line: rows.length + 2 });
        const input = () => ({ shown: 'goods.csv', warnings: [], headerOf: () => undefined });
        const exact = decisions(rows, () => new TaggedGoods(input()));
        const first = new TaggedGoods(input(), { kind: 'filter', size: { firstStage: 64, bitsPerCode: 2 } });
        for (const r of rows) first.accept({ line: r.line, values: { code: r.code, tag: TAG } });
        const second = decisions(rows, () => new TaggedGoods(input(), { kind: 'only', suspects: first.suspects }));
        expect(second).toEqual(exact);
      }),
      { numRuns: 10 },
    );
  });

  it('the tiny filter of that test does raise false alarms (so the pass over suspects is exercised)', () => {
    const input = { shown: 'goods.csv', warnings: [], headerOf: () => undefined };
    const first = new TaggedGoods(input, { kind: 'filter', size: { firstStage: 64, bitsPerCode: 2 } });
    for (let i = 0; i < 5000; i++) first.accept({ line: i + 2, values: { code: `c${i}`, tag: TAG } });
    expect(first.suspects.size).toBeGreaterThan(100);
  });
});
