/**
 * The reading loop over inputs of several 64 KiB chunks, from a file and from a FIFO (read
 * once): every record arrives whole and decoded by the encoding decided further down; a
 * record longer than a chunk; the line of a late encoding conflict; a UTF-8 BOM that a pipe
 * delivers in pieces. Mutation testing left these paths of src/csv/pump.ts alive (the tests
 * before read files of one chunk, or looked at the first and last records only).
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COL, openCsv, type CsvSource } from '../../src/csv/index.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { CHUNK_BYTES } from '../../src/csv/pump.js';
import { userError } from '../helpers/errors.js';
import { tempDir } from '../helpers/context.js';
import { feedFifo, fifoTestable, makeFifo } from '../helpers/fifo.js';

const NAME = { id: 'name', headers: ['syohin_name'] };
const COLUMNS = [COL.productCode, NAME, COL.tags];

/** Rows whose lengths vary, so that records cross every chunk boundary at different places. */
function rowsOf(count: number, name: (i: number) => string): string[][] {
  return Array.from({ length: count }, (_, i) => [`P-${String(i).padStart(6, '0')}`, name(i), i % 7 === 0 ? '[SC]' : '']);
}
const csvText = (rows: string[][]) => ['syohin_code,syohin_name,tag', ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';

async function valuesOf(src: CsvSource): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of src.records()) out.push([r.values.code!, r.values.name!, r.values.tag!]);
  return out;
}

/** A FIFO in `dir` fed by `sh -c script` (the script gets the FIFO as $1); the caller kills the feeder. */
function fifo(dir: string, script: string): { path: string; feeder: ChildProcess } {
  const path = makeFifo(dir);
  return { path, feeder: feedFifo(path, script) };
}

describe('an encoding decided after the first chunks', () => {
  // é and α are contested (UTF-8 é = C3 A9 = CP932 ﾃｩ): only the last rows decide.
  const utf8Rows = [...rowsOf(9000, (i) => `café α ${'x'.repeat(i % 23)}`), ['Z-1', 'マグカップ', '[セール]']];
  const utf8Bytes = Buffer.from(csvText(utf8Rows));
  // The same bytes up to the last row, which is CP932 (ｱ alone is no UTF-8).
  const cpRows = utf8Rows.slice(0, -1).map(([c, n, t]) => [c!, Buffer.from(n!).toString('latin1'), t!]);
  const cpBytes = Buffer.concat([utf8Bytes.subarray(0, utf8Bytes.lastIndexOf('Z-1')), encodeCp932('Z-1,ｱｲｳ,[セール]\r\n')]);
  const cpExpected = [...cpRows.map(([c, n, t]) => [c!, n!.replaceAll('\u00c3\u00a9', 'ﾃｩ').replaceAll('\u00ce\u00b1', 'ﾎｱ'), t!]), ['Z-1', 'ｱｲｳ', '[セール]']];

  it('the test data spans several chunks before the deciding row', () => {
    expect(utf8Bytes.length).toBeGreaterThan(4 * CHUNK_BYTES);
    expect(cpExpected[1]![1]).toMatch(/^cafﾃｩ ﾎｱ x$/);
  });

  it('a file: every record, from the first contested one on, decoded as the late evidence says', async () => {
    const dir = tempDir('sc-csv-pump-');
    const u = join(dir, 'utf8.csv');
    writeFileSync(u, utf8Bytes);
    const src = await openCsv(u, { columns: COLUMNS });
    expect(await valuesOf(src)).toEqual(utf8Rows);
    expect(src.encoding).toBe('utf8');
    const c = join(dir, 'cp932.csv');
    writeFileSync(c, cpBytes);
    const cp = await openCsv(c, { columns: COLUMNS });
    const got = await valuesOf(cp);
    expect(cp.encoding).toBe('cp932');
    expect(got.length).toBe(cpExpected.length);
    expect(got).toEqual(cpExpected);
    // scan, the fast path, sees the same records.
    const scanned: string[] = [];
    await (await openCsv(c, { columns: COLUMNS })).scan((r) => scanned.push(r.values.name!));
    expect(scanned).toEqual(cpExpected.map((r) => r[1]));
  });

  it.skipIf(!fifoTestable)('a FIFO (read once): the held bytes are kept and decoded once the encoding is known', async () => {
    const dir = tempDir('sc-csv-pump-');
    for (const [bytes, expected, encoding] of [
      [utf8Bytes, utf8Rows, 'utf8'],
      [cpBytes, cpExpected, 'cp932'],
    ] as const) {
      const source = join(dir, `${encoding}.csv`);
      writeFileSync(source, bytes);
      const { path, feeder } = fifo(dir, `cat "${source}" > "$1"`);
      try {
        const src = await openCsv(path, { columns: COLUMNS });
        expect(src.rereadable).toBe(false);
        expect(await valuesOf(src)).toEqual(expected);
        expect(src.encoding).toBe(encoding);
        // Its records were read: a second pass is a mistake of the caller, said at once.
        await expect(src.records()[Symbol.asyncIterator]().next()).rejects.toThrow('is a stream: its records can be read once');
      } finally {
        feeder.kill();
        rmSync(path, { force: true });
      }
    }
  });
});

