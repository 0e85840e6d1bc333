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

  it('skips a line of empty fields even after a longer record (no field of the record before is looked at)', () => {
    expect(split(Buffer.from('a,b,c,d,e\n,,\nx\n'), [])).toEqual([
      { line: 1, fields: ['a', 'b', 'c', 'd', 'e'] },
      { line: 3, fields: ['x'] },
    ]);
  });

  it('takes records of more fields than its first arrays hold (a Next Engine order download has over a hundred columns)', () => {
    const names = Array.from({ length: 150 }, (_, k) => `f${k}`);
    const quoted = names.map((f, k) => (k % 2 === 0 ? `"${f}"` : f));
    // Each way through the splitter grows them on its own: the quoted line first, then a plain one.
    expect(split(Buffer.from(`${quoted.join(',')}\r\n${names.join(',')}\r\n`), [])).toEqual([
      { line: 1, fields: names.map((f, k) => (k % 2 === 0 ? `<${f}>` : f)) },
      { line: 2, fields: names },
    ]);
    expect(split(Buffer.from(`${names.join(',')}\r\n`), [])).toEqual([{ line: 1, fields: names }]);
  });

  it('a record of exactly the limit passes, one byte more does not; the limit counts from the record\'s own start', () => {
    const run = (text: string) => {
      const b = Buffer.from(text);
      const lines: number[] = [];
      try {
        new Splitter(1, 10).split(b, 0, b.length, true, (r) => void lines.push(r.line));
      } catch (e) {
        return e instanceof SplitError ? `${e.kind}@${e.line}` : String(e);
      }
      return lines;
    };
    expect(run('a\n123456789\n')).toEqual([1, 2]);
    expect(run('a\n1234567890\n')).toBe('tooLong@2');
    // An unclosed quote: as long as the limit it is "unterminated", longer it is "tooLong".
    expect(run('a\n"123456789')).toBe('unterminated@2');
    expect(run('a\n"1234567890')).toBe('tooLong@2');
  });

  it('counts a lone CR inside quotes as a line break, and CRLF inside quotes as one', () => {
    expect(split(Buffer.from('"a\rb",c\nd,"e\n'), [])).toBe('unterminated@3:2');
    expect(split(Buffer.from('"a\r\nb",c\nd,"e\n'), [])).toBe('unterminated@3:2');
    expect(split(Buffer.from('"a\rb"\nnext\n'), [])).toEqual([
      { line: 1, fields: ['<a\rb>'] },
      { line: 3, fields: ['next'] },
    ]);
  });

  it('takes a last record that ends in a closing quote with no line end after it', () => {
    expect(split(Buffer.from('code,name\nmug-001,"mug ""white"""'), [])).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['mug-001', '<mug "white">'] },
    ]);
  });

  it('empty lines in CRLF, LF and lone CR are skipped and counted, the last one included', () => {
    expect(split(Buffer.from('a\r\n\r\nb\n\nc\r\rd\r\n\r\n'), [])).toEqual([
      { line: 1, fields: ['a'] },
      { line: 3, fields: ['b'] },
      { line: 5, fields: ['c'] },
      { line: 7, fields: ['d'] },
    ]);
  });

  // The reader checks a record for control characters only when the splitter says it holds
  // one: each way through the splitter must say so, and say no again for the next record.
  it('marks a record that holds a control byte (not tab, CR or LF), on every way through the splitter', () => {
    const control = (text: string) => {
      const marks: boolean[] = [];
      const b = Buffer.from(text, 'latin1');
      new Splitter().split(b, 0, b.length, true, (r) => void marks.push(r.control));
      return marks;
    };
    expect(control('a\x01,b\nc,d\n')).toEqual([true, false]); // a line without quotes
    expect(control('"a\x1b",b\nc,d\n')).toEqual([true, false]); // inside quotes
    expect(control('"a",b\x00\n"c",d\n')).toEqual([true, false]); // unquoted, on a line with quotes
    expect(control('"a\tb",c\td\n"x\r\ny",z\n')).toEqual([false, false]); // tab and line breaks are text
    expect(control('a\tb,c\n')).toEqual([false]);
    expect(control('a\x1f\n')).toEqual([true]);
    expect(control('a\x20\n')).toEqual([false]);
  });
});
