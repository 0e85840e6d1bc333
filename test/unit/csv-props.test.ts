import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COL, openCsv, optional, readCodeList, writeCsv, type OutputEncoding } from '../../src/csv/index.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/context.js';

const dir = tempDir('sc-csv-props-');
let n = 0;
const nextPath = () => join(dir, `p-${++n}.csv`);

interface BothReads {
  /** Every record read with only the code and tag columns requested. */
  values: Array<{ line: number; values: Record<string, string> }>;
  /** The same file read with every field decoded. */
  fields: Array<{ line: number; fields: string[] }>;
  /** Where the code and tag columns sit in the header (-1: absent). */
  codeAt: number;
  tagsAt: number;
}

/**
 * Read a file twice, once decoding only the requested columns and once every field, plus
 * the code list reader. Returns both readings, or the UserError; anything else (a
 * TypeError, a RangeError…) is a crash and fails the property.
 */
async function readBoth(bytes: Uint8Array): Promise<{ file: string; result: BothReads | UserError }> {
  const file = nextPath();
  writeFileSync(file, bytes);
  try {
    const columns = [COL.productCode, optional(COL.tags)];
    const some = await openCsv(file, { columns });
    const values: BothReads['values'] = [];
    for await (const r of some.records()) values.push({ line: r.line, values: { ...r.values } });
    const every = await openCsv(file, { columns, all: true });
    const fields: BothReads['fields'] = [];
    for await (const r of every.records()) fields.push({ line: r.line, fields: r.fields! });
    await readCodeList(file);
    const at = (id: string) => (some.has(id) ? some.headers.indexOf(some.headerOf(id)!) : -1);
    return { file, result: { values, fields, codeAt: at(COL.productCode.id), tagsAt: at(COL.tags.id) } };
  } catch (e) {
    if (e instanceof UserError) return { file, result: e };
    throw e;
  }
}

/**
 * What an operator gets from any file at all: either an input error that names the file
 * (exit 2, never a stack trace), or records on which both ways of reading agree: the same
 * records on the same lines, and each requested value equal to the field under its header.
 */
async function expectReadableOrNamedError(bytes: Uint8Array): Promise<void> {
  const { file, result } = await readBoth(bytes);
  if (result instanceof UserError) {
    expect(result.exitCode).toBe(2);
    expect(result.text.en).toContain(basename(file));
    expect(result.text.ja).toContain(basename(file));
    return;
  }
  expect(result.values.map((r) => r.line)).toEqual(result.fields.map((r) => r.line));
  result.values.forEach((r, i) => {
    const fields = result.fields[i]!.fields;
    expect(r.values[COL.productCode.id]).toBe(fields[result.codeAt] ?? '');
    expect(r.values[COL.tags.id]).toBe(result.tagsAt < 0 ? '' : (fields[result.tagsAt] ?? ''));
  });
}

/** Pieces that make CSV parsers stumble: delimiters, quotes, line ends, multi-byte text. */
const csvish = fc
  .array(fc.constantFrom(',', '"', '""', '\r', '\n', '\r\n', 'a', 'syohin_code', 'tag', 'あ', '髙', ' ', '\ufeff', ''), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('the reader never fails with anything but an input error naming the file', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), expectReadableOrNamedError),
      { numRuns: 300 },
    );
  });

  it('on random CSV-like text in UTF-8 and in CP932', async () => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.boolean(), async (text, cp932) => {
        await expectReadableOrNamedError(cp932 ? encodeCp932(text.replaceAll('\ufeff', '')) : Buffer.from(text, 'utf8'));
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes after a valid header (the record path, not just the header)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await expectReadableOrNamedError(Buffer.concat([Buffer.from('syohin_code,tag\r\n'), bytes]));
      }),
      { numRuns: 300 },
    );
  });
});

/** Characters CP932 can hold: ASCII (with the CSV specials), kana, kanji, NEC/IBM extensions. */
const cp932Char = fc.constantFrom(
  ...'abcXYZ019 -_,"\r\n\t[]あいう漢字セール～髙①㈱ⅰ∵﨑ｱｶﾞ'.split(''),
);
const cp932Field = fc.array(cp932Char, { maxLength: 12 }).map((cs) => cs.join(''));
/** Control characters never reach an output (tab, CR and LF are text). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const unicodeField = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !CONTROL.test(s));

/** A row of empty fields only is what Excel leaves of a cleared row: the reader skips it. */
const withData = (rows: string[][]) => rows.filter((r) => r.some((f) => f !== ''));

async function readBack(out: string, encoding?: 'utf8' | 'cp932'): Promise<string[][]> {
  const src = await openCsv(out, { columns: [], all: true, encoding });
  const got: string[][] = [];
  for await (const r of src.records()) got.push(r.fields!);
  return got;
}

/**
 * Written, then read back naming the encoding; read again without naming it, the detector
 * must give the same rows or refuse to guess (exit 2), never other rows.
 */
async function roundTrip(rows: string[][], encoding: OutputEncoding): Promise<string[][]> {
  const out = nextPath();
  await writeCsv(rows, { out, encoding, force: false, dryRun: false, header: ['a', 'b', 'c'] });
  const got = await readBack(out, encoding === 'cp932' ? 'cp932' : 'utf8');
  const detected = await readBack(out).catch((e: unknown) => e);
  if (detected instanceof UserError) expect(detected.text.en).toContain('Cannot tell the encoding');
  else expect(detected).toEqual(got);
  return got;
}

describe('write → read round-trips', () => {
  it('any CP932-encodable fields, in CP932', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cp932Field, cp932Field, cp932Field), { maxLength: 20 }), async (rows) => {
        expect(await roundTrip(rows, 'cp932')).toEqual(withData(rows));
      }),
      { numRuns: 200 },
    );
  });

  it('any Unicode fields, in UTF-8 with and without BOM', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(unicodeField, unicodeField, unicodeField), { maxLength: 20 }),
        fc.constantFrom<OutputEncoding>('utf8', 'utf8-bom'),
        async (rows, enc) => {
          expect(await roundTrip(rows, enc)).toEqual(withData(rows));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('control characters', () => {
  it('never reach an output: a cell holding one is refused, in every encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(...'\u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f\u0080\u009f'.split('')),
        fc.constantFrom<OutputEncoding>('cp932', 'utf8', 'utf8-bom'),
        async (text, control, encoding) => {
          const out = nextPath();
          const rows = [['a', 'b', 'c'], ['x', text + control, 'z']];
          const e = await writeCsv(rows, { out, encoding, force: false, dryRun: false, header: ['h1', 'h2', 'h3'] }).catch((err: unknown) => err);
          expect(e).toBeInstanceOf(UserError);
          expect((e as UserError).text.en).toMatch(/^Data row 2, column "h2" holds a control character \(U\+00[0-9A-F]{2}\)/);
          expect((e as UserError).text.en).not.toContain(control);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('large files (many chunks, records across every boundary)', () => {
  it('round-trips 40,000 random rows written as CP932 and read back', async () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const alphabet = 'abcXYZ019 -_,"\r\n[]あいう漢字セール～髙①㈱ⅰｱｶﾞ';
    const field = () => Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const rows = Array.from({ length: 40_000 }, () => [field(), field(), field()]);
    const got = await roundTrip(rows, 'cp932');
    expect(got.length).toBe(withData(rows).length);
    expect(got).toEqual(withData(rows));
  });
});
