/**
 * The start of a file as the reader judges it: a UTF-8 BOM (and only a whole one), Excel's
 * UTF-16 with and without its BOM, a BOM against `--input-encoding cp932`, a header of
 * blanks, and the estimate of the records that follow. Mutation testing showed each of these
 * could change with the CSV tests still passing (test/MUTATION.md, reader/pump/input).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COL, openCsv, optional, type CsvSource } from '../../src/csv/index.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { userError } from '../helpers/errors.js';
import { fileMaker } from '../helpers/context.js';

const { dir, file } = fileMaker('sc-csv-start-', 'start', '.csv');
const open = (content: Buffer | string, encoding?: 'cp932' | 'utf8') => openCsv(file(content), { columns: [], all: true, encoding, encodingFlag: '--input-encoding' });

async function rows(src: CsvSource): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of src.records()) out.push(r.fields!);
  return out;
}

describe('the first bytes of a file', () => {
  it('an Excel workbook given for a CSV (.xlsx is a ZIP, .xls an OLE2 file) is named as one, not as bytes of an unknown encoding', async () => {
    const xlsx = await userError(open(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60, 0x90)])));
    expect(xlsx.text.en).toMatch(/start-\d+\.csv is not a CSV but an Excel workbook \(\.xlsx\)$/);
    expect(xlsx.exitCode).toBe(2);
    const xls = await userError(open(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(60, 0)])));
    expect(xls.text.ja).toContain('Excel のブック (.xls 形式)');
    // A CSV whose first code merely starts with PK is a CSV.
    expect((await open('PK-01,3\r\n')).headers).toEqual(['PK-01', '3']);
  });

  it('a file that is no text (NUL bytes among its first 512, as an image or a disk device) is named as such, not read as one endless record', async () => {
    const png = await userError(open(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(200, 0)])));
    expect(png.text.en).toMatch(/start-\d+\.csv is not a text CSV \(NUL bytes among its first bytes/);
    expect(png.exitCode).toBe(2);
    expect(png.hint?.ja).toContain('管理画面からダウンロードした CSV ファイル');
    // Three NULs in a CSV are left to the control-character rule of the columns read.
    const three = await open(Buffer.from('code,note\r\nA-1,x\u0000\u0000\u0000\r\n'));
    expect(three.headers).toEqual(['code', 'note']);
  });

  it('skips a whole UTF-8 BOM and reads the rest as UTF-8', async () => {
    const src = await open(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('商品コード,在庫数\r\nA-1,3\r\n')]));
    expect(src.encoding).toBe('utf8-bom');
    expect(src.headers).toEqual(['商品コード', '在庫数']);
    expect(await rows(src)).toEqual([['A-1', '3']]);
  });

  it('takes no BOM from a part of one: 0xBF third (CP932 ｿ), 0xBB second (ｻ), or EF BB before another byte (UTF-8 ﻀ)', async () => {
    const third = await open(encodeCp932('ABｿ,x\r\n1,2\r\n'));
    expect([third.encoding, third.headers]).toEqual(['cp932', ['ABｿ', 'x']]);
    const second = await open(encodeCp932('Aｻｿ,x\r\n1,2\r\n'));
    expect([second.encoding, second.headers]).toEqual(['cp932', ['Aｻｿ', 'x']]);
    const lead = await open(Buffer.from('\ufec0,商品名\r\n1,タオル\r\n'));
    expect([lead.encoding, lead.headers]).toEqual(['utf8', ['\ufec0', '商品名']]);
    expect(await rows(lead)).toEqual([['1', 'タオル']]);
  });

  it('refuses a UTF-8 BOM when --input-encoding cp932 is given, naming both', async () => {
    const e = await userError(open(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('code\r\nA\r\n')]), 'cp932'));
    expect(e.text.en).toMatch(/start-\d+\.csv starts with a UTF-8 BOM, but --input-encoding cp932 was given$/);
    expect(e.text.ja).toMatch(/は UTF-8 の BOM で始まっていますが、--input-encoding cp932 が指定されています$/);
  });

  it("names Excel's UTF-16 with its BOM as Unicode Text, and without one by its byte order", async () => {
    const text = 'コード\t商品名\r\nA-1\tタオル\r\n';
    const withBom = await userError(open(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(withBom.text.en).toMatch(/start-\d+\.csv is saved as UTF-16 \(Excel's "Unicode Text"\), which cannot be read$/);
    expect(withBom.text.ja).toContain('UTF-16 (Excel の「Unicode テキスト」形式) で保存されています');
    expect(withBom.hint?.en).toContain('CSV UTF-8 (Comma delimited)');
    const le = await userError(open(Buffer.from('code,name\r\nA-1,towel\r\n', 'utf16le')));
    expect(le.text.en).toMatch(/looks like UTF-16 \(LE\) without a BOM/);
    const be = await userError(open(Buffer.from('code,name\r\nA-1,towel\r\n', 'utf16le').swap16()));
    expect(be.text.en).toMatch(/looks like UTF-16 \(BE\) without a BOM/);
    expect(be.text.ja).toContain('BOM のない UTF-16 (BE)');
    expect(be.hint?.en).toContain('CSV UTF-8 (Comma delimited)');
  });
});

describe('what is named as the file', () => {
  it('refuses a folder as no file, and reads a character device (here /dev/null) once, as a stream', async () => {
    const e = await userError(openCsv(dir, { columns: [] }));
    expect(e.text.en).toMatch(/sc-csv-start-\w+ is not a file \(it is a folder\)$/);
    if (process.platform !== 'win32') {
      const nul = await userError(openCsv('/dev/null', { columns: [] }));
      expect(nul.text.en).toBe('/dev/null is empty (no header row)');
    }
  });
});

describe('the header row', () => {
  it('refuses a header of blanks as an empty file', async () => {
    for (const header of [' , \r\nA,1\r\n', ' \t\r\nA\r\n', '\r\n\r\n', '']) {
      const e = await userError(open(header));
      expect(e.text.en, JSON.stringify(header)).toMatch(/start-\d+\.csv is empty \(no header row\)$/);
    }
  });

  it('skips a line of commas only before the header (Excel leaves them), as a blank line', async () => {
    const src = await open(',,\r\n商品コード,在庫数,タグ\r\nA-1,3,x\r\n');
    expect([src.headers, src.headerLine]).toEqual([['商品コード', '在庫数', 'タグ'], 2]);
  });

  it('takes a header with one blank column among named ones', async () => {
    const src = await openCsv(file('商品コード,,在庫数\r\nA-1,,3\r\n'), { columns: [COL.productCode] });
    expect(src.headers).toEqual(['商品コード', '', '在庫数']);
    expect(src.fieldOf('code')).toBe(0);
  });
});

describe('the estimate of the records that follow', () => {
  it('is the count for rows of one length, from the size and the first chunk', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `A-${String(i).padStart(5, '0')},3\r\n`).join('');
    const src = await open('商品コード,在庫数\r\n' + body);
    expect(src.estimatedRows).toBe(2000);
    const wide = await open('syohin_code,zaiko_su,tag\r\n' + body.replaceAll('\r\n', ',x\r\n'));
    expect(wide.estimatedRows).toBe(2000);
  });

  it('is 0 for a file with a header only', async () => {
    expect((await open('商品コード,在庫数\r\n')).estimatedRows).toBe(0);
  });
});

describe('what a source tells of its columns', () => {
  it('an optional column the file lacks: not had, field -1, no header; one it has: its field and header as written', async () => {
    const src = await openCsv(file('在庫数,商品コード\r\nA,1\r\n'), { columns: [COL.productCode, optional(COL.tags), optional(COL.stockCount)] });
    expect([src.has('tag'), src.fieldOf('tag'), src.headerOf('tag')]).toEqual([false, -1, undefined]);
    expect([src.has('code'), src.fieldOf('code'), src.headerOf('code')]).toEqual([true, 1, '商品コード']);
    expect([src.has('stock'), src.fieldOf('stock'), src.headerOf('stock')]).toEqual([true, 0, '在庫数']);
    expect([src.has('nothing'), src.fieldOf('nothing'), src.headerOf('nothing')]).toEqual([false, -1, undefined]);
  });
});

describe('an encoding no evidence decides', () => {
  it('is named as undecidable (é vs ﾃｩ), not as a conflict at some line', async () => {
    const e = await userError(open('syohin_code,syohin_name\r\nA-1,caf\u00e9\r\n').then(rows));
    expect(e.text.en).toMatch(/^Cannot tell the encoding of .*start-\d+\.csv: it reads as UTF-8 and as Shift_JIS \(CP932\), and neither reading looks wrong \(e\.g\. é vs ﾃｩ\)$/);
    expect(e.hint?.en).toContain('--input-encoding utf8 or --input-encoding cp932');
  });
});

describe.skipIf(!existsSync('/proc/self/fd'))('file descriptors', () => {
  const openFds = () => readdirSync('/proc/self/fd').length;

  it('none is left open after reading, breaking off, or failing', async () => {
    const path = file(['商品コード,タグ', ...Array.from({ length: 30_000 }, (_, i) => `A-${i},[SC]`)].join('\r\n'));
    const before = openFds();
    for (let k = 0; k < 5; k++) {
      const whole = await openCsv(path, { columns: [COL.productCode] });
      let n = 0;
      await whole.scan(() => n++);
      expect(n).toBe(30_000);
      for await (const r of (await openCsv(path, { columns: [COL.productCode] })).records()) if (r.line > 3) break;
      await rows(await openCsv(path, { columns: [], all: true }));
      expect((await userError(openCsv(path, { columns: [COL.slipNumber] }))).exitCode).toBe(2);
      expect((await userError(open(Buffer.from('a,b\r\n1,2\r\n', 'utf16le')))).exitCode).toBe(2);
    }
    expect(openFds()).toBe(before);
  });
});

describe('records()', () => {
  it('may be given up before its first record, and a file may then be read again', async () => {
    const src = await open('商品コード,タグ\r\nA-1,[SC]\r\n');
    const unread = src.records()[Symbol.asyncIterator]();
    await expect(unread.return!()).resolves.toEqual({ value: undefined, done: true });
    await expect(unread.next()).resolves.toEqual({ value: undefined, done: true });
    expect(await rows(src)).toEqual([['A-1', '[SC]']]);
  });
});

describe('scan', () => {
  it('waits for what `between` returns (a writer flushing) before it reads on', async () => {
    const path = file(['商品コード,タグ', ...Array.from({ length: 40_000 }, (_, i) => `A-${i},[SC]`)].join('\r\n'));
    const log: string[] = [];
    let waits = 0;
    await (await openCsv(path, { columns: [COL.productCode] })).scan(
      () => log.push('r'),
      () => {
        waits++;
        log.push('(');
        return new Promise((resolve) =>
          setTimeout(() => {
            log.push(')');
            resolve();
          }, 1),
        );
      },
    );
    expect(waits).toBeGreaterThan(2);
    expect(log.filter((x) => x === 'r')).toHaveLength(40_000);
    // No record between a wait's start and its end.
    expect(log.join('')).not.toMatch(/\(r*r/);
    expect(log.join('')).toMatch(/^r+(\(\)r+)+(\(\))*$/);
  });
});

describe('a header in UTF-8 with --input-encoding cp932', () => {
  it('is refused at its place with its UTF-8 reading, not read as mojibake headers', async () => {
    const e = await userError(open(Buffer.concat([Buffer.from('code,セール\r\n'), encodeCp932('A-1,あ\r\n')]), 'cp932'));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toMatch(/start-\d+\.csv:1:2: UTF-8 Japanese in the header row of a Shift_JIS \(CP932\) file \(read as UTF-8 it is "セール"\)/);
    expect(e.text.ja).toMatch(/start-\d+\.csv:1:2: Shift_JIS \(CP932\) のファイルの見出し行に UTF-8 の日本語があります \(UTF-8 として読むと「セール」\)/);
    expect(e.hint?.en).toMatch(/Rows saved as UTF-8 are mixed into this file/);
  });
});
