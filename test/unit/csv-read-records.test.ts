/**
 * What the record builder (src/csv/record-builder.ts) says of a record it refuses, through the
 * reader as every command uses it: the line inside a record that spans lines, the field, the
 * bytes, the field-count rule's two messages, and which columns are looked at at all.
 * Written from the survivors of its mutation run (test/MUTATION.md).
 */
import { describe, expect, it } from 'vitest';
import { COL, openCsv, type ColumnSpec, type CsvSource } from '../../src/csv/index.js';
import { splitErrorMessage } from '../../src/csv/record-builder.js';
import { SplitError } from '../../src/csv/splitter.js';
import { userError } from '../helpers/errors.js';
import { fileMaker } from '../helpers/context.js';

const { file } = fileMaker('sc-csv-records-', 'in', '.csv');
const CODE_TAG: ColumnSpec[] = [COL.productCode, COL.tags];

async function values(src: CsvSource): Promise<Array<Record<string, string>>> {
  const out = [];
  for await (const r of src.records()) out.push(r.values);
  return out;
}
async function refusal(p: string, columns: readonly ColumnSpec[] = CODE_TAG, over: { all?: boolean; encoding?: 'utf8' | 'cp932'; encodingFlag?: string } = {}) {
  const e = await userError(openCsv(p, { columns, ...over }).then(values));
  return { en: e.text.en, ja: e.text.ja, hint: e.hint?.en ?? '' };
}

