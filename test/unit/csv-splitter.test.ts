import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOUBLED_QUOTES, QUOTED, SplitError, Splitter } from '../../src/csv/splitter.js';

interface Out {
  line: number;
  fields: string[];
}

/** Split bytes delivered in the given pieces; returns records, or the error as text. */
function split(bytes: Buffer, cuts: number[]): Out[] | string {
  const out: Out[] = [];
  const s = new Splitter((rec) => {
    const fields: string[] = [];
    for (let k = 0; k < rec.count; k++) {
      let f = rec.buf.toString('latin1', rec.starts[k], rec.ends[k]);
      if (rec.flags[k]! & DOUBLED_QUOTES) f = f.replaceAll('""', '"');
      if (rec.flags[k]! & QUOTED) f = `<${f}>`;
      fields.push(f);
    }
    out.push({ line: rec.line, fields });
  });
  try {
    let at = 0;
    for (const c of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b)) {
      s.push(bytes.subarray(at, c));
      at = c;
    }
    s.push(bytes.subarray(at));
    s.end();
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

  it('stops at a record longer than the limit (an unclosed quote eating the file) instead of growing without end', () => {
    const s = new Splitter(() => undefined, 1, 10_000);
    s.push(Buffer.from('a,b\nc,"never closed'));
    let error: unknown;
    try {
      for (let i = 0; i < 100; i++) s.push(Buffer.alloc(1000, 0x78));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SplitError);
    expect(error).toMatchObject({ kind: 'tooLong', line: 2 });
  });

  // How fast this goes is not asserted: a wall-clock limit fails on a busy machine and lets
  // a slow algorithm pass on a fast one. Speed belongs in `npm run bench`.
  it('reads a quoted record that spans 1024 chunks', () => {
    const field = 'x'.repeat(1 << 20);
    const bytes = Buffer.from(`"${field}",end\n`, 'latin1');
    const cuts = Array.from({ length: 1024 }, (_, i) => (i + 1) * 1024);
    const got = split(bytes, cuts) as Out[];
    expect(got).toHaveLength(1);
    expect(got[0]!.fields).toEqual([`<${field}>`, 'end']);
  });
});
