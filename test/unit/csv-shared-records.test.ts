/**
 * Records handed from check's main pass to its row worker (src/csv/shared-records.ts) and
 * built there by the reader's own record builder (src/csv/record-builder.ts): the worker
 * must get exactly the records the reader accepted, on the same lines, decoded alike, and a
 * record that fails must fail as one reader of every column would have failed on it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCsv, type ColumnSpec, type CsvSource } from '../../src/csv/index.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { recordBuilder } from '../../src/csv/record-builder.js';
import { BatchPacker, batchBuffers, eachRecord, type RecordBatch } from '../../src/csv/shared-records.js';
import { Splitter, type SplitRecord } from '../../src/csv/splitter.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/context.js';

const COLUMNS: ColumnSpec[] = [
  { id: 'code', headers: ['syohin_code'] },
  { id: 'name', headers: ['syohin_name'], required: false },
  { id: 'tag', headers: ['tag'], required: false },
];

function csvFile(bytes: Buffer): string {
  const p = join(tempDir('sc-shared-'), 'goods.csv');
  writeFileSync(p, bytes);
  return p;
}

interface Seen {
  line: number;
  values: Record<string, string>;
}

/** What the reader hands on, and the batches its scan packed (tiny batches: many of them). */
async function scanWithTap(path: string, batchBytes: number, columns = COLUMNS) {
  const src = await openCsv(path, { columns });
  const seen: Seen[] = [];
  const batches: RecordBatch[] = [];
  const tap = new BatchPacker((b) => batches.push(b), () => src.encoding, batchBytes);
  let error: unknown;
  try {
    await src.scan((r) => seen.push({ line: r.line, values: { ...r.values } }), undefined, tap);
  } catch (e) {
    error = e;
  }
  tap.flush();
  return { src, seen, batches, error };
}

/** The batches' records built as the worker builds them. */
function rebuild(src: CsvSource, batches: readonly RecordBatch[], columns = COLUMNS): { records: Seen[]; error?: unknown } {
  let encoding = src.encoding;
  const builder = recordBuilder({ file: src.file, headers: src.headers, columns, fields: columns.map((c) => src.fieldOf(c.id)) }, () => encoding);
  const records: Seen[] = [];
  try {
    for (const b of batches) {
      encoding = b.encoding;
      eachRecord(b, (rec) => {
        const r = builder.build(rec);
        if (r) records.push({ line: r.line, values: { ...r.values } });
      });
    }
  } catch (e) {
    return { records, error: builder.mapError(e) };
  }
  return { records };
}

