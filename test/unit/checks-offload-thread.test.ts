/**
 * The main pass's side of the row worker (src/checks/offload.ts, startRowWorker) against a
 * stand-in thread that runs the worker's own code (rowJob) in this process and answers
 * asynchronously, as a thread does: how many batches may be in flight, how the outcome
 * settles (done, an input error, a crash, an exit without a word) and that the main pass is
 * never left waiting. test/e2e/check-offload.test.ts runs the real thread.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsFor } from '../../src/checks/columns-for.js';
import { IN_FLIGHT, mainColumns, startRowWorker } from '../../src/checks/offload.js';
import type { RowThread } from '../../src/checks/row-thread.js';
import { rowJob, type RowJob, type RowMessage, type ToRowWorker } from '../../src/checks/row-worker.js';
import { openCsv } from '../../src/csv/index.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/context.js';

const opened = ['code-format', 'tags', 'number-format', 'formula-cell'] as const;
const JOB: RowJob = { input: 'neGoods', shown: 'goods.csv', runnable: [...opened], families: [{ id: 'number-format', index: 2 }, { id: 'formula-cell', index: 3 }], options: { codeMaxLength: 30 } };

/** A thread that runs rowJob here; `hold` keeps its acks back until `release`. */
class StandIn extends EventEmitter implements RowThread {
  readonly received: ToRowWorker[] = [];
  readonly transfers: Array<ArrayBuffer[] | undefined> = [];
  held: Array<() => void> = [];
  hold = false;
  /** Acks the main side has been given. */
  acked = 0;
  terminated = false;
  private readonly handle: (m: ToRowWorker) => void;
  constructor(job: RowJob) {
    super();
    this.handle = rowJob(job, (m: RowMessage) => {
      const deliver = () =>
        setImmediate(() => {
          if ('ack' in m) this.acked++;
          this.emit('message', m);
        });
      if ('ack' in m && this.hold) this.held.push(deliver);
      else deliver();
    });
  }
  get batches(): number {
    return this.received.filter((m) => 'batch' in m).length;
  }
  postMessage(m: ToRowWorker, transfer?: ArrayBuffer[]): void {
    this.received.push(m);
    this.transfers.push(transfer);
    setImmediate(() => this.handle(m));
  }
  /** Let the held acks go, and the next ones until held again. */
  release(): void {
    this.hold = false;
    for (const d of this.held.splice(0)) d();
  }
  terminate(): Promise<number> {
    this.terminated = true;
    setImmediate(() => this.emit('exit', 1));
    return Promise.resolve(1);
  }
}

/** NE goods of `rows` rows, one in 1,000 with a price that number-format refuses. */
async function goods(rows: number) {
  const lines = ['syohin_code,syohin_name,genka_tnk,tag'];
  for (let i = 1; i <= rows; i++) lines.push(`mug-${i},有田焼 マグカップ ${'・'.repeat(40)},${i % 1000 === 0 ? '"1,980"' : '500'},`);
  const file = path.join(tempDir(), 'goods.csv');
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  const all = columnsFor('neGoods', [...opened]);
  const src = await openCsv(file, { columns: mainColumns(all, columnsFor('neGoods', ['code-format', 'tags'])) });
  return { src, begin: { file: src.file, headers: src.headers, fields: all.map((c) => src.fieldOf(c.id)) } };
}

/** A split record of one field, `a`, on `line`. */
const oneField = (line: number) => ({ buf: Buffer.from('a\n'), start: 0, next: 2, line, count: 1, control: false, base: 0, starts: new Int32Array([0]), ends: new Int32Array([1]), flags: new Uint8Array(1) });

/** What one pass reports on the same file: the line of each number-format finding. */
const everyThousandth = (rows: number) => Array.from({ length: rows / 1000 }, (_, k) => 1000 * (k + 1) + 1);

