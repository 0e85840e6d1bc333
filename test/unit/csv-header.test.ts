/**
 * Finding columns by name (src/csv/header.ts), on its own: how headers compare, how a
 * message lists them, a column named on the command line, synonyms in order, and the same
 * name on two columns. Until the mutate:csv run these were tested only through whole files,
 * and 29 of its 98 mutants lived.
 */
import { describe, expect, it } from 'vitest';
import { COL, ColumnNotFound, normalizeHeader, optional } from '../../src/csv/index.js';
import { listHeaders, matchColumns } from '../../src/csv/header.js';
import { userError } from '../helpers/errors.js';

describe('normalizeHeader', () => {
  it('drops a leading BOM, surrounding spaces and one pair of quotes, and compares in lower case', () => {
    expect(normalizeHeader('\ufeffSyohin_Code')).toBe('syohin_code');
    expect(normalizeHeader('  " SKU "  ')).toBe('sku');
    expect(normalizeHeader('"商品コード"')).toBe('商品コード');
    expect(normalizeHeader('""')).toBe('');
  });

  it('keeps what is not such a wrapping: a lone quote, a quote on one side, a BOM inside', () => {
    expect(normalizeHeader('"')).toBe('"');
    expect(normalizeHeader('"tag')).toBe('"tag');
    expect(normalizeHeader('tag"')).toBe('tag"');
    expect(normalizeHeader('ta\ufeffg')).toBe('ta\ufeffg');
    expect(normalizeHeader('"a"b"')).toBe('a"b');
  });
});

describe('listHeaders', () => {
  it('lists the named headers only, and says (none) when there is none', () => {
    expect(listHeaders(['商品コード', '', '  ', 'tag'])).toEqual({ ja: '商品コード, tag', en: '商品コード, tag' });
    expect(listHeaders(['', ' '])).toEqual({ ja: '(なし)', en: '(none)' });
  });

  it('shows the first 40 and counts the rest', () => {
    const forty = Array.from({ length: 40 }, (_, i) => `h${i + 1}`);
    expect(listHeaders(forty).en).toBe(forty.join(', '));
    const more = [...forty, 'h41', '', 'h42'];
    expect(listHeaders(more)).toEqual({ ja: `${forty.join(', ')} … ほか 2 列`, en: `${forty.join(', ')} … and 2 more` });
  });
});

describe('matchColumns', () => {
  const file = 'goods.csv';

  it('takes the first synonym of a column that the file has, whatever the order of the file', () => {
    const found = matchColumns(file, ['良品在庫数', '在庫数', 'SYOHIN_CODE'], [COL.productCode, COL.stockCount], undefined);
    expect(Object.fromEntries(found)).toEqual({ code: 2, stock: 1 });
  });

  it('gives -1 for an optional column the file lacks, and refuses a required one naming the header line and what is accepted', () => {
    expect(matchColumns(file, ['商品コード'], [COL.productCode, optional(COL.tags)], undefined).get('tag')).toBe(-1);
    let e: unknown;
    try {
      matchColumns(file, ['品名', '', '価格'], [COL.tags], undefined, 3);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(ColumnNotFound);
    const err = e as ColumnNotFound;
    expect(err.text.en).toBe('goods.csv:3: required column "tag" not found (header row, line 3).\n  Headers in this file: 品名, 価格\n  Accepted headers: tag, 商品分類タグ, goods_tag');
    expect([err.headers, err.accepted]).toEqual([['品名', '', '価格'], COL.tags.headers]);
  });

  it('a column named on the command line wins over the synonyms; a blank name is no name', () => {
    const headers = ['商品コード', '親コード'];
    expect(matchColumns(file, headers, [COL.productCode], { code: ' 親コード ' }).get('code')).toBe(1);
    expect(matchColumns(file, headers, [COL.productCode], { code: '  ' }).get('code')).toBe(0);
    expect(matchColumns(file, ['親コード', '商品コード'], [COL.productCode], { code: '親コード' }).get('code')).toBe(0);
    expect(matchColumns(file, headers, [COL.productCode], { tag: '親コード' }).get('code')).toBe(0);
  });

  it('refuses a named column the file lacks, listing the headers it has', async () => {
    const e = await userError(() => matchColumns(file, ['商品コード', '在庫数'], [COL.productCode], { code: 'item_code' }));
    expect(e).not.toBeInstanceOf(ColumnNotFound);
    expect(e.text.en).toBe('goods.csv: the column "item_code" you named is not in the file.\n  Headers in this file: 商品コード, 在庫数');
  });

  it('refuses one name on two columns, by synonym or by a named column, naming both places', async () => {
    const bySynonym = await userError(() => matchColumns(file, ['  tag', '商品名', ' TAG '], [COL.tags], undefined));
    expect(bySynonym.text.en).toBe('goods.csv: the header "tag" names two columns, 1 and 3; which one to read cannot be decided');
    expect(bySynonym.text.ja).toBe('goods.csv: 見出し「tag」が 1列目と 3列目の2か所にあります。どちらの列を読むか決められません');
    const byName = await userError(() => matchColumns(file, ['品番', '"品番"'], [COL.productCode], { code: '品番' }));
    expect(byName.text.en).toContain('names two columns, 1 and 2');
    // A name used once is no duplicate, even when another synonym is also there.
    expect(matchColumns(file, ['商品コード', 'SKU'], [COL.productCode], undefined).get('code')).toBe(0);
  });
});