describe('where in a record that spans lines', () => {
  it('a control character on the third line of a quoted value is named at that line and field, its code point in capitals', async () => {
    const p = file('syohin_code,tag\r\nmug-001,"[A]\r\n[B]\r\n[C]\x1b"\r\n');
    const r = await refusal(p);
    expect(r.en).toBe(`${p}:4:2: column 2 ("tag") holds a control character (U+001B); the file is damaged or carries an invisible character`);
    expect(r.ja).toContain(`${p}:4:2: 2列目「tag」に制御文字 (U+001B) があります`);
  });

  it('a lone CR inside a value counts as a line break, a CRLF as one', async () => {
    expect((await refusal(file('syohin_code,tag\r\nmug-001,"[A]\r[B]\x01"\r\n'))).en).toMatch(/:3:2: column 2/);
    expect((await refusal(file('syohin_code,tag\r\nmug-001,"[A]\r\n[B]\x01"\r\n'))).en).toMatch(/:3:2: column 2/);
    expect((await refusal(file('syohin_code,tag\r\nmug-001,"[A][B]\x01"\r\n'))).en).toMatch(/:2:2: column 2/);
  });

  it('bytes that are not UTF-8 on the second line of a value: that line, that field, its header, the first two bytes in capitals', async () => {
    const p = file(Buffer.concat([Buffer.from('syohin_code,tag\r\nmug-001,"[A]\r\n[B]'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('"\r\n')]));
    const r = await refusal(p, CODE_TAG, { encoding: 'utf8', encodingFlag: '--input-encoding' });
    expect(r.en).toBe(`${p}:3:2: bytes (0xFF 0xFE) that are not valid UTF-8 (column 2, "tag")`);
    expect(r.hint).toContain('name it with --input-encoding utf8 or --input-encoding cp932');
  });
});

describe('the field count', () => {
  it('a header ending in blank names (spaces too) asks rows for the named columns only; more, if empty, are allowed', async () => {
    expect(await values(await openCsv(file('syohin_code,tag, ,\r\nmug-001,[A]\r\nmug-002,[B]\r\n'), { columns: CODE_TAG }))).toEqual([
      { code: 'mug-001', tag: '[A]' },
      { code: 'mug-002', tag: '[B]' },
    ]);
    expect(await values(await openCsv(file('syohin_code,tag\r\nmug-001,[A],,\r\nmug-002,[B],,\r\n'), { columns: CODE_TAG }))).toEqual([
      { code: 'mug-001', tag: '[A]' },
      { code: 'mug-002', tag: '[B]' },
    ]);
  });

  it('a first row short of the named columns, or with data beyond the header, is refused against the header', async () => {
    const short = file('syohin_code,tag,,\r\nmug-001\r\n');
    expect((await refusal(short)).en).toBe(`${short}:2: this row has 1 fields, the header 4 columns`);
    const beyond = file('syohin_code,tag\r\nmug-001,[A],x\r\n');
    expect((await refusal(beyond)).en).toBe(`${beyond}:2: this row has 3 fields, the header 2 columns`);
    const late = file('syohin_code,tag\r\nmug-001,[A],,x\r\n');
    expect((await refusal(late)).en).toBe(`${late}:2: this row has 4 fields, the header 2 columns`);
  });

  it('a later row unlike the first is refused against the rows before it, naming the header too', async () => {
    const p = file('syohin_code,tag\r\nmug-001,[A],\r\nmug-002,[B]\r\n');
    const r = await refusal(p);
    expect(r.en).toBe(`${p}:3: this row has 2 fields, the rows before it 3 (the header 2 columns)`);
    expect(r.ja).toBe(`${p}:3: この行の項目は 2 個ですが、それまでの行は 3 個です (見出しは 2 列)`);
  });
});

describe('which fields are looked at', () => {
  it('a control character in a column that is not read stops nothing; with every field read, it does', async () => {
    const p = file('syohin_code,syohin_name,tag\r\nmug-001,mug white\x07,[A]\r\n');
    expect(await values(await openCsv(p, { columns: CODE_TAG }))).toEqual([{ code: 'mug-001', tag: '[A]' }]);
    expect((await refusal(p, CODE_TAG, { all: true })).en).toMatch(/:2:2: column 2 \("syohin_name"\) holds a control character \(U\+0007\)/);
    // The read field is the last of a file with no line end: the control check stops at its end.
    const last = file('syohin_name,syohin_code\r\nmug white\x07,mug-001');
    expect(await values(await openCsv(last, { columns: [COL.productCode] }))).toEqual([{ code: 'mug-001' }]);
        // A column only matched is not looked at either: check's row worker reads and judges it.
    const name = { id: 'name', headers: ['syohin_name'], matchOnly: true };
    expect(await values(await openCsv(p, { columns: [...CODE_TAG, name] }))).toEqual([{ code: 'mug-001', tag: '[A]' }]);
  });

  it('a gated record turned away has its other columns neither decoded nor refused; one let through has', async () => {
    const bad = Buffer.from([0xff]);
    const p = file(Buffer.concat([Buffer.from('syohin_code,tag\r\nown-01,'), bad, Buffer.from('\r\nmug-001,[STOCKCREW連携対象]\r\n')]));
    const gate = { columns: ['code'], test: (v: Readonly<Record<string, string>>) => v.code !== 'own-01' };
    expect(await values(await openCsv(p, { columns: CODE_TAG, gate, encoding: 'utf8' }))).toEqual([{ code: 'mug-001', tag: '[STOCKCREW連携対象]' }]);
    const open = { columns: ['code'], test: () => true };
    expect((await userError(openCsv(p, { columns: CODE_TAG, gate: open, encoding: 'utf8' }).then(values))).text.en).toMatch(/:2:2: bytes \(0xFF\)/);
  });

  it('a record refused while a column is only matched is reported as a reader of every column meets it first', async () => {
    // Column 1 is matched only (check's row worker reads it); column 2 has bad bytes. A reader
    // of both meets the control character in column 1 first, and that is what is said.
    const p = file(Buffer.concat([Buffer.from('syohin_code,tag\r\nmug\x01,'), Buffer.from([0xff]), Buffer.from('\r\n')]));
    const r = await refusal(p, [{ ...COL.productCode, matchOnly: true }, COL.tags], { encoding: 'utf8' });
    expect(r.en).toMatch(/:2:1: column 1 \("syohin_code"\) holds a control character \(U\+0001\)/);
    const plain = await refusal(p, CODE_TAG, { encoding: 'utf8' });
    expect(plain.en).toMatch(/:2:1: column 1 \("syohin_code"\) holds a control character/);
  });
});

describe('a record the splitter could not cut', () => {
  it('each kind has its own message and hint; a record over the limit names the limit in MB', () => {
    const at = (kind: SplitError['kind']) => splitErrorMessage('goods.csv', new SplitError(kind, 7, 3));
    expect(at('tooLong').text.en).toBe('goods.csv:7: one record is longer than 64 MB');
    expect(at('tooLong').hint?.en).toContain('An unclosed quote');
    expect(at('unterminated').text.en).toMatch(/^goods\.csv:7:3: /);
    expect(at('textAfterQuote').text.en).toMatch(/^goods\.csv:7:3: /);
    expect(at('unterminated').text.en).not.toBe(at('textAfterQuote').text.en);
  });
});

describe('records that can decode a skipped value later (CsvRecord.full)', () => {
  it('only a reader that skips a column it reads makes them: a skip on a column only matched reads nothing', async () => {
    const p = file('syohin_code,syohin_name\r\nmug-001,有田焼\r\n');
    const glance = () => true;
    /** The record's values, and its name in full where it can tell (asked while the record is read). */
    const read = async (name: ColumnSpec) => {
      const src = await openCsv(p, { columns: [COL.productCode, name] });
      const out: Array<{ values: Record<string, string>; full?: string }> = [];
      await src.scan((r) => out.push({ values: { ...r.values }, ...(r.full ? { full: r.full('name') } : {}) }));
      return out;
    };
    expect(await read({ id: 'name', headers: ['syohin_name'], skip: glance })).toEqual([{ values: { code: 'mug-001', name: '' }, full: '有田焼' }]);
    expect(await read({ id: 'name', headers: ['syohin_name'], skip: glance, matchOnly: true })).toEqual([{ values: { code: 'mug-001' } }]);
  });
});