describe('the main pass and its row worker', () => {
  it('hands over every record while the worker keeps up, and gets back the findings in order', async () => {
    const { src, begin } = await goods(40_000);
    let standIn!: StandIn;
    const w = startRowWorker(JOB, (job) => (standIn = new StandIn(job)));
    const tap = w.begin(begin, () => src.encoding);
    await src.scan(() => undefined, undefined, tap);
    w.end();
    w.end();
    const outcome = await w.outcome;
    expect(outcome.error).toBeUndefined();
    expect(outcome.findings.map((f) => f.line)).toEqual(everyThousandth(40_000));
    expect(outcome.findings.every((f) => f.family === 2 && f.rule === 'number-format')).toBe(true);
    expect(standIn.received.filter((m) => 'end' in m)).toHaveLength(1);
    // Each batch's arrays (bytes, records, field bounds) are handed over, not copied.
    standIn.received.forEach((m, k) => {
      if ('batch' in m) expect(standIn.transfers[k]).toEqual([m.batch.bytes.buffer, m.batch.records.buffer, m.batch.starts.buffer, m.batch.ends.buffer, m.batch.flags.buffer]);
    });
  });

  it('with IN_FLIGHT batches out, the main pass judges the next chunks itself: never more in flight, never a wait, the same findings in line order', async () => {
    const { src, begin } = await goods(40_000);
    let standIn!: StandIn;
    const w = startRowWorker(JOB, (job) => (standIn = new StandIn(job)));
    const tap = w.begin(begin, () => src.encoding);
    let most = 0;
    let chunks = 0;
    // The worker falls behind: its acks are held for the first half of the file, then flow.
    standIn.hold = true;
    const lines: number[] = [];
    await src.scan((r) => {
      lines.push(r.line);
      most = Math.max(most, standIn.batches - standIn.acked);
    }, () => {
      chunks++;
      if (lines.at(-1)! > 20_000) standIn.release();
      return undefined;
    }, tap);
    w.end();
    const outcome = await w.outcome;
    expect(outcome.error).toBeUndefined();
    expect(lines).toHaveLength(40_000);
    expect(most).toBe(IN_FLIGHT);
    // Some chunks were sent, some kept: the worker got fewer records than the file holds.
    const sent = standIn.received.filter((m) => 'batch' in m).length;
    expect(sent).toBeGreaterThanOrEqual(IN_FLIGHT);
    expect(sent * 4).toBeLessThan(chunks);
    expect(outcome.findings.map((f) => f.line)).toEqual(everyThousandth(40_000));
    expect(outcome.findings.every((f) => f.family === 2 && f.rule === 'number-format' && f.file === 'goods.csv')).toBe(true);
  });

  it('an input error in a kept chunk is thrown by the scan as one pass words it', async () => {
    const file = path.join(tempDir(), 'goods.csv');
    const rows = ['syohin_code,syohin_name,genka_tnk,tag'];
    // ASCII rows (the file is read as CP932), long enough for more than IN_FLIGHT batches.
    for (let i = 1; i <= 60_000; i++) rows.push(`mug-${i},${'x'.repeat(90)},500,`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from(rows.join('\r\n') + '\r\nmug-x,'), Buffer.from([0x81, 0x7f]), Buffer.from(',500,\r\n')]));
    const all = columnsFor('neGoods', [...opened]);
    const src = await openCsv(file, { columns: mainColumns(all, columnsFor('neGoods', ['code-format', 'tags'])), encoding: 'cp932' });
    let standIn!: StandIn;
    const w = startRowWorker(JOB, (job) => (standIn = new StandIn(job)));
    standIn.hold = true;
    const tap = w.begin({ file: src.file, headers: src.headers, fields: all.map((c) => src.fieldOf(c.id)) }, () => src.encoding);
    const error = await src.scan(() => undefined, undefined, tap).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.en).toContain('goods.csv:60002');
    expect((error as UserError).text.en).toContain('column 2');
    expect(standIn.batches).toBe(IN_FLIGHT);
    w.end();
    standIn.release();
    expect((await w.outcome).error).toBeUndefined();
  });

  it('an input error the worker meets is the outcome', async () => {
    const file = path.join(tempDir(), 'goods.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('syohin_code,syohin_name,genka_tnk,tag\r\nmug-1,a,500,\r\nmug-2,'), Buffer.from([0x81, 0x7f]), Buffer.from(',500,\r\n')]));
    const all = columnsFor('neGoods', [...opened]);
    const src = await openCsv(file, { columns: mainColumns(all, columnsFor('neGoods', ['code-format', 'tags'])), encoding: 'cp932' });
    const w = startRowWorker(JOB, (job) => new StandIn(job));
    const tap = w.begin({ file: src.file, headers: src.headers, fields: all.map((c) => src.fieldOf(c.id)) }, () => src.encoding);
    await src.scan(() => undefined, undefined, tap);
    w.end();
    const outcome = await w.outcome;
    expect(outcome.error).toBeInstanceOf(UserError);
    expect((outcome.error as UserError).text.en).toContain('goods.csv:3');
  });

  it('a worker that crashes, or exits without a word, settles the outcome with an error; nothing more is sent to it, nor kept', async () => {
    const crash = new StandIn(JOB);
    const w = startRowWorker(JOB, () => crash);
    crash.hold = true;
    const tap = w.begin({ file: 'g.csv', headers: ['syohin_code'], fields: [0] }, () => 'utf8');
    // IN_FLIGHT batches out (the packer sends each flush as a batch).
    for (let k = 0; k < IN_FLIGHT; k++) {
      tap.take(oneField(k + 2));
      tap.stepDone();
      (tap as unknown as { packer: { flush(): void } }).packer.flush();
    }
    expect(crash.batches).toBe(IN_FLIGHT);
    crash.emit('error', new TypeError('boom'));
    const outcome = await w.outcome;
    expect(outcome.error?.message).toBe('boom');
    // A worker that has stopped is sent nothing more.
    const before = crash.received.length;
    tap.take(oneField(20));
    tap.stepDone();
    w.end();
    expect(crash.received.length).toBe(before);

    const silent = new StandIn(JOB);
    const quiet = startRowWorker(JOB, () => silent);
    await quiet.stop();
    expect(silent.terminated).toBe(true);
    expect((await quiet.outcome).error?.message).toMatch(/goods\.csv stopped \(exit 1\) without a result/);
    // Nothing more is posted to a worker that has settled.
    quiet.end();
    expect(silent.received.filter((m) => 'end' in m)).toHaveLength(0);
  });
});