describe('records and chunks', () => {
  it('reads a quoted value longer than two chunks, holding line breaks, between ordinary rows', async () => {
    const long = Array.from({ length: 9000 }, (_, i) => `説明 ${i} "引用"`).join('\r\n');
    const text = `syohin_code,syohin_name,tag\r\nA-1,"${long.replaceAll('"', '""')}",[SC]\r\nB-2,短い,\r\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * CHUNK_BYTES);
    const path = join(tempDir('sc-csv-pump-'), 'long.csv');
    writeFileSync(path, text);
    const got = await valuesOf(await openCsv(path, { columns: COLUMNS }));
    expect(got).toEqual([
      ['A-1', long, '[SC]'],
      ['B-2', '短い', ''],
    ]);
  });

  it('names the line of UTF-8 Japanese found chunks after the file was taken for CP932', async () => {
    // CP932 is decided on row 2 and then confirmed by the next non-ASCII runs (src/csv/detect.ts,
    // CONFIRMATIONS); ASCII rows between do not use them up, so the UTF-8 row chunks later is a conflict.
    const rows = [['A-1', 'ﾏｸﾞｶｯﾌﾟ', ''], ...rowsOf(7000, (i) => `mug ${i}`)];
    const bytes = Buffer.concat([encodeCp932(csvText(rows)), Buffer.from('Z-1,セール,\r\n')]);
    expect(bytes.length).toBeGreaterThan(2 * CHUNK_BYTES);
    const path = join(tempDir('sc-csv-pump-'), 'mixed.csv');
    writeFileSync(path, bytes);
    const e = await userError(openCsv(path, { columns: COLUMNS }).then(valuesOf));
    // header (1) + 7001 rows: the UTF-8 row is line 7003.
    expect(e.text.en).toMatch(/near line 7003 there is UTF-8 Japanese/);
    expect(e.text.ja).toContain('7003行目付近に UTF-8 の日本語があります');
    // The same with lone CRs for line ends (old Mac files): each one is a line.
    const cr = join(tempDir('sc-csv-pump-'), 'mixed-cr.csv');
    writeFileSync(cr, Buffer.concat([encodeCp932(csvText(rows).replaceAll('\r\n', '\r')), Buffer.from('Z-1,セール,\r')]));
    const eCr = await userError(openCsv(cr, { columns: COLUMNS }).then(valuesOf));
    expect(eCr.text.en).toMatch(/near line 7003 there is UTF-8 Japanese/);
  });

  it.skipIf(!fifoTestable)('holds a FIFO whose very first bytes are contested until the evidence comes (the header too)', async () => {
    const dir = tempDir('sc-csv-pump-');
    // ﾃｩ (C3 A9) is é in UTF-8: the header itself cannot be decoded until ｱ (B1, no UTF-8) comes.
    const source = join(dir, 'first.csv');
    writeFileSync(source, encodeCp932(['ﾃｩ,syohin_code', ...Array.from({ length: 12_000 }, (_, i) => `x,P-${i}`), 'ｱ,Z-1'].join('\r\n') + '\r\n'));
    const { path, feeder } = fifo(dir, `cat "${source}" > "$1"`);
    try {
      const src = await openCsv(path, { columns: [COL.productCode] });
      const codes: string[] = [];
      for await (const r of src.records()) codes.push(r.values.code!);
      expect([src.encoding, src.headers[0], codes.length, codes.at(-1)]).toEqual(['cp932', 'ﾃｩ', 12_001, 'Z-1']);
    } finally {
      feeder.kill();
    }
  });

  it.skipIf(!fifoTestable)('takes a UTF-8 BOM that a pipe delivers in pieces for a BOM, not for the header', async () => {
    const dir = tempDir('sc-csv-pump-');
    const rest = join(dir, 'rest.csv');
    writeFileSync(rest, Buffer.concat([Buffer.from([0xbf]), Buffer.from('syohin_code,syohin_name,tag\r\nA-1,マグ,[SC]\r\n')]));
    const { path, feeder } = fifo(dir, `{ printf '\\357\\273'; sleep 0.3; cat "${rest}"; } > "$1"`);
    try {
      const src = await openCsv(path, { columns: COLUMNS });
      expect(src.headers).toEqual(['syohin_code', 'syohin_name', 'tag']);
      expect(src.encoding).toBe('utf8-bom');
      expect(await valuesOf(src)).toEqual([['A-1', 'マグ', '[SC]']]);
    } finally {
      feeder.kill();
    }
  });
});
