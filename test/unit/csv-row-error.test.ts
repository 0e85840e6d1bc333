/**
 * The writer's refusals as the operator reads them (src/csv/row-error.ts): a control
 * character and an unencodable character are different messages naming the input line, and
 * the output encoding is named as it is (UTF-8 and UTF-8 with BOM apart).
 */
import { describe, expect, it } from 'vitest';
import { RowError } from '../../src/csv/row-error.js';

describe('RowError', () => {
  it('names a control character as one, with its code point, at the input file and line', () => {
    const e = new RowError({ kind: 'control', column: '商品名', char: '\u0007', encoding: 'cp932' }).at('goods.csv', 12);
    expect(e.text.en).toBe('goods.csv:12: the value for output column "商品名" holds a control character (U+0007); it is not written into an upload file');
    expect(e.text.ja).toBe('goods.csv:12: 書き出すファイルの列「商品名」の値に制御文字 (U+0007) があります。アップロード用のファイルには書き出しません');
  });

  it('names a character the output encoding cannot hold, and the encoding by its own name', () => {
    const fault = { kind: 'unencodable' as const, column: 'tag', char: '🍣' };
    expect(new RowError({ ...fault, encoding: 'cp932' }).at('goods.csv', 3).text.en).toBe('goods.csv:3: output column "tag": the character "🍣" (U+1F363) cannot be written in Shift_JIS (CP932)');
    expect(new RowError({ ...fault, encoding: 'utf8' }).at('goods.csv', 3).text.en).toMatch(/cannot be written in UTF-8$/);
    expect(new RowError({ ...fault, encoding: 'utf8-bom' }).at('goods.csv', 3).text.en).toMatch(/cannot be written in UTF-8 with BOM$/);
    expect(new RowError({ ...fault, encoding: 'utf8-bom' }).at('goods.csv', 3).text.ja).toMatch(/は UTF-8 \(BOM付き\) で書けません$/);
  });
});
