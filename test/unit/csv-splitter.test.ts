import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOUBLED_QUOTES, QUOTED, SplitError, Splitter, type SplitRecord } from '../../src/csv/splitter.js';

interface Out {
  line: number;
  fields: string[];
}

/**
 * Split bytes delivered in the given pieces, keeping what the splitter could not finish
 * for the next piece as the reader does; returns records, or the error as text.
 */
function split(bytes: Buffer, cuts: number[]): Out[] | string {
  const out: Out[] = [];
  const s = new Splitter();
  const onRecord = (rec: SplitRecord) => {
    const fields: string[] = [];
    for (let k = 0; k < rec.count; k++) {
      let f = rec.buf.toString('latin1', rec.starts[k], rec.ends[k]);
      if (rec.flags[k]! & DOUBLED_QUOTES) f = f.replaceAll('""', '"');
      if (rec.flags[k]! & QUOTED) f = `<${f}>`;
      fields.push(f);
    }
    out.push({ line: rec.line, fields });
  };
  try {
    let held = Buffer.alloc(0);
    let at = 0;
    const points = [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b);
    for (const c of [...points, bytes.length]) {
      held = Buffer.concat([held, bytes.subarray(at, c)]);
      at = c;
      const final = c === bytes.length;
      held = held.subarray(s.split(held, 0, held.length, final, onRecord));
    }
    return out;
  } catch (e) {
    if (e instanceof SplitError) return `${e.kind}@${e.line}:${e.column}`;
    throw e;
  }
}

const text = fc
  .array(fc.constantFrom(',', '"', '""', '\r', '\n', '\r\n', 'a', 'bc', ' '), { maxLength: 80 })
  .map((parts) => Buffer.from(parts.join(''), 'latin1'));

describe('Splitter', () => {
  it('gives the same records and errors however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(90), { maxLength: 12 }), (bytes, cuts) => {
        expect(split(bytes, cuts)).toEqual(split(bytes, []));
      }),
      { numRuns: 2000 },
    );
  });

  it('splits RFC 4180 records with their starting lines', () => {
    const got = split(Buffer.from('a,"b\r\nc",d\r\n\r\n"x""y",\n\rlast', 'latin1'), [3, 4, 9]);
    expect(got).toEqual([
      { line: 1, fields: ['a', '<b\r\nc>', 'd'] },
      { line: 4, fields: ['<x"y>', ''] },
      { line: 6, fields: ['last'] },
    ]);
  });

  it('reports an unclosed quote at the line where it opened, and text after a closing quote where it is', () => {
    expect(split(Buffer.from('a\n"b\nc\n'), [2])).toBe('unterminated@2:1');
    expect(split(Buffer.from('a,b\nc,"d"e\n'), [])).toBe('textAfterQuote@2:2');
  });

  it('refuses a record longer than the limit, the last one of the file included', () => {
    const s = new Splitter(1, 1000);
    const long = Buffer.from('a,b\nc,' + 'x'.repeat(2000));
    expect(() => s.split(long, 0, long.length, true, () => undefined)).toThrow(expect.objectContaining({ kind: 'tooLong', line: 2 }));
    const quoted = Buffer.from('a,b\nc,"' + 'x'.repeat(2000));
    expect(() => new Splitter(1, 1000).split(quoted, 0, quoted.length, true, () => undefined)).toThrow(expect.objectContaining({ kind: 'tooLong', line: 2 }));
  });
});
