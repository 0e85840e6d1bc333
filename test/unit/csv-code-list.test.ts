import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeList } from '../../src/csv/index.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { UserError } from '../../src/errors.js';
import { fileMaker } from '../helpers/context.js';

const { dir, file } = fileMaker('sc-csv-codes-', 'codes', '.txt');

describe('readCodeList', () => {
  it('an Excel workbook given as the list is named as one (its bytes are no codes)', async () => {
    const xlsx = file(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(40, 0x90)]));
    await expect(readCodeList(xlsx)).rejects.toSatisfy((e: unknown) => e instanceof UserError && /codes-\d+\.txt is not a CSV but an Excel workbook \(\.xlsx\)$/.test(e.text.en));
  });

  it('a file that is no text (NUL bytes at its start) is named as such', async () => {
    await expect(readCodeList(file(Buffer.alloc(64, 0)))).rejects.toSatisfy((e: unknown) => e instanceof UserError && /codes-\d+\.txt is not a text CSV/.test(e.text.en));
  });

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

  it('skips only a whole UTF-8 BOM: a list may start with a code, and with bytes that are part of one', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect([...(await readCodeList(file('AB-001\nAB-002\n'))).codes]).toEqual(['AB-001', 'AB-002']);
    expect([...(await readCodeList(file(Buffer.concat([bom, Buffer.from('AB-001\n')])))).codes]).toEqual(['AB-001']);
    // 0xBF third (CP932 ｿ), 0xBB second (ｻ), EF BB before another byte (UTF-8 ﻀ): no BOM.
    expect([...(await readCodeList(file(encodeCp932('ABｿ-1\r\nｿ-2\r\n')))).codes]).toEqual(['ABｿ-1', 'ｿ-2']);
    expect([...(await readCodeList(file(encodeCp932('Aｻｿ-1\r\n')))).codes]).toEqual(['Aｻｿ-1']);
    expect([...(await readCodeList(file('\ufec0-1\nコード-2\n'))).codes]).toEqual(['\ufec0-1', 'コード-2']);
    // A BOM and nothing else: an empty list.
    expect((await readCodeList(file(bom))).codes.size).toBe(0);
  });

  it('strips the quotes a spreadsheet puts around a whole cell, and the spaces inside them, nothing else', async () => {
    const list = await readCodeList(file('"A-1"\n" A-2 "\n"B"-3\nC-"4"\n\t"D-5",x\n'));
    expect([...list.codes]).toEqual(['A-1', 'A-2', '"B"-3', 'C-"4"']);
    // The tab ends the first cell: "D-5" is in the second, so line 5 gives nothing.
    expect(list.lines.get('C-"4"')).toBe(4);
  });

  it("refuses Excel's UTF-16 (Unicode Text) with what to do", async () => {
    const e = await readCodeList(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('商品コード\r\nA-1\r\n', 'utf16le')]))).then(
      () => undefined,
      (err: unknown) => err as UserError,
    );
    expect(e?.text.en).toMatch(/codes-\d+\.txt is saved as UTF-16 \(Excel's "Unicode Text"\), which cannot be read$/);
    expect(e?.hint?.en).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('refuses a list whose encoding nothing decides, with the flag of the command when there is one', async () => {
    const path = file('caf\u00e9-1\n\u03b1-2\n');
    const withFlag = await readCodeList(path, { encodingFlag: '--input-encoding' }).then(
      () => undefined,
      (err: unknown) => err as UserError,
    );
    expect(withFlag?.text.en).toMatch(/^Cannot tell the encoding of .*codes-\d+\.txt: it reads as UTF-8 and as Shift_JIS/);
    expect(withFlag?.hint?.en).toContain('--input-encoding utf8 or --input-encoding cp932');
    const noFlag = await readCodeList(path).then(
      () => undefined,
      (err: unknown) => err as UserError,
    );
    expect(noFlag?.hint?.en).toMatch(/^Open the file in Excel and save it as/);
    // Named, it is read that way.
    expect([...(await readCodeList(path, { encoding: 'utf8' })).codes]).toEqual(['caf\u00e9-1', '\u03b1-2']);
    expect([...(await readCodeList(path, { encoding: 'cp932' })).codes]).toEqual(['cafﾃｩ-1', 'ﾎｱ-2']);
  });

  it('names the byte that is not text in capitals, and its line after lone CRs', async () => {
    const bad = file(Buffer.concat([encodeCp932('A-1\rB-2\rC-3\r\nテスト'), Buffer.from([0x82, 0x0a])]));
    const e = await readCodeList(bad).then(
      () => undefined,
      (err: unknown) => err as UserError,
    );
    expect(e?.text.en).toMatch(/codes-\d+\.txt:4:1: bytes \(0x82\) that are not valid Shift_JIS \(CP932\) \(column 1, "code"\)$/);
    const low = file(Buffer.concat([Buffer.from('A-1\n'), Buffer.from([0xff, 0x0a])]));
    const e2 = await readCodeList(low, { encoding: 'utf8' }).then(
      () => undefined,
      (err: unknown) => err as UserError,
    );
    expect(e2?.text.en).toMatch(/codes-\d+\.txt:2:1: bytes \(0xFF\) that are not valid UTF-8/);
  });

  it('takes a BOM as the evidence it is: a list of contested codes after it is UTF-8, without it undecidable', async () => {
    const body = Buffer.from('caf\u00e9-1\n\u03b1-2\n');
    const bom = await readCodeList(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body])));
    expect([...bom.codes]).toEqual(['caf\u00e9-1', '\u03b1-2']);
    await expect(readCodeList(file(body))).rejects.toThrow(/Cannot tell the encoding/);
  });

  it('refuses a list that turns from CP932 to UTF-8 Japanese (two files pasted together), not reading mojibake codes', async () => {
    const mixed = file(Buffer.concat([encodeCp932('マグ-1\r\n髙橋-2\r\n'), Buffer.from('セール-3\r\n')]));
    const e = await readCodeList(mixed).then(
      () => undefined,
      (err: unknown) => err as UserError,
    );
    expect(e?.text.en).toMatch(/^Cannot tell the encoding of .*codes-\d+\.txt/);
  });

  it('refuses UTF-8 Japanese after more CP932 lines than the detector watches, naming its line and its UTF-8 reading', async () => {
    const cp932Lines = Array.from({ length: 20 }, (_, i) => `マグ-${i}`).join('\r\n') + '\r\n';
    const mixed = file(Buffer.concat([encodeCp932(cp932Lines), Buffer.from('mug-x\r\nセール-21\r\n')]));
    const e = await readCodeList(mixed).then(
      () => undefined,
      (err: unknown) => err as UserError,
    );
    expect(e?.exitCode).toBe(2);
    expect(e?.text.en).toMatch(/codes-\d+\.txt:22:1: UTF-8 Japanese inside a Shift_JIS \(CP932\) file \(column 1, "code": read as UTF-8 it is "セール-21"\)/);
    expect(e?.text.ja).toMatch(/codes-\d+\.txt:22:1: Shift_JIS \(CP932\) のファイルの中に UTF-8 の日本語があります/);
    // The same twenty lines alone, and the ASCII line after them, are read.
    const clean = await readCodeList(file(Buffer.concat([encodeCp932(cp932Lines), Buffer.from('mug-x\r\n')])));
    expect(clean.codes.size).toBe(21);
    expect(clean.lines.get('mug-x')).toBe(21);
  });

  it('counts lines by CRLF, LF and a lone CR alike, a code on the last line without a line end too', async () => {
    const list = await readCodeList(file(encodeCp932('マグ-1\r\nマグ-2\nマグ-3\rマグ-4')));
    expect([...list.lines]).toEqual([
      ['マグ-1', 1],
      ['マグ-2', 2],
      ['マグ-3', 3],
      ['マグ-4', 4],
    ]);
  });
});
