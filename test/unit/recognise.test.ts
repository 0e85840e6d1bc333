/** The hint for a missing column: the wrong file named for what it is, or a column to download with it. */
import { describe, expect, it } from 'vitest';
import { COL } from '../../src/csv/columns.js';
import { ColumnNotFound } from '../../src/csv/header.js';
import { missingColumnHint } from '../../src/formats/recognise.js';

const missing = (headers: string[], accepted: readonly string[]) =>
  new ColumnNotFound({ ja: 'x', en: 'x' }, { ja: 'rename', en: 'rename' }, headers, accepted);

describe('missingColumnHint', () => {
  it('names the download a wrong file is, from its headers', () => {
    const cases: Array<[string[], string]> = [
      [['path', 'name', 'code', 'sub-code', 'price', 'jan', 'caption'], 'the Yahoo!Shopping item CSV (data.csv)'],
      [['code', 'sub-code', 'quantity', 'allow-overdraft', 'stock-close'], 'the Yahoo!Shopping stock CSV (quantity.csv)'],
      [['伝票番号', '受注番号', '受注日', '受注状態'], 'the Next Engine orders CSV'],
      [['商品コード', '商品名', '良品在庫数', '不良品在庫数'], 'the STOCKCREW stock CSV'],
    ];
    for (const [headers, kind] of cases) {
      const hint = missingColumnHint(missing(headers, COL.tags.headers))!;
      expect(hint.en, kind).toBe(`The headers of this file are those of ${kind}: do not rename columns, give the file needed here instead (the one with a "tag" column).`);
    }
    expect(missingColumnHint(missing(['path', 'name', 'code', 'price'], COL.productCode.headers))!.ja).toContain('Yahoo!ショッピングの商品CSV (data.csv)のものです');
  });

  it('asks to download again with the column when the file is the right kind without it', () => {
    const hint = missingColumnHint(missing(['syohin_code', 'syohin_name', 'baika_tnk'], COL.tags.headers))!;
    expect(hint.en).toBe('This is the Next Engine goods CSV, downloaded without the "tag" column: download it again with that column included.');
    expect(missingColumnHint(missing(['商品コード', '商品名', '在庫数', '引当数'], COL.tags.headers))!.en).toContain('those of the Next Engine stock CSV');
  });

  it('keeps the rename hint for headers it does not know', () => {
    expect(missingColumnHint(missing(['品目', '数量'], COL.productCode.headers))).toBeUndefined();
  });
});