describe('records handed to the row worker', () => {
  it('are the records the reader accepted, on the same lines: blank lines, cleared rows, values over lines, doubled quotes, lone CRs', async () => {
    const rows = ['syohin_code,syohin_name,tag'];
    for (let i = 1; i <= 300; i++) {
      if (i % 17 === 0) rows.push('');
      if (i % 23 === 0) rows.push(',,');
      const name = i % 3 === 0 ? `"マグ ""${i}""\r\n二行目\n三行目"` : i % 7 === 0 ? `"カップ,${i}"` : `有田焼 ${i}`;
      rows.push(`mug-${i},${name},${i % 2 === 0 ? '[STOCKCREW連携対象]' : ''}${i % 11 === 0 ? '\r' : ''}`);
    }
    // The last record has no line end.
    const path = csvFile(encodeCp932(rows.join('\r\n') + '\r\nmug-last,最後,'));
    for (const size of [1, 200, 4096, 1 << 20]) {
      const { src, seen, batches, error } = await scanWithTap(path, size);
      expect(error).toBeUndefined();
      expect(seen).toHaveLength(301);
      expect(seen[2]!.values.name).toBe('マグ "3"\r\n二行目\n三行目');
      const again = rebuild(src, batches);
      expect(again.error).toBeUndefined();
      expect(again.records).toEqual(seen);
      if (size === 1) expect(batches.length).toBeGreaterThan(1);
    }
  });

  it('a record longer than a batch, and one longer than the reader\'s chunk, travel whole', async () => {
    const long = 'マ'.repeat(70_000);
    const path = csvFile(encodeCp932(`syohin_code,syohin_name,tag\r\nmug-1,短い,\r\nmug-2,"${long}\r\n${long}",\r\nmug-3,短い,\r\n`));
    const { src, seen, batches } = await scanWithTap(path, 1000);
    expect(seen.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(rebuild(src, batches).records).toEqual(seen);
  });

  it('records read while the encoding was undecided (ASCII) travel apart from those decoded once it is known', async () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `mug-${i},plain mug ${i},`).join('\r\n');
    const path = csvFile(encodeCp932(`syohin_code,syohin_name,tag\r\n${ascii}\r\nmug-x,有田焼 マグカップ,[STOCKCREW連携対象]\r\n`));
    const { src, seen, batches } = await scanWithTap(path, 1 << 20);
    expect(batches.map((b) => b.encoding)).toEqual(['utf8', 'cp932']);
    const again = rebuild(src, batches);
    expect(again.records).toEqual(seen);
    expect(again.records.at(-1)!.values.name).toBe('有田焼 マグカップ');
  });

  it('a failed scan hands on every record before the one that failed, and nothing from it on', async () => {
    const bad = Buffer.concat([Buffer.from('mug-3,'), Buffer.from([0x81, 0x7f]), Buffer.from(',\r\n')]);
    const path = csvFile(Buffer.concat([encodeCp932('syohin_code,syohin_name,tag\r\nmug-1,マグ,\r\nmug-2,カップ,\r\n'), bad, Buffer.from('mug-4,x,\r\n')]));
    const { src, seen, batches, error } = await scanWithTap(path, 1 << 20);
    expect(error).toBeInstanceOf(UserError);
    expect(seen.map((r) => r.line)).toEqual([2, 3]);
    expect(rebuild(src, batches).records).toEqual(seen);
  });

  it('a record the main pass accepted fails on the worker\'s side as one reader of every column fails: same message', async () => {
    const bad = Buffer.concat([Buffer.from('mug-3,'), Buffer.from([0x81, 0x7f]), Buffer.from(',\r\n')]);
    const path = csvFile(Buffer.concat([encodeCp932('syohin_code,syohin_name,tag\r\nmug-1,マグ,\r\nmug-2,カップ,\r\n'), bad]));
    const mainSide = COLUMNS.map((c) => (c.id === 'name' ? { ...c, matchOnly: true } : c));
    const { src, seen, batches, error } = await scanWithTap(path, 1 << 20, mainSide);
    expect(error).toBeUndefined();
    expect(seen).toHaveLength(3);
    const worker = rebuild(src, batches);
    const onePass = await scanWithTap(path, 1 << 20);
    expect(worker.records).toHaveLength(2);
    expect((worker.error as UserError).text).toEqual((onePass.error as UserError).text);
    expect((worker.error as UserError).text.en).toContain(':4');
  });

  it('a chunk whose first record comes after blank lines, and a flush with nothing held', () => {
    const sent: RecordBatch[] = [];
    const packer = new BatchPacker((b) => sent.push(b), () => 'utf8', 1 << 20);
    packer.flush();
    expect(sent).toHaveLength(0);
    for (const [text, line] of [['\n\r\na,b\n', 2], ['\n\nc,d\ne,f', 10]] as const) {
      const buf = Buffer.from(text);
      new Splitter(line, undefined, true).split(buf, 0, buf.length, true, (rec: SplitRecord) => packer.take(rec));
      packer.stepDone();
    }
    packer.flush();
    expect(sent).toHaveLength(1);
    const got: string[] = [];
    eachRecord(sent[0]!, (rec) => got.push(`${rec.line}:${rec.buf.toString('latin1', rec.starts[rec.base]!, rec.ends[rec.base + rec.count - 1]!)}`));
    expect(got).toEqual(['4:a,b', '12:c,d', '13:e,f']);
  });

  it('refuses records from a splitter that does not keep its chunk\'s fields: their bounds would be gone by the copy', () => {
    const packer = new BatchPacker(() => undefined, () => 'utf8', 1 << 20);
    const buf = Buffer.from('a,b\nc,d\n');
    expect(() => new Splitter(2).split(buf, 0, buf.length, true, (rec: SplitRecord) => packer.take(rec))).toThrow(/keepChunk/);
  });

  it('a buffer handed back is filled again for a later batch', () => {
    const sent: RecordBatch[] = [];
    const packer = new BatchPacker((b) => sent.push(b), () => 'utf8', 8);
    const take = (text: string, line: number) => {
      const buf = Buffer.from(text);
      new Splitter(line, undefined, true).split(buf, 0, buf.length, true, (rec: SplitRecord) => packer.take(rec));
      packer.stepDone();
    };
    take('a,b,c\n', 2);
    expect(sent).toHaveLength(0);
    take('d,e,f\n', 3);
    expect(sent).toHaveLength(1);
    const first = sent[0]!.bytes.buffer;
    // The receiver is done with a batch when it hands it back.
    const lines: number[] = [];
    eachRecord(sent[0]!, (rec) => lines.push(rec.line));
    packer.reuse(batchBuffers(sent[0]!));
    // The batch after next: the next one is already being filled in a buffer of its own.
    take('g,h,i\nj,k,l\n', 4);
    take('m,n,o\np,q,r\n', 6);
    expect(sent).toHaveLength(3);
    expect(sent[1]!.bytes.buffer).not.toBe(first);
    expect(sent[2]!.bytes.buffer).toBe(first);
    for (const b of sent.slice(1)) eachRecord(b, (rec) => lines.push(rec.line));
    expect(lines).toEqual([2, 3, 4, 5, 6, 7]);
    expect(sent[2]!.records.buffer).toBe(batchBuffers(sent[0]!)[1]);
  });
});
