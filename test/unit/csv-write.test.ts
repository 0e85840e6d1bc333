import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COL, openCsv, writeCsv, type WriteOptions } from '../../src/csv/index.js';
import { decodeCp932, encodeCp932 } from '../../src/csv/cp932.js';
import { UserError } from '../../src/errors.js';
import { userError } from '../helpers/errors.js';
import { tempDir } from '../helpers/context.js';

function freshDir(): string {
  return tempDir('sc-csv-write-');
}

function opts(out: string, extra: Partial<WriteOptions> = {}): WriteOptions {
  return { out, encoding: 'cp932', force: false, dryRun: false, header: ['syohin_code', 'tag'], ...extra };
}


const ROWS = [
  ['A-1', '[セール対象][STOCKCREW連携対象]'],
  ['B,2', 'say "hi"'],
  ['C-3', 'line\nbreak'],
  ['D-4', '～髙①㈱'],
  [''],
  ['E-5', 'cr\ronly'],
];
const EXPECTED_TEXT =
  'syohin_code,tag\r\n' +
  'A-1,[セール対象][STOCKCREW連携対象]\r\n' +
  '"B,2","say ""hi"""\r\n' +
  'C-3,"line\nbreak"\r\n' +
  'D-4,～髙①㈱\r\n' +
  '""\r\n' +
  'E-5,"cr\ronly"\r\n';

describe('writeCsv bytes', () => {
  it('writes CP932 with CRLF and quotes only where Python csv would', async () => {
    const d = freshDir();
    const out = join(d, 'out', 'ne-tags.csv');
    const [f] = await writeCsv(ROWS, opts(out));
    const bytes = readFileSync(out);
    expect(bytes.equals(encodeCp932(EXPECTED_TEXT))).toBe(true);
    // ～ 髙 ① ㈱ as Python's cp932 writes them
    expect(bytes.includes(Buffer.from('8160eee08740878a', 'hex'))).toBe(true);
    expect(f).toEqual({
      path: out,
      rows: 6,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'cp932',
    });
  });

  it('writes UTF-8, and UTF-8 with a BOM', async () => {
    const d = freshDir();
    await writeCsv(ROWS, opts(join(d, 'a.csv'), { encoding: 'utf8' }));
    expect(readFileSync(join(d, 'a.csv')).equals(Buffer.from(EXPECTED_TEXT, 'utf8'))).toBe(true);
    const [f] = await writeCsv(ROWS, opts(join(d, 'b.csv'), { encoding: 'utf8-bom' }));
    const bytes = readFileSync(join(d, 'b.csv'));
    expect(bytes.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXPECTED_TEXT, 'utf8')]))).toBe(true);
    expect(f!.bytes).toBe(bytes.length);
  });

  it('accepts an async row source, and writes a header-only file when there are no rows', async () => {
    const d = freshDir();
    async function* rows() {
      yield ['X', '1'];
    }
    await writeCsv(rows(), opts(join(d, 'a.csv')));
    expect(readFileSync(join(d, 'a.csv'), 'latin1')).toBe('syohin_code,tag\r\nX,1\r\n');
    const [f] = await writeCsv([], opts(join(d, 'b.csv')));
    expect(readFileSync(join(d, 'b.csv'), 'latin1')).toBe('syohin_code,tag\r\n');
    expect(f!.rows).toBe(0);
  });
});

describe('writeCsv matches Python csv byte for byte', () => {
  it('quotes, doubles quotes and encodes exactly as csv.writer(lineterminator="\\r\\n") with cp932', async () => {
    // Fixture written by Python 3.11 (see test/fixtures/csv/README.md).
    const fixture = (name: string) => new URL(`../fixtures/csv/${name}`, import.meta.url);
    const rows = JSON.parse(readFileSync(fixture('quote-minimal.rows.json'), 'utf8')) as string[][];
    const d = freshDir();
    await writeCsv(rows, opts(join(d, 'q.csv'), { header: ['a', 'b', 'c'] }));
    expect(readFileSync(join(d, 'q.csv')).toString('hex')).toBe(readFileSync(fixture('quote-minimal.python.csv')).toString('hex'));
  });
});

