import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeList } from '../../src/csv/index.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/context.js';

const dir = tempDir('sc-csv-codes-');
let n = 0;
function file(content: Buffer | string): string {
  const p = join(dir, `codes-${++n}.txt`);
  writeFileSync(p, content);
  return p;
}

describe('readCodeList', () => {
  it('reads one code per line, skipping blanks and # comments, trimming spaces, remembering first lines', async () => {
    const list = await readCodeList(file('# 対象商品\r\n  AB-001  \r\n\r\nAB-002 # 2024年の新商品\nAB-001\rcd_3\n'));
    expect([...list.codes]).toEqual(['AB-001', 'AB-002', 'cd_3']);
    expect(Object.fromEntries(list.lines)).toEqual({ 'AB-001': 2, 'AB-002': 4, cd_3: 6 });
  });

  it('reads CP932 and UTF-8 with BOM, and keeps only the first cell of a pasted spreadsheet row', async () => {
    const cp = await readCodeList(file(encodeCp932('# ハード資材\r\nA-1,タオル\r\nB-2\t箱\r\n')));
    expect([...cp.codes]).toEqual(['A-1', 'B-2']);
    const bom = await readCodeList(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('X-1\n"Y-2"\n')])));
    expect([...bom.codes]).toEqual(['X-1', 'Y-2']);
  });

  it('takes a product-code heading on the first line (a column copied with its heading) for a heading, nowhere else', async () => {
    const cp = await readCodeList(file(encodeCp932('商品コード,商品名\r\nA-1,タオル\r\n')));
    expect([...cp.codes]).toEqual(['A-1']);
    expect(cp.lines.get('A-1')).toBe(2);
    const commented = await readCodeList(file('# 自社発送\nsyohin_code\nB-2\n'));
    expect([...commented.codes]).toEqual(['B-2']);
    // Only the first line: further down it is a (strange) code, and a code is never a heading by case alone.
    expect([...(await readCodeList(file('A-1\n商品コード\n'))).codes]).toEqual(['A-1', '商品コード']);
    expect([...(await readCodeList(file('SYOHIN_CODE\n'))).codes]).toEqual(['SYOHIN_CODE']);
  });

  it('names the line of bytes that are not text, and a missing file', async () => {
    const bad = file(Buffer.concat([encodeCp932('A-1\r\nテスト\r\n'), Buffer.from([0x82, 0x0a])]));
    await expect(readCodeList(bad)).rejects.toSatisfy((e: unknown) => e instanceof UserError && /codes-\d+\.txt:3:1:/.test(e.text.en));
    await expect(readCodeList(join(dir, 'none.txt'))).rejects.toSatisfy((e: unknown) => e instanceof UserError && e.text.en.includes('none.txt (it does not exist)'));
  });

  it('refuses a file over 64 MB as no list of codes, in words of its own (not the CSV reader\'s unclosed-quote hint)', async () => {
    const big = file('A-1\n');
    truncateSync(big, 64 * 1024 * 1024 + 1);
    // Exactly at the limit: a code, then spaces to the last byte.
    const padded = Buffer.alloc(64 * 1024 * 1024, 0x20);
    padded.write('A-1\n', 0);
    const at = file(padded);
    const e = await readCodeList(big).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(UserError);
    const err = e as UserError;
    expect(err.text.en).toMatch(/codes-\d+\.txt is too large for a list of product codes \(at most 64 MB\)$/);
    expect(err.text.ja).toMatch(/codes-\d+\.txt は商品コードの一覧としては大きすぎます \(64 MB まで\)$/);
    expect(err.hint?.en).toContain('--only / --exclude / --hard');
    expect(err.hint?.ja).toContain('1行に1つ商品コード');
    expect(`${err.text.en} ${err.hint?.en}`).not.toMatch(/quote/);
    expect([...(await readCodeList(at)).codes]).toEqual(['A-1']);
  });
});
