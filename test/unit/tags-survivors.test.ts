/**
 * Written from the survivors of a mutation run over src/checks/tags.ts, tag-spelling.ts and
 * code-book.ts (test/MUTATION.md). The tag rules decide whether an order ships at all: a
 * product whose [STOCKCREW連携対象] is misspelt is silently never sent to STOCKCREW, so each
 * way of almost writing it must be named, and the exact tags must never be.
 */
import { describe, expect, it } from 'vitest';
import { CodeBook } from '../../src/checks/code-book.js';
import { looseForm, nearMiss, splitTagField } from '../../src/checks/tag-spelling.js';
import { createTags, tagProblems } from '../../src/checks/tags.js';
import type { Finding } from '../../src/checks/types.js';

const TARGET = '[STOCKCREW連携対象]';
const HARD = '[SCハード資材発送]';
const rules = (field: string) => tagProblems(field).map((p) => p.rule);

describe('reading a tag field piece by piece', () => {
  it('tags and the text between them, with their brackets and widths', () => {
    expect(splitTagField('[セール]送料無料[STOCKCREW連携対象]')).toEqual([
      { kind: 'tag', raw: '[セール]', inner: 'セール', halfWidth: true },
      { kind: 'text', raw: '送料無料' },
      { kind: 'tag', raw: TARGET, inner: 'STOCKCREW連携対象', halfWidth: true },
    ]);
    expect(splitTagField('［STOCKCREW連携対象］')).toEqual([{ kind: 'tag', raw: '［STOCKCREW連携対象］', inner: 'STOCKCREW連携対象', halfWidth: false }]);
    // Mixed widths are not half-width either way round.
    expect(splitTagField('[A］')[0]).toMatchObject({ kind: 'tag', halfWidth: false });
    expect(splitTagField('［A]')[0]).toMatchObject({ kind: 'tag', halfWidth: false });
  });

  it('an opening bracket never closed, or closed only after another opening one, is text', () => {
    expect(splitTagField('[STOCKCREW連携対象')).toEqual([{ kind: 'text', raw: '[STOCKCREW連携対象' }]);
    expect(splitTagField('[A[B]')).toEqual([
      { kind: 'text', raw: '[A' },
      { kind: 'tag', raw: '[B]', inner: 'B', halfWidth: true },
    ]);
    expect(splitTagField('ab]')).toEqual([{ kind: 'text', raw: 'ab]' }]);
    expect(splitTagField('[]')).toEqual([{ kind: 'tag', raw: '[]', inner: '', halfWidth: true }]);
    expect(splitTagField('')).toEqual([]);
  });
});

