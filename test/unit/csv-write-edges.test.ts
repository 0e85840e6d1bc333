/**
 * The writer where its mutation run found no test: rows that outgrow its buffer or come
 * faster than the disk takes them, what is refused before any input is read, where the
 * split limit lies exactly, the header's own characters, and the files and handles it
 * leaves. Each case is something an upload file depends on.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsv, type WriteOptions } from '../../src/csv/index.js';
import { CsvWriter, rowsFrom } from '../../src/csv/writer.js';
import { decodeCp932, encodeCp932 } from '../../src/csv/cp932.js';
import { errnoWords } from '../../src/i18n/errno.js';
import { userError } from '../helpers/errors.js';
import { tempDir } from '../helpers/context.js';

const fresh = () => tempDir('sc-csv-write-edges-');
const opts = (out: string, extra: Partial<WriteOptions> = {}): WriteOptions => ({
  out,
  encoding: 'cp932',
  force: false,
  dryRun: false,
  header: ['syohin_code', 'tag'],
  ...extra,
});
/** The writer flushes at 256 KiB: rows enough for several flushes. */
const MANY = Array.from({ length: 60_000 }, (_, i) => [`NE${String(i).padStart(6, '0')}`, i % 3 === 0 ? '[STOCKCREW連携対象]' : '[セール対象]']);
const textOf = (rows: readonly (readonly string[])[]) => 'syohin_code,tag\r\n' + rows.map((r) => r.join(',') + '\r\n').join('');

describe('rows that come faster than the disk takes them', () => {
  it('keeps every row of a producer, of an async source and of rowsFrom across many flushes', async () => {
    const d = fresh();
    const expected = encodeCp932(textOf(MANY));
    expect(expected.length).toBeGreaterThan(3 * 256 * 1024);
    async function* slow() {
      for (const r of MANY) yield r;
    }
    await writeCsv(slow(), opts(join(d, 'a.csv')));
    await writeCsv(rowsFrom(MANY.map((fields, i) => ({ fields, origin: { file: 'goods.csv', line: i + 2 } }))), opts(join(d, 'b.csv')));
    for (const f of ['a.csv', 'b.csv']) expect(readFileSync(join(d, f)).equals(expected), f).toBe(true);
  });

  it('writes a row larger than its buffer whole', async () => {
    const d = fresh();
    const huge = '髙'.repeat(700_000); // 1,400,000 bytes in CP932: more than twice the buffer
    const [file] = await writeCsv([['A-1', 'x'], ['B-2', huge], ['C-3', 'y']], opts(join(d, 'x.csv')));
    const bytes = readFileSync(join(d, 'x.csv'));
    // Compared as a boolean: a diff of 800,000 characters helps no one.
    expect(decodeCp932(bytes, 0, bytes.length) === `syohin_code,tag\r\nA-1,x\r\nB-2,${huge}\r\nC-3,y\r\n`).toBe(true);
    expect(file!.bytes).toBe(statSync(join(d, 'x.csv')).size);
  });

  it('asks its caller to wait once 256 KiB are buffered, not before, and has written them by then', async () => {
    const d = fresh();
    const out = join(d, 'x.csv');
    const w = await CsvWriter.open(opts(out, { header: ['a'] }));
    // "a\r\n" is 3 bytes; 1,023 rows of 256 bytes and one of 253 bring the buffer to 262,144 bytes exactly.
    const row = ['x'.repeat(254)];
    for (let i = 0; i < 1023; i++) {
      w.row(row);
      expect(w.drain(), `row ${i + 1}`).toBeUndefined();
    }
    w.row(['x'.repeat(251)]);
    const wait = w.drain();
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    const temp = readdirSync(d).find((n) => n.endsWith('.tmp'))!;
    expect(statSync(join(d, temp)).size).toBe(256 * 1024);
    expect(w.drain()).toBeUndefined();
    await w.finish();
    expect(statSync(out).size).toBe(256 * 1024);
    expect(readdirSync(d)).toEqual(['x.csv']);
  });
});

