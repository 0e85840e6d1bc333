/**
 * The pure parts of check on two cores (src/checks/offload.ts, portable.ts): which columns
 * the main pass reads, how the worker's findings are merged back, which error wins, and
 * findings and errors as they cross between threads. The worker itself runs the built
 * module: test/e2e/check-offload.test.ts compares whole runs with and without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, ScError, UserError } from '../../src/errors.js';
import { lazy } from '../../src/checks/lazy-text.js';
import { firstError, mainColumns, mergeByLine, type RowOutcome } from '../../src/checks/offload.js';
import { offloadWanted, OFFLOAD_MIN_BYTES, workerBuilt } from '../../src/checks/row-thread.js';
import { fromPortableError, fromPortableFinding, toPortableError, toPortableFinding, toPortableText, fromPortableText, type PortableFinding } from '../../src/checks/portable.js';
import type { Finding } from '../../src/checks/types.js';
import { checkText } from '../../src/i18n/checks.js';
import { valueText } from '../../src/i18n/values.js';
import { tempDir } from '../helpers/context.js';
import { openCsv } from '../../src/csv/index.js';
import { BatchPacker, batchBuffers, type RecordBatch } from '../../src/csv/shared-records.js';
import { columnsFor, rowWorkerColumns } from '../../src/checks/columns-for.js';
import { FAMILIES } from '../../src/checks/families.js';
import { CHECK_FILES } from '../../src/checks/family.js';
import { noFormulaLead } from '../../src/checks/formula-cell.js';
import { fullReads, ROW_FAMILIES } from '../../src/checks/row-families.js';
import { amountIds } from '../../src/checks/number-format.js';
import type { ColumnSpec } from '../../src/csv/types.js';
import { rowJob, type RowMessage } from '../../src/checks/row-worker.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import type { PortableError } from '../../src/checks/portable.js';

const f = (rule: string, line: number | null): Finding => ({ rule, severity: 'warning', file: 'g.csv', line, code: null, message: { ja: rule, en: rule } });
const p = (rule: string, line: number | null, family: number): PortableFinding => ({ ...f(rule, line), message: { ja: rule, en: rule }, family });

describe('merging the worker\'s findings into the main pass\'s', () => {
  it('by line, and on one line by the family\'s place among the checkers, as one pass emits them', () => {
    // Main pass: code-case (0) and duplicates (2); worker: jan (3) and formula-cell (9).
    const ours = [f('code-case', 2), f('duplicates', 4), f('tags', 4), f('duplicates', 7)];
    const by = [0, 2, 4, 2];
    const theirs = [p('jan', 2, 3), p('jan', 4, 3), p('formula-cell', 4, 9), p('formula-cell', 5, 9), p('jan', 9, 3)];
    const out: Finding[] = [];
    mergeByLine(ours, by, 0, ours.length, theirs, out);
    expect(out.map((x) => `${x.line}:${x.rule}`)).toEqual(['2:code-case', '2:jan', '4:duplicates', '4:jan', '4:tags', '4:formula-cell', '5:formula-cell', '7:duplicates', '9:jan']);
  });

  it('only the span of the file, appended after what the output already holds', () => {
    const ours = [f('before', 1), f('a', 3), f('b', 6), f('after', 1)];
    const out: Finding[] = [f('kept', 1)];
    mergeByLine(ours, [0, 0, 0, 0], 1, 3, [p('w', 4, 5)], out);
    expect(out.map((x) => x.rule)).toEqual(['kept', 'a', 'w', 'b']);
    const none: Finding[] = [];
    mergeByLine(ours, [0, 0, 0, 0], 2, 2, [p('w1', 1, 1), p('w2', 2, 1)], none);
    expect(none.map((x) => x.rule)).toEqual(['w1', 'w2']);
  });
});

describe('which error a check reports', () => {
  const outcome = (error?: Error): RowOutcome => ({ findings: [], error });
  const mainErr = new UserError({ ja: 'main', en: 'main' });
  const workerErr = new UserError({ ja: 'worker', en: 'worker' });

  it('the worker\'s, for its file or an earlier one than the main pass stopped in', () => {
    expect(firstError({ error: mainErr, at: 0 }, [{ at: 0, outcome: outcome(workerErr) }])).toBe(workerErr);
    expect(firstError({ error: mainErr, at: 2 }, [{ at: 0, outcome: outcome(workerErr) }])).toBe(workerErr);
    expect(firstError(undefined, [{ at: 1, outcome: outcome(workerErr) }])).toBe(workerErr);
  });

  it('the main pass\'s, when it stopped in an earlier file or the worker had none', () => {
    expect(firstError({ error: mainErr, at: 0 }, [{ at: 1, outcome: outcome(workerErr) }])).toBe(mainErr);
    expect(firstError({ error: mainErr, at: 1 }, [{ at: 1, outcome: outcome() }])).toBe(mainErr);
    expect(firstError(undefined, [{ at: 0, outcome: outcome() }])).toBeUndefined();
  });

  it('of two workers, the one of the earlier file', () => {
    const later = new UserError({ ja: 'later', en: 'later' });
    expect(firstError(undefined, [{ at: 2, outcome: outcome(later) }, { at: 0, outcome: outcome(workerErr) }])).toBe(workerErr);
  });
});

describe('the main pass\'s columns when a worker reads the rest', () => {
  it('keeps every column for the header, its own as they are, the others only matched', () => {
    const skip = () => true;
    const all = [{ id: 'code', headers: ['syohin_code'] }, { id: 'tag', headers: ['tag'], required: false }, { id: 'name', headers: ['syohin_name'], required: false, skip }];
    const mine = [{ id: 'code', headers: ['syohin_code'] }, { id: 'tag', headers: ['tag'], required: false }];
    const cols = mainColumns(all, mine);
    expect(cols.map((c) => [c.id, c.matchOnly === true, c.required])).toEqual([
      ['code', false, undefined],
      ['tag', false, false],
      ['name', true, false],
    ]);
    expect(cols[0]).toBe(mine[0]);
  });
});

describe('the row worker\'s columns', () => {
  const everything = [...FAMILIES];
  const rows = ['jan', 'number-format', 'formula-cell'] as const;
  const lead = (c: ColumnSpec | undefined, text: string) => c?.skip?.(Buffer.from(text), 0, text.length);

  it('the same columns as one pass, the main pass\'s own only glanced at for a formula\'s first character', () => {
    const cols = rowWorkerColumns('neGoods', everything, [...rows]);
    expect(cols.map((c) => c.id)).toEqual(columnsFor('neGoods', everything).map((c) => c.id));
    const byId = new Map(cols.map((c) => [c.id, c]));
    // Code and tags are the main pass's: decoded here only when they start like a formula.
    for (const id of ['code', 'tag', 'daihyo']) {
      expect(lead(byId.get(id), 'NE-1'), id).toBe(true);
      expect(lead(byId.get(id), '-abc'), id).toBe(false);
    }
    // What the row families read in full stays whole: the JAN, and amounts beyond a plain number.
    expect(byId.get('jan')!.skip).toBeUndefined();
    expect(lead(byId.get('cost'), '1,980')).toBe(false);
  });

  it('never glances at a column a row family reads in full, in any file (Yahoo data\'s JAN is read by the main pass too)', () => {
    expect(rowWorkerColumns('yahooData', everything, [...rows]).find((c) => c.id === 'jan')!.skip).toBeUndefined();
    // code-format in the worker reads the code whole.
    expect(rowWorkerColumns('neGoods', everything, ['code-format', ...rows]).find((c) => c.id === 'code')!.skip).toBeUndefined();
    for (const input of CHECK_FILES) {
      for (const c of rowWorkerColumns(input, everything, [...ROW_FAMILIES])) {
        if (ROW_FAMILIES.some((f) => fullReads(f, input).includes(c.id))) expect(c.skip, `${input}.${c.id}`).not.toBe(noFormulaLead);
      }
    }
    expect(amountIds('neGoods')).toContain('cost');
  });
});

describe('when a file gets a worker', () => {
  const dir = tempDir();
  const small = path.join(dir, 'small.csv');
  fs.writeFileSync(small, 'a\n1\n');

  it('never for standard input, a folder or a missing file; the environment overrides the size', () => {
    expect(offloadWanted('-', { SC_SETUP_ROW_WORKER: 'always' })).toBe(false);
    expect(offloadWanted(dir, { SC_SETUP_ROW_WORKER: 'always' })).toBe(false);
    expect(offloadWanted(path.join(dir, 'none.csv'), { SC_SETUP_ROW_WORKER: 'always' })).toBe(false);
    expect(offloadWanted(small, { SC_SETUP_ROW_WORKER: 'never' })).toBe(false);
    expect(offloadWanted(small, {})).toBe(false);
    expect(OFFLOAD_MIN_BYTES).toBeGreaterThan(1024 * 1024);
  });

  it('not when the worker module is not built: the tests run the sources, and so does every check here', () => {
    // src/checks/row-worker.js does not exist beside the TypeScript source.
    expect(offloadWanted(small, { SC_SETUP_ROW_WORKER: 'always' })).toBe(false);
  });

  it('with the module built: a regular file from OFFLOAD_MIN_BYTES on, any regular file with always, never otherwise', () => {
    const built = () => true;
    const edge = path.join(dir, 'edge.csv');
    fs.writeFileSync(edge, '');
    fs.truncateSync(edge, OFFLOAD_MIN_BYTES);
    expect(offloadWanted(edge, {}, built)).toBe(true);
    fs.truncateSync(edge, OFFLOAD_MIN_BYTES - 1);
    expect(offloadWanted(edge, {}, built)).toBe(false);
    expect(offloadWanted(edge, { SC_SETUP_ROW_WORKER: 'always' }, built)).toBe(true);
    expect(offloadWanted(small, { SC_SETUP_ROW_WORKER: 'always' }, built)).toBe(true);
    expect(offloadWanted(small, { SC_SETUP_ROW_WORKER: 'never' }, built)).toBe(false);
    expect(offloadWanted('-', { SC_SETUP_ROW_WORKER: 'always' }, built)).toBe(false);
    expect(offloadWanted(dir, { SC_SETUP_ROW_WORKER: 'always' }, built)).toBe(false);
    expect(offloadWanted(path.join(dir, 'none.csv'), { SC_SETUP_ROW_WORKER: 'always' }, built)).toBe(false);
    expect(offloadWanted(edge, { SC_SETUP_ROW_WORKER: 'always' }, () => false)).toBe(false);
    expect(workerBuilt()).toBe(false);
  });
});

describe('findings and errors between threads', () => {
  it('a lazy message travels as its name and parameters and reads the same on arrival', () => {
    const text = lazy(valueText.formulaCell, { column: 'syohin_name', value: valueText.quoted({ value: '=x' }), lead: valueText.leadChar({ char: '=' }) });
    const portable = toPortableText(text);
    expect(portable).toEqual({ message: 'values.formulaCell', params: expect.any(Object) });
    const copy = structuredClone(portable);
    const back = fromPortableText(copy);
    expect([back.ja, back.en]).toEqual([text.ja, text.en]);
    const finding = fromPortableFinding(structuredClone(toPortableFinding({ rule: 'jan.format', severity: 'warning', file: 'g.csv', line: 4, code: 'A', message: lazy(checkText.janFormat, { jan: '12' }) }, 3)));
    expect(finding).toMatchObject({ rule: 'jan.format', severity: 'warning', file: 'g.csv', line: 4, code: 'A' });
    expect(finding.message.ja).toContain('12');
  });

  it('any other text travels filled in both languages', () => {
    expect(toPortableText({ ja: 'あ', en: 'a' })).toEqual({ ja: 'あ', en: 'a' });
    expect(() => fromPortableText({ message: 'values.noSuchMessage', params: {} })).toThrow(/unknown message/);
  });

  it('an input error keeps its text, hint and exit code; a fault stays a fault', () => {
    const user = fromPortableError(structuredClone(toPortableError(new UserError({ ja: 'ファイル', en: 'file' }, { ja: '対処', en: 'fix' }))));
    expect(user).toBeInstanceOf(UserError);
    expect([(user as UserError).text.ja, (user as UserError).hint?.en, (user as UserError).exitCode]).toEqual(['ファイル', 'fix', EXIT.usage]);
    const gate = fromPortableError(structuredClone(toPortableError(new ScError({ ja: 'g', en: 'g' }, EXIT.problems))));
    expect(gate).toBeInstanceOf(ScError);
    expect(gate).not.toBeInstanceOf(UserError);
    expect((gate as ScError).exitCode).toBe(EXIT.problems);
    const bug = fromPortableError(structuredClone(toPortableError(new TypeError('boom'))));
    expect(bug).not.toBeInstanceOf(ScError);
    expect(bug.message).toBe('boom');
    expect(bug.stack).toContain('TypeError');
  });
});

describe('the row worker\'s side, driven without a thread', () => {
  const GOODS = 'syohin_code,syohin_name,jan_code,genka_tnk\r\n';
  const opened = ['code-format', 'jan', 'tags', 'number-format', 'formula-cell'] as const;

  /** Batches of the goods rows as the main pass's scan packs them. */
  async function packed(body: Buffer) {
    const file = path.join(tempDir(), 'goods.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(GOODS), body]));
    const columns = columnsFor('neGoods', [...opened]);
    const src = await openCsv(file, { columns: mainColumns(columns, columnsFor('neGoods', ['code-format', 'tags'])) });
    const batches: RecordBatch[] = [];
    const tap = new BatchPacker((b) => batches.push(b), () => src.encoding, 16);
    await src.scan(() => undefined, undefined, tap);
    tap.flush();
    return { src, batches, begin: { file: src.file, headers: src.headers, fields: columns.map((c) => src.fieldOf(c.id)) } };
  }

  function drive(families: Array<{ id: 'jan' | 'number-format' | 'formula-cell'; index: number }>) {
    const sent: Array<{ m: RowMessage; transfer?: ArrayBuffer[] }> = [];
    const handle = rowJob({ input: 'neGoods', shown: 'goods.csv', runnable: [...opened], families, options: { codeMaxLength: 30 } }, (m, transfer) => sent.push({ m, transfer }));
    return { sent, handle };
  }

  it('judges each record handed over, tells each finding\'s family place, hands every batch\'s buffer back, then says done', async () => {
    // Past the reader's 64 KiB chunk: more than one batch.
    const filler = Array.from({ length: 6000 }, (_, i) => `mug-${i + 4},ok,,500\r\n`).join('');
    const { batches, begin } = await packed(Buffer.from('mug-1,=x,12,500\r\nmug-2,ok,,"1,980"\r\nmug-3,ok,4901234567016,500\r\n' + filler));
    expect(batches.length).toBeGreaterThan(1);
    const { sent, handle } = drive([{ id: 'jan', index: 1 }, { id: 'formula-cell', index: 4 }, { id: 'number-format', index: 3 }]);
    handle({ begin });
    for (const batch of batches) handle({ batch });
    handle({ end: true });
    const acks = sent.filter((s) => 'ack' in s.m);
    expect(acks).toHaveLength(batches.length);
    for (const [k, a] of acks.entries()) expect(a.transfer).toEqual(batchBuffers(batches[k]!));
    const findings = sent.flatMap((s) => ('findings' in s.m ? s.m.findings : []));
    // Each names its row's code, which the worker decodes only for the finding (the main pass reads it).
    expect(findings.map((f) => `${f.line}:${f.rule}:${f.family}:${f.code}`)).toEqual(['2:jan.format:1:mug-1', '2:formula-cell:4:mug-1', '3:number-format:3:mug-2']);
    expect(sent.every((s) => !('findings' in s.m) || s.m.findings.length > 0)).toBe(true);
    expect(sent.at(-1)!.m).toEqual({ done: true });
  });

  it('decodes in the batch\'s encoding, names the columns by the file\'s own headers, and reads the code column too', async () => {
    const file = path.join(tempDir(), 'goods.csv');
    fs.writeFileSync(file, encodeCp932('商品コード,商品名,原価\r\n-abc,=マグ,500\r\n'));
    const columns = columnsFor('neGoods', [...opened]);
    const src = await openCsv(file, { columns: mainColumns(columns, columnsFor('neGoods', ['code-format', 'tags'])) });
    const batches: RecordBatch[] = [];
    const tap = new BatchPacker((b) => batches.push(b), () => src.encoding);
    await src.scan(() => undefined, undefined, tap);
    tap.flush();
    expect(batches.map((b) => b.encoding)).toEqual(['cp932']);
    const { sent, handle } = drive([{ id: 'formula-cell', index: 4 }]);
    handle({ begin: { file: src.file, headers: src.headers, fields: columns.map((c) => src.fieldOf(c.id)) } });
    for (const batch of batches) handle({ batch });
    handle({ end: true });
    const findings = sent.flatMap((s) => ('findings' in s.m ? s.m.findings.map(fromPortableFinding) : []));
    expect(findings.map((f) => f.message.en)).toEqual([expect.stringContaining('商品コード'), expect.stringContaining('商品名')]);
    expect(findings[1]!.message.en).toContain('=マグ');
  });

  it('sends findings in batches of 10,000 when a file is full of them, none lost', async () => {
    const rows = Array.from({ length: 23_456 }, (_, i) => `mug-${i},=x${i},,500\r\n`).join('');
    const { batches, begin } = await packed(Buffer.from(rows));
    const { sent, handle } = drive([{ id: 'formula-cell', index: 4 }]);
    handle({ begin });
    for (const batch of batches) handle({ batch });
    handle({ end: true });
    const sizes = sent.flatMap((s) => ('findings' in s.m ? [s.m.findings.length] : []));
    expect(sizes).toEqual([10_000, 10_000, 3_456]);
  });

  it('stops judging at the first record that fails, reports it once as one pass names it, and still takes every batch', async () => {
    const bad = (i: number) => Buffer.concat([Buffer.from(`mug-${i},`), Buffer.from([0x81, 0x7f]), Buffer.from(',,500\r\n')]);
    // A second bad row in a later batch, past the reader's 64 KiB chunk: one error all the same.
    const filler = Array.from({ length: 6000 }, (_, i) => `mug-${i + 5},ok,,500\r\n`).join('');
    const { batches, begin } = await packed(Buffer.concat([Buffer.from('mug-1,=x,,500\r\n'), bad(2), Buffer.from('mug-3,=y,,500\r\nmug-4,=z,,500\r\n' + filler), bad(9000)]));
    expect(batches.length).toBeGreaterThan(1);
    const { sent, handle } = drive([{ id: 'formula-cell', index: 4 }]);
    handle({ begin });
    for (const batch of batches) handle({ batch });
    handle({ end: true });
    const kinds = sent.map((s) => Object.keys(s.m)[0]);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(1);
    expect(kinds).not.toContain('done');
    expect(kinds.filter((k) => k === 'ack')).toHaveLength(batches.length);
    const error = fromPortableError((sent.find((s) => 'error' in s.m)!.m as { error: PortableError }).error) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.text.en).toMatch(/goods\.csv:3/);
    const findings = sent.flatMap((s) => ('findings' in s.m ? s.m.findings : []));
    expect(findings.map((f) => f.line)).toEqual([2]);
  });
});
