import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COL, openCsv, optional, readCodeList, writeCsv, type OutputEncoding } from '../../src/csv/index.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { UserError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'sc-csv-props-'));
let n = 0;
const nextPath = () => join(dir, `p-${++n}.csv`);

/** Read everything; return the fields, or the UserError. Anything else fails the property. */
async function readOrUserError(bytes: Uint8Array, all: boolean): Promise<string[][] | UserError> {
  const p = nextPath();
  writeFileSync(p, bytes);
  try {
    const src = await openCsv(p, { columns: all ? [] : [COL.productCode, optional(COL.tags)], all });
    const out: string[][] = [];
    for await (const r of src.records()) out.push(r.fields ?? Object.values(r.values));
    await readCodeList(p);
    return out;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

/** Pieces that make CSV parsers stumble: delimiters, quotes, line ends, multi-byte text. */
const csvish = fc
  .array(fc.constantFrom(',', '"', '""', '\r', '\n', '\r\n', 'a', 'syohin_code', 'tag', 'あ', '髙', ' ', '\ufeff', ''), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('the reader never fails with anything but an input error', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, all) => {
        await readOrUserError(bytes, all);
      }),
      { numRuns: 300 },
    );
  });

  it('on random CSV-like text in UTF-8 and in CP932', async () => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.boolean(), fc.boolean(), async (text, cp932, all) => {
        const bytes = cp932 ? encodeCp932(text.replaceAll('\ufeff', '')) : Buffer.from(text, 'utf8');
        await readOrUserError(bytes, all);
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes after a valid header (the record path, not just the header)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const r = await readOrUserError(Buffer.concat([Buffer.from('syohin_code,tag\r\n'), bytes]), false);
        if (!(r instanceof UserError)) expect(Array.isArray(r)).toBe(true);
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
const unicodeField = fc.string({ unit: 'binary', maxLength: 12 });

/** A row of empty fields only is what Excel leaves of a cleared row: the reader skips it. */
const withData = (rows: string[][]) => rows.filter((r) => r.some((f) => f !== ''));

async function roundTrip(rows: string[][], encoding: OutputEncoding): Promise<string[][]> {
  const out = nextPath();
  await writeCsv(rows, { out, encoding, force: false, dryRun: false, header: ['a', 'b', 'c'] });
  const src = await openCsv(out, { columns: [], all: true });
  const got: string[][] = [];
  for await (const r of src.records()) got.push(r.fields!);
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
