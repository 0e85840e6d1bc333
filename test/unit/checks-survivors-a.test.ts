/**
 * Written from the mutants that survived the run of 2026-12-02 over the code table, the pass,
 * the Yahoo match and what crosses between threads (test/MUTATION.md, "compact-codes, pass,
 * yahoo-match, portable: survivors"). Each test says what a family, or the operator, relies on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompactCodes } from '../../src/checks/compact-codes.js';
import { lazy } from '../../src/checks/lazy-text.js';
import { fromPortableText, toPortableText } from '../../src/checks/portable.js';
import { runCheckCommand } from '../../src/commands/check.js';
import { valueText } from '../../src/i18n/values.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { brief, runFamilies } from './checks-harness.js';

const T = '[STOCKCREW連携対象]';

describe('the pass: which codes of each file go into the code book', () => {
  it('NE goods codes as written: a padded code is not the same product as the bare one', async () => {
    const f = await runFamilies(['duplicates'], [{ input: 'neGoods', shown: 'goods.csv', rows: [{ code: ' mug' }, { code: 'mug' }, { code: 'mug' }] }]);
    expect(brief(f)).toEqual(['duplicates goods.csv:4 mug']);
  });

  it('a stock file\'s and a data.csv item\'s codes trimmed: a padded twin of an NE code is still a case twin', async () => {
    const f = await runFamilies(['code-case'], [
      { input: 'neGoods', shown: 'goods.csv', rows: [{ code: 'mug' }, { code: 'cup' }] },
      { input: 'scStock', shown: 'sc.csv', rows: [{ code: ' Mug ' }] },
      { input: 'yahooData', shown: 'data.csv', rows: [{ code: ' CUP ', subCode: '' }] },
    ]);
    expect(f.map((x) => x.rule)).toEqual(['code-case', 'code-case']);
    expect(f.map((x) => x.code).sort()).toEqual(['cup', 'mug']);
  });

  it('a data.csv item with options gives its sub-codes, not its own code; one without gives its code', async () => {
    const f = await runFamilies(['code-case'], [
      { input: 'neGoods', shown: 'goods.csv', rows: [{ code: 'SHIRT' }, { code: 'SHIRT-S' }, { code: 'mug' }] },
      { input: 'yahooData', shown: 'data.csv', rows: [{ code: 'shirt', subCode: 'サイズ:S=shirt-s' }, { code: 'MUG', subCode: '' }] },
    ]);
    const groups = f.map((x) => x.message.en);
    expect(groups).toHaveLength(2);
    expect(groups.some((t) => t.includes('shirt-s') && t.includes('SHIRT-S'))).toBe(true);
    expect(groups.some((t) => t.includes('MUG') && t.includes('mug'))).toBe(true);
    // The item code "shirt" of an item with options is not a product: no group with SHIRT.
    expect(groups.some((t) => t.includes('"shirt"') || t.includes('「shirt」'))).toBe(false);
  });
});

describe('check: code-case runs on any one of the files it reads, given alone', () => {
  const files: Array<[string, string, string]> = [
    ['neGoods', 'goods.csv', 'syohin_code,tag\r\nMUG,\r\nmug,\r\n'],
    ['neStock', 'ne-stock.csv', 'syohin_code,zaiko_su\r\nMUG,1\r\nmug,2\r\n'],
    ['scStock', 'sc-stock.csv', '商品コード,在庫数\r\nMUG,1\r\nmug,2\r\n'],
    ['yahooQuantity', 'quantity.csv', 'code,sub-code,quantity\r\nMUG,,1\r\nmug,,2\r\n'],
    ['yahooData', 'data.csv', 'path,name,code,sub-code,price\r\nzakka,mug cup,MUG,,1980\r\nzakka,mug cup,mug,,1980\r\n'],
  ];
  it.each(files)('%s', async (input, name, text) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, name), text);
    const ctx = fakeContext({ json: true, lang: 'en', dir });
    await runCheckCommand(ctx, { [input]: path.join(dir, name) });
    const doc = JSON.parse(ctx.out.text) as { findings: Array<{ rule: string }>; skipped: Array<{ family: string }> };
    expect(doc.skipped.map((s) => s.family)).not.toContain('code-case');
    expect(doc.findings.map((x) => x.rule)).toContain('code-case');
  });
});

describe('yahoo-match: exact spellings', () => {
  const goods = { input: 'neGoods' as const, shown: 'goods.csv', rows: [{ code: 'shirt-s', tag: '', daihyo: 'shirt' }, { code: 'mug', tag: T, daihyo: '' }] };

  it('a parent code differing from the NE 代表商品コード only in case is not known', async () => {
    const f = await runFamilies(['yahoo-match'], [goods, { input: 'yahooQuantity', shown: 'quantity.csv', rows: [{ code: 'SHIRT', subCode: 'shirt-s' }, { code: 'mug', subCode: '' }] }]);
    expect(brief(f)).toEqual(['yahoo-match.parent quantity.csv:2 SHIRT']);
  });

  it('a tagged code listed on Yahoo only in another case is not listed: it is also reported as a case difference, an error', async () => {
    const f = await runFamilies(['yahoo-match'], [goods, { input: 'yahooQuantity', shown: 'quantity.csv', rows: [{ code: 'MUG', subCode: '' }, { code: 'TOWEL', subCode: '' }] }]);
    expect(brief(f)).toEqual(['yahoo-match.case-only quantity.csv:2 MUG', 'yahoo-match.no-ne quantity.csv:3 TOWEL', 'yahoo-match.not-on-yahoo goods.csv:3 mug']);
    expect(f.map((x) => x.severity)).toEqual(['error', 'error', 'warning']);
  });

  it('a quantity row without a sub-code is a product, not a parent: an NE code that is no 代表商品コード is fine', async () => {
    const f = await runFamilies(['yahoo-match'], [goods, { input: 'yahooQuantity', rows: [{ code: 'shirt-s', subCode: '' }, { code: 'mug', subCode: '' }] }]);
    expect(f).toEqual([]);
  });
});

describe('the code table (CompactCodes): more of what the code book relies on', () => {
  it('says exactly which stored spelling a later entry holds, reading that entry\'s own bytes', () => {
    const t = new CompactCodes(true);
    const ab = t.insert('ab', 2);
    const cd = t.insert('cd', 3);
    expect(t.isExactly(cd, 'cd')).toBe(true);
    expect(t.isExactly(cd, 'CD')).toBe(false);
    expect(t.isExactly(ab, 'ab')).toBe(true);
    expect([t.codeAt(ab), t.codeAt(cd)]).toEqual(['ab', 'cd']);
  });

  it('keeps a code with a character above U+00FF in full, after narrow codes, and finds it case-blind', () => {
    const t = new CompactCodes(true);
    t.insert('mug', 2);
    const e = t.insert('ｍｕｇ-α', 3);
    expect(t.codeAt(e)).toBe('ｍｕｇ-α');
    expect(t.find('ＭＵＧ-Α')).toBe(e);
    expect(t.find('mug')).toBe(0);
    // ÿ (U+00FF) still fits a byte.
    const y = t.insert('ÿ', 4);
    expect(t.codeAt(y)).toBe('ÿ');
    expect(t.isExactly(y, 'ÿ')).toBe(true);
  });

  it('finds the entry of another table\'s code only when every unit matches, at any table size', () => {
    const mine = new CompactCodes(false);
    const theirs = new CompactCodes(false);
    for (let i = 0; i < 5000; i++) mine.insert(`code-${i}`, i);
    const same = theirs.insert('code-4321', 0);
    const near = theirs.insert('code-432', 1);
    const longer = theirs.insert('code-43210', 2);
    expect(mine.findEntryOf(theirs, same)).toBe(4321);
    expect(mine.findEntryOf(theirs, near)).toBe(432);
    expect(mine.findEntryOf(theirs, longer)).toBe(-1);
    expect(mine.size).toBe(5000);
    for (let i = 0; i < 5000; i += 499) expect(mine.find(`code-${i}`)).toBe(i);
  });

  it('finds every code of another table, those a collision moved past their home slot included (verify stock compares this way)', () => {
    const mine = new CompactCodes(false);
    const theirs = new CompactCodes(false);
    // 20,000 codes in a table of at most half-full slots: thousands sit past their home slot.
    for (let i = 0; i < 20_000; i++) mine.insert(`SKU-${i}`, i);
    for (let i = 19_999; i >= 0; i--) theirs.insert(`SKU-${i}`, i);
    const missed: number[] = [];
    for (let e = 0; e < theirs.size; e++) if (mine.findEntryOf(theirs, e) !== 19_999 - e) missed.push(e);
    expect(missed).toEqual([]);
  });
});

describe('the code table grown far past its first size', () => {
  it('keeps every code whole and findable once its arenas, entries and slots have all grown', () => {
    const t = new CompactCodes(true);
    const n = 20_000;
    for (let i = 0; i < n; i++) t.insert(`product-code-${String(i).padStart(5, '0')}`, i + 2);
    for (let i = 0; i < 5; i++) t.insert(`ｗｉｄｅ-${'α'.repeat(300)}-${i}`, -1);
    expect(t.size).toBe(n + 5);
    for (let i = 0; i < n; i++) {
      const code = `product-code-${String(i).padStart(5, '0')}`;
      const e = t.find(code.toUpperCase());
      expect(e).toBe(i);
      expect(t.codeAt(e)).toBe(code);
      expect(t.valueAt(e)).toBe(i + 2);
    }
    expect(t.codeAt(n + 4)).toBe(`ｗｉｄｅ-${'α'.repeat(300)}-4`);
    expect(t.find('product-code-20000')).toBe(-1);
  });
});

describe('texts between threads', () => {
  it('a message naming a catalogue that does not exist is refused in words', () => {
    expect(() => fromPortableText({ message: 'nosuch.janFormat', params: {} })).toThrow(/unknown message from the row worker: nosuch\.janFormat/);
  });

  it('a text parameter that is itself lazy arrives with both languages', () => {
    const inner = lazy(valueText.leadChar, { char: '=' });
    const text = lazy(valueText.formulaCell, { column: 'syohin_name', value: valueText.quoted({ value: '=x' }), lead: inner });
    const back = fromPortableText(structuredClone(toPortableText(text)));
    expect([back.ja, back.en]).toEqual([text.ja, text.en]);
    expect(back.en).toContain(inner.en);
  });
});
