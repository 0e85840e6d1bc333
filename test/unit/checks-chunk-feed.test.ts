/**
 * check's main pass feeds a file's records a chunk at a time (src/checks/pass.ts, chunkFeeder),
 * the code book told their codes first: the families must see the same records in the same
 * order, and say the same, as when each record is fed as it is read.
 */
import { describe, expect, it } from 'vitest';
import { CodeBook } from '../../src/checks/code-book.js';
import { createCheckers, type FamilyId } from '../../src/checks/families.js';
import type { CheckFile, CheckRecord } from '../../src/checks/family.js';
import { chunkFeeder, fileFeeder } from '../../src/checks/pass.js';
import type { Finding } from '../../src/checks/types.js';
import { TABLES } from './checks-harness.js';

const TARGET = '[STOCKCREW連携対象]';
const BOOK: FamilyId[] = ['duplicates', 'code-case', 'item-map', 'tags'];

/** NE goods with repeats, case twins, blank codes, tagged repeats and a misspelt tag; then a stock file of some of their codes. */
function files(): Array<{ input: CheckFile; rows: CheckRecord[] }> {
  const goods: CheckRecord[] = [];
  for (let i = 0; i < 1500; i++) {
    const code = i % 17 === 0 ? `mug-${i - 3}` : i % 19 === 0 ? `MUG-${i - 5}` : i % 23 === 0 ? '' : `mug-${i}`;
    const tag = i % 5 === 0 ? TARGET : i % 29 === 0 ? '[STOCKCREW連携対像]' : '';
    goods.push({ line: i + 2, values: { code, tag } });
  }
  const stock: CheckRecord[] = [];
  for (let i = 0; i < 400; i++) stock.push({ line: i + 2, values: { code: i % 9 === 0 ? ` Mug-${i * 3} ` : `mug-${i * 3}` } });
  return [
    { input: 'neGoods', rows: goods },
    { input: 'scStock', rows: stock },
  ];
}

/** Findings of the book's families over the files, each record fed through `through`. */
function findingsThrough(through: (feed: (r: CheckRecord) => void, book: CodeBook, input: CheckFile, rows: CheckRecord[]) => void): Finding[] {
  const out: Finding[] = [];
  const book = new CodeBook();
  const checkers = createCheckers(BOOK, { answers: {}, book, tables: () => TABLES, emit: (f) => out.push(f) });
  for (const f of files()) {
    const feed = fileFeeder(checkers, book, { input: f.input, shown: `${f.input}.csv` }, () => true);
    through(feed, book, f.input, f.rows);
  }
  for (const c of checkers) c.finish?.();
  return out;
}

const text = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.file}:${f.line} ${f.code} ${f.message.en}`);

describe('chunkFeeder', () => {
  it('the families say the same, in the same order, fed chunk by chunk (chunks of any size) as one record at a time', () => {
    const one = text(findingsThrough((feed, _book, _input, rows) => rows.forEach(feed)));
    expect(one.some((l) => l.startsWith('duplicates '))).toBe(true);
    expect(one.some((l) => l.startsWith('code-case '))).toBe(true);
    expect(one.some((l) => l.startsWith('tags.'))).toBe(true);
    for (const size of [1, 7, 440, 5000]) {
      const chunked = findingsThrough((feed, book, input, rows) => {
        const c = chunkFeeder(feed, book, input)!;
        rows.forEach((r, k) => {
          c.push(r);
          if ((k + 1) % size === 0) c.flush();
        });
        c.flush();
      });
      expect(text(chunked), `chunks of ${size}`).toEqual(one);
    }
  });

  it('holds records until the chunk is flushed; one that reads the reader\'s buffer (full) goes at once, after those held', () => {
    const fed: number[] = [];
    const c = chunkFeeder((r) => fed.push(r.line), new CodeBook(), 'neGoods')!;
    c.push({ line: 2, values: { code: 'a' } });
    c.push({ line: 3, values: { code: 'b' } });
    expect(fed).toEqual([]);
    c.push({ line: 4, values: { code: '' }, full: () => 'c' });
    expect(fed).toEqual([2, 3, 4]);
    c.push({ line: 5, values: { code: 'd' } });
    c.flush();
    c.flush();
    expect(fed).toEqual([2, 3, 4, 5]);
  });

  it('a record a family fails on ends the chunk: flushing again (the reader\'s error path) feeds none twice', () => {
    const fed: number[] = [];
    const c = chunkFeeder(
      (r) => {
        fed.push(r.line);
        if (r.line === 3) throw new Error('family failed');
      },
      new CodeBook(),
      'neStock',
    )!;
    for (const line of [2, 3, 4]) c.push({ line, values: { code: `x${line}` } });
    expect(() => c.flush()).toThrow('family failed');
    c.flush();
    expect(fed).toEqual([2, 3]);
  });

  it('only for files whose records each give the book one code as they stand (Yahoo\'s SKUs and orders are fed as read)', () => {
    const book = new CodeBook();
    for (const input of ['neGoods', 'scStock', 'neStock'] as const) expect(chunkFeeder(() => undefined, book, input)).toBeDefined();
    for (const input of ['yahooQuantity', 'yahooData', 'neOrders'] as const) expect(chunkFeeder(() => undefined, book, input)).toBeUndefined();
  });
});