describe('CP932 round trip through writer and reader', () => {
  it('keeps every character of the IBM extension range (FA40–FC4B), ～ 髙 ① ㈱ included', async () => {
    const chars: string[] = [];
    for (let code = 0xfa40; code <= 0xfc4b; code++) {
      const b = Buffer.from([code >> 8, code & 0xff]);
      try {
        chars.push(decodeCp932(b, 0, 2));
      } catch {
        // not a character (trail byte out of range)
      }
    }
    expect(chars.length).toBe(388);
    const text = chars.join('') + '～髙①㈱';
    const d = freshDir();
    const out = join(d, 'ibm.csv');
    await writeCsv([['IBM', text]], opts(out));
    const src = await openCsv(out, { columns: [COL.productCode, COL.tags] });
    const got: string[] = [];
    for await (const r of src.records()) got.push(r.values.tag!);
    expect(src.encoding).toBe('cp932');
    expect(got).toEqual([text]);
  });
});

describe('writeCsv safety', () => {
  it('refuses to replace an existing file without --force, and replaces it with', async () => {
    const d = freshDir();
    const out = join(d, 'x.csv');
    writeFileSync(out, 'old');
    const e = await userError(writeCsv(ROWS, opts(out)));
    expect(e.exitCode).toBe(2);
    expect(e.text.ja).toContain('既にあります');
    expect(e.hint?.ja).toContain('--force');
    expect(readFileSync(out, 'latin1')).toBe('old');
    await writeCsv(ROWS, opts(out, { force: true }));
    expect(readFileSync(out).equals(encodeCp932(EXPECTED_TEXT))).toBe(true);
    expect(readdirSync(d)).toEqual(['x.csv']);
  });

  it('dry run reports rows, bytes and sha256 of what it would write, and writes nothing', async () => {
    const d = freshDir();
    const out = join(d, 'sub', 'x.csv');
    const [dry] = await writeCsv(ROWS, opts(out, { dryRun: true }));
    expect(existsSync(join(d, 'sub'))).toBe(false);
    const [real] = await writeCsv(ROWS, opts(out));
    expect(dry).toEqual(real);
  });

  it('names the data row, the column and the character CP932 cannot hold, and writes nothing', async () => {
    const d = freshDir();
    const out = join(d, 'x.csv');
    const rows = [['A', 'ok'], ['B', '[セール]😀'], ['C', 'never reached']];
    const e = await userError(writeCsv(rows, opts(out)));
    expect(e.text.ja).toBe('2件目のデータ行、列「tag」の文字「😀」(U+1F600) は Shift_JIS (CP932) で書けません');
    expect(e.text.en).toContain('Data row 2, column "tag"');
    expect(readdirSync(d)).toEqual([]);
  });

  it('refuses a lone surrogate in UTF-8 instead of writing a replacement character', async () => {
    const d = freshDir();
    const e = await userError(writeCsv([['A', 'x\ud800y']], opts(join(d, 'x.csv'), { encoding: 'utf8' })));
    expect(e.text.en).toContain('(U+D800)');
    expect(readdirSync(d)).toEqual([]);
  });

  it('leaves nothing when the row source throws mid-way (a transform error), even after a flush', async () => {
    const d = freshDir();
    const out = join(d, 'x.csv');
    function* rows() {
      for (let i = 0; i < 50_000; i++) yield [`CODE-${i}`, 'x'.repeat(40)];
      throw new UserError({ ja: '変換エラー', en: 'transform failed' });
    }
    const e = await userError(writeCsv(rows(), opts(out)));
    expect(e.text.en).toBe('transform failed');
    expect(readdirSync(d)).toEqual([]);
    async function* asyncRows() {
      yield ['A', '1'];
      throw new Error('boom');
    }
    await expect(writeCsv(asyncRows(), opts(out))).rejects.toThrow('boom');
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('writeCsv split by size', () => {
  const header = ['code', 'qty'];
  const rows = Array.from({ length: 10 }, (_, i) => [`ITEM-${i}`, '12']); // "ITEM-0,12\r\n" = 11 bytes
  // header "code,qty\r\n" = 10 bytes; 50-byte parts hold the header and 3 rows (43 bytes)

  it('writes <name>-01.csv, -02 … each within the limit and each with the header', async () => {
    const d = freshDir();
    const files = await writeCsv(rows, opts(join(d, 'mall.csv'), { header, splitBytes: 50 }));
    expect(files.map((f) => [f.path, f.rows, f.bytes])).toEqual([
      [join(d, 'mall-01.csv'), 3, 43],
      [join(d, 'mall-02.csv'), 3, 43],
      [join(d, 'mall-03.csv'), 3, 43],
      [join(d, 'mall-04.csv'), 1, 21],
    ]);
    const all = files.map((f) => readFileSync(f.path, 'latin1'));
    for (const text of all) expect(text.startsWith('code,qty\r\n')).toBe(true);
    expect(all.map((t) => t.slice(10)).join('')).toBe(rows.map((r) => r.join(',') + '\r\n').join(''));
    for (const f of files) expect(createHash('sha256').update(readFileSync(f.path)).digest('hex')).toBe(f.sha256);
  });

  it('names a single part -01 too, refuses existing parts without --force, and removes surplus old parts with it', async () => {
    const d = freshDir();
    await writeCsv(rows, opts(join(d, 'mall.csv'), { header, splitBytes: 50 }));
    const e = await userError(writeCsv(rows.slice(0, 2), opts(join(d, 'mall.csv'), { header, splitBytes: 50 })));
    expect(e.text.en).toContain('mall-01.csv');
    const files = await writeCsv(rows.slice(0, 2), opts(join(d, 'mall.csv'), { header, splitBytes: 50, force: true }));
    expect(files.map((f) => f.path)).toEqual([join(d, 'mall-01.csv')]);
    expect(readdirSync(d).sort()).toEqual(['mall-01.csv']);
  });

  it('removes the parts already in place when a later part cannot be renamed (no partial set)', async () => {
    const d = freshDir();
    mkdirSync(join(d, 'mall-02.csv', 'blocker'), { recursive: true });
    const e = await userError(writeCsv(rows, opts(join(d, 'mall.csv'), { header, splitBytes: 50, force: true })));
    expect(e.text.en).toContain('Cannot write');
    expect(e.text.en).toContain('mall-02.csv');
    expect(readdirSync(d)).toEqual(['mall-02.csv']);
  });

  it('refuses a row that cannot fit in a part even alone, writing nothing', async () => {
    const d = freshDir();
    const e = await userError(writeCsv([['A', '1'], ['B', 'x'.repeat(100)]], opts(join(d, 'mall.csv'), { header, splitBytes: 50 })));
    expect(e.text.en).toBe('Data row 2 needs 114 bytes with the header, more than the split limit of 50 bytes');
    expect(readdirSync(d)).toEqual([]);
  });

  it('splits a large CP932 file at 2,000,000 bytes with every part within the limit', async () => {
    const d = freshDir();
    const big = Array.from({ length: 60_000 }, (_, i) => [`CODE-${i}`, `商品名 ${i}, "限定"`]);
    const files = await writeCsv(big, opts(join(d, 'items.csv'), { splitBytes: 2_000_000 }));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) {
      const b = readFileSync(f.path);
      expect(b.length).toBe(f.bytes);
      expect(b.length).toBeLessThanOrEqual(2_000_000);
      expect(b.subarray(0, 17).toString('latin1')).toBe('syohin_code,tag\r\n');
    }
    expect(files.reduce((s, f) => s + f.rows, 0)).toBe(60_000);
  });
});