describe('near-misses of the shipping tags', () => {
  const target = looseForm(TARGET);

  it('compares as a person reads: width, case, spaces and brackets ignored', () => {
    expect(looseForm('［ ＳＴＯＣＫＣＲＥＷ 連携対象 ］')).toBe(target);
    expect(target).toBe('stockcrew連携対象');
  });

  it('one or two characters wrong, missing or added is a near-miss; three is not', () => {
    expect(nearMiss(looseForm('[STOCKCREW連携対像]'), target)).toBe(true); // one wrong
    expect(nearMiss(looseForm('[STOCKCRW連携対象]'), target)).toBe(true); // one missing
    expect(nearMiss(looseForm('[STOCKCREW連携対像x]'), target)).toBe(true); // one wrong, one added
    expect(nearMiss(looseForm('[STOCKCRW連係対像]'), target)).toBe(false); // three wrong
    expect(nearMiss(looseForm('[STXCKCRXW連携対象]'), target)).toBe(true); // two apart
    expect(nearMiss(looseForm('[XTXCKCRXW連携対象]'), target)).toBe(false); // three apart, same length
    expect(nearMiss(looseForm('[STOCKCRW連携対]'), target)).toBe(true); // two missing, not a part of it
    expect(nearMiss(looseForm('[STOCKCRW連携]'), target)).toBe(false); // four missing
  });

  it('a long part of the tag, or the tag inside longer text, counts; a short one does not', () => {
    expect(nearMiss('stockc', target)).toBe(true); // six characters of it
    expect(nearMiss('stock', target)).toBe(false); // five are too few to mean it
    expect(nearMiss('旧stockcrew連携対象タグ', target)).toBe(true);
    expect(nearMiss('', target)).toBe(false);
    expect(nearMiss(target, target)).toBe(true);
  });

  it('names each misspelling of the target tag as a near-miss, and the exact tags never', () => {
    expect(rules('[STOCKCREW連携対像]')).toEqual(['tags.near-miss']);
    expect(rules('[STOCKCRW連携対象]')).toEqual(['tags.near-miss']);
    expect(rules('[SCハード資材発注]')).toEqual(['tags.near-miss']);
    for (const ok of ['', TARGET, TARGET + HARD, HARD + TARGET, `[セール]${TARGET}`, '[新商品]']) expect(rules(ok), ok).toEqual([]);
  });

  it('a full-width, spaced or bracketless form of the hard tag is named too', () => {
    expect(rules(`${TARGET}［SCハード資材発送］`)).toEqual(['tags.full-width']);
    expect(rules(`${TARGET}[SC ハード資材発送]`)).toEqual(['tags.spaces']);
    expect(rules(`${TARGET}SCハード資材発送`)).toEqual(['tags.brackets']);
  });

  it('spaces inside the brackets are "spaces" only when removing them gives the tag exactly', () => {
    expect(rules('[STOCKCREW 連携対象]')).toEqual(['tags.spaces']);
    // Spaces and a wrong character: a near-miss, not a spacing problem.
    expect(rules('[STOCKCREW 連携対像]')).toEqual(['tags.near-miss']);
    // No space at all but lower case: a near-miss.
    expect(rules('[stockcrew連携対象]')).toEqual(['tags.near-miss']);
  });

  it('each message names the tag as written and the one to write', () => {
    const [p] = tagProblems('[STOCKCREW 連携対象]');
    expect(p!.message.ja).toContain('[STOCKCREW 連携対象]');
    expect(p!.message.ja).toContain(TARGET);
    const [q] = tagProblems('STOCKCREW連携対象');
    expect(q!.message.ja).toContain(TARGET);
    expect(q!.message.en).toContain('STOCKCREW連携対象');
    const [h] = tagProblems(HARD);
    expect(h!.message.ja).toContain(HARD);
    expect(h!.message.ja).toContain(TARGET);
  });

  it('text without brackets is quoted without the spaces around it', () => {
    const [p] = tagProblems(' STOCKCREW連携対象 ');
    expect(p!.rule).toBe('tags.brackets');
    expect(p!.message.ja).toContain('「STOCKCREW連携対象」');
  });

  it('a product the shop ships itself carrying the target tag is its own error, named by code and line', () => {
    const found: Finding[] = [];
    const notShipped = { has: (code: string) => code === 'vase-01', source: { ja: '手順9の回答', en: "step 9's answer" }, codes: new Set(['vase-01']), shown: 'tags.notShippedCodes', lines: new Map([['vase-01', 1]]) };
    const tags = createTags((f) => found.push(f), notShipped);
    const file = { input: 'neGoods' as const, shown: 'goods.csv' };
    tags.record!(file, { line: 4, values: { code: 'vase-01', tag: TARGET } });
    tags.record!(file, { line: 5, values: { code: 'vase-01', tag: '[セール]' } });
    tags.record!(file, { line: 6, values: { code: 'mug-01', tag: TARGET } });
    expect(found.map((f) => [f.rule, f.severity, f.line, f.code])).toEqual([['tags.not-shipped-tagged', 'error', 4, 'vase-01']]);
    expect(found[0]!.message.ja).toContain('vase-01');
  });

  it('the hard tag without the target is one finding, not repeated for a misspelt target', () => {
    expect(rules(HARD)).toEqual(['tags.hard-without-target']);
    expect(rules(`${HARD}[STOCKCREW連携対像]`)).toEqual(['tags.near-miss']);
    expect(rules(`${HARD}${TARGET}`)).toEqual([]);
    // The full-width target beside the hard tag: the width is named, and the target counts as meant.
    expect(rules(`${HARD}［STOCKCREW連携対象］`)).toEqual(['tags.full-width']);
  });
});

describe('the code book', () => {
  const ne = { input: 'neGoods' as const, shown: 'goods.csv' };
  const yq = { input: 'yahooQuantity' as const, shown: 'quantity.csv' };

  it('knows the first NE line of a code exactly, also when another spelling came first', () => {
    const book = new CodeBook();
    book.beginFile(ne);
    book.add(ne, 2, 'mug-01');
    book.add(ne, 3, 'MUG-01');
    book.add(ne, 4, 'MUG-01');
    expect(book.neLine('mug-01')).toBe(2);
    expect(book.neLine('MUG-01')).toBe(3);
    expect(book.neLine('Mug-01')).toBeUndefined();
    expect(book.hasNe('MUG-01')).toBe(true);
    expect(book.neLine('')).toBeUndefined();
  });

  it('a code seen only in another file is not an NE code, whatever its case', () => {
    const book = new CodeBook();
    book.beginFile(yq);
    book.add(yq, 5, 'TEE-01');
    book.beginFile(ne);
    book.add(ne, 2, 'tee-01');
    expect(book.neLine('TEE-01')).toBeUndefined();
    expect(book.neLine('tee-01')).toBe(2);
    expect(book.firstSpelling('Tee-01')).toEqual({ code: 'TEE-01', input: 'yahooQuantity', file: 'quantity.csv', line: 5 });
  });

  it('a case group lists each spelling once per file, in the order met, with file and line', () => {
    const book = new CodeBook();
    book.beginFile(ne);
    book.add(ne, 2, 'a-1');
    book.add(ne, 3, 'A-1');
    book.add(ne, 4, 'A-1');
    book.beginFile(yq);
    book.add(yq, 7, 'A-1');
    book.add(yq, 8, 'A-1');
    book.add(yq, 9, 'a-1');
    book.add(yq, 10, 'b-1');
    const groups = [...book.caseGroups()];
    expect(groups).toEqual([
      [
        { code: 'a-1', input: 'neGoods', file: 'goods.csv', line: 2 },
        { code: 'A-1', input: 'neGoods', file: 'goods.csv', line: 3 },
        { code: 'A-1', input: 'yahooQuantity', file: 'quantity.csv', line: 7 },
        { code: 'a-1', input: 'yahooQuantity', file: 'quantity.csv', line: 9 },
      ],
    ]);
  });

  it('a blank code is never recorded', () => {
    const book = new CodeBook();
    book.beginFile(ne);
    book.add(ne, 2, '');
    expect(book.firstSpelling('')).toBeUndefined();
    expect([...book.caseGroups()]).toEqual([]);
  });
});