describe('refused before any input is read', () => {
  it('an existing output without --force: the rows are never asked for', async () => {
    const d = fresh();
    const out = join(d, 'x.csv');
    writeFileSync(out, 'old');
    let asked = false;
    const e = await userError(
      writeCsv(async () => {
        asked = true;
      }, opts(out)),
    );
    expect(e.text.en).toBe(`${out} already exists; not replacing it`);
    expect(asked).toBe(false);
    expect(readFileSync(out, 'latin1')).toBe('old');
  });

  it('an existing part of a split set without --force: the rows are never asked for', async () => {
    const d = fresh();
    writeFileSync(join(d, 'mall-03.csv'), 'old');
    let asked = false;
    const e = await userError(
      writeCsv(async () => {
        asked = true;
      }, opts(join(d, 'mall.csv'), { splitBytes: 1000 })),
    );
    expect(e.text.en).toBe(`${join(d, 'mall-03.csv')} already exists; not replacing it`);
    expect(asked).toBe(false);
  });

  it('a dry run over an existing output is not refused and changes nothing', async () => {
    const d = fresh();
    const out = join(d, 'x.csv');
    writeFileSync(out, 'old');
    const [file] = await writeCsv([['A-1', 'x']], opts(out, { dryRun: true }));
    expect(file!.rows).toBe(1);
    expect(readFileSync(out, 'latin1')).toBe('old');
    expect(readdirSync(d)).toEqual(['x.csv']);
  });

  it('an output that is a folder, named in the message', async () => {
    const d = fresh();
    const e = await userError(writeCsv([['A', '1']], opts(d)));
    expect(e.text.en).toBe(`--out ${d} is a folder; name the file to write (e.g. ${d}/ne-tags.csv)`);
  });

  it('a folder that cannot be made (a file is in the way), named in the message with why', async () => {
    const d = fresh();
    writeFileSync(join(d, 'file'), 'x');
    const notFolder = errnoWords('ENOTDIR');
    // A file in the way of a folder above, and a file where the folder itself should be
    // (mkdir -p says EEXIST for that one): both are "not a folder".
    for (const folder of [join(d, 'file', 'sub'), join(d, 'file')]) {
      const e = await userError(writeCsv([['A', '1']], opts(join(folder, 'x.csv'))));
      expect(e.text.en).toBe(`Cannot write ${folder} (${notFolder.en})`);
      expect(e.text.ja).toBe(`${folder} に書き込めません (${notFolder.ja})`);
      expect(e.exitCode).toBe(2);
    }
  });

  it('a split limit that is not positive (a programming error, not the operator’s)', async () => {
    const d = fresh();
    for (const splitBytes of [0, -1, Number.NaN]) {
      await expect(writeCsv([['A', '1']], opts(join(d, 'x.csv'), { splitBytes }))).rejects.toThrow(`splitBytes must be positive, got ${splitBytes}`);
    }
    expect(readdirSync(d)).toEqual([]);
  });

  it('a header the encoding cannot hold, naming the header and the character', async () => {
    const d = fresh();
    const e = await userError(writeCsv([], opts(join(d, 'x.csv'), { header: ['syohin_code', '♥タグ'] })));
    expect(e.text.en).toBe('Header "♥タグ": the character "♥" (U+2665) cannot be written in Shift_JIS (CP932)');
    expect(e.text.ja).toBe('見出し「♥タグ」の文字「♥」(U+2665) は Shift_JIS (CP932) で書けません');
    const c = await userError(writeCsv([], opts(join(d, 'x.csv'), { header: ['code\u0007'] })));
    expect(c.text.en).toContain('(U+0007)');
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('cells refused, by what they hold', () => {
  it('a control character is named as one, not as a character the encoding lacks', async () => {
    const d = fresh();
    const e = await userError(writeCsv([['A-1', 'ok'], ['B-2', 'bell\u0007']], opts(join(d, 'x.csv'))));
    expect(e.text.en).toBe('Data row 2, column "tag" holds a control character (U+0007); it is not written into an upload file');
  });

  it('a cell beyond the header is named by its column number', async () => {
    const d = fresh();
    const e = await userError(writeCsv([['A-1', 'ok', '😀']], opts(join(d, 'x.csv'))));
    expect(e.text.en).toBe('Data row 1, column "3": the character "😀" (U+1F600) cannot be written in Shift_JIS (CP932)');
  });

  it('counts the rows of an async source for the message', async () => {
    const d = fresh();
    async function* rows() {
      yield ['A-1', 'ok'];
      yield ['B-2', 'ok'];
      yield ['C-3', '😀'];
    }
    const e = await userError(writeCsv(rows(), opts(join(d, 'x.csv'))));
    expect(e.text.en).toMatch(/^Data row 3, column "tag"/);
  });

  it('a row from an input file is named by that file and line', async () => {
    const d = fresh();
    const e = await userError(writeCsv(rowsFrom([{ fields: ['A-1', '😀'], origin: { file: 'goods.csv', line: 7 } }]), opts(join(d, 'x.csv'))));
    expect(e.text.en).toBe('goods.csv:7: output column "tag": the character "😀" (U+1F600) cannot be written in Shift_JIS (CP932)');
  });
});

describe('the split limit, exactly', () => {
  const header = ['code', 'qty']; // "code,qty\r\n" = 10 bytes

  it('takes a row that with the header fills a part to the byte', async () => {
    const d = fresh();
    // "ITEM-1234567,1\r\n" = 16 bytes: 26 with the header.
    const files = await writeCsv([['ITEM-1234567', '1'], ['ITEM-1234568', '2']], opts(join(d, 'mall.csv'), { header, splitBytes: 26 }));
    expect(files.map((f) => [f.rows, f.bytes])).toEqual([
      [1, 26],
      [1, 26],
    ]);
  });
});

describe('what the writer leaves', () => {
  it('no file handle open once a split set is in place', async () => {
    const d = fresh();
    const rows = Array.from({ length: 200 }, (_, i) => [`ITEM-${i}`, '[STOCKCREW連携対象]']);
    const files = await writeCsv(rows, opts(join(d, 'mall.csv'), { splitBytes: 400 }));
    expect(files.length).toBeGreaterThan(10);
    const open = readdirSync('/proc/self/fd').flatMap((fd) => {
      try {
        return [readlinkSync(`/proc/self/fd/${fd}`)];
      } catch {
        return [];
      }
    });
    expect(open.filter((p) => p.startsWith(d))).toEqual([]);
  });

  it('an output that appears while rows are written (another export) is refused as existing, not as unwritable', async () => {
    const d = fresh();
    const out = join(d, 'x.csv');
    const e = await userError(
      writeCsv(async (sink) => {
        sink.row(['A-1', 'x']);
        writeFileSync(out, 'theirs');
      }, opts(out)),
    );
    expect(e.text.en).toBe(`${out} already exists; not replacing it`);
    expect(readFileSync(out, 'latin1')).toBe('theirs');
    expect(readdirSync(d)).toEqual(['x.csv']);
  });

  it('a folder removed while rows are written is named in the message, and nothing is left', async () => {
    const d = fresh();
    const sub = join(d, 'out');
    mkdirSync(sub);
    const out = join(sub, 'x.csv');
    const e = await userError(
      writeCsv(async (sink) => {
        sink.row(['A-1', 'x']);
        rmSync(sub, { recursive: true });
      }, opts(out)),
    );
    expect(e.text.en).toBe(`Cannot write ${out} (${errnoWords('ENOENT').en})`);
    expect(existsSync(sub)).toBe(false);
  });
});
