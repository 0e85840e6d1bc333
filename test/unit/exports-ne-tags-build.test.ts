/**
 * `export ne-tags` around its transform: the code lists (--only, --hard, --exclude, the
 * step-9 answers), the conflicts it refuses, the warnings that tell the operator what was
 * dropped or not found, and the codes it records as tagged for later steps. Written from
 * the mutation run of the export modules, where none of this had a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { neTags } from '../../src/exports/ne-tags.js';
import type { ExportOptions } from '../../src/exports/types.js';
import type { Answers } from '../../src/state/answers.js';
import { userError } from '../helpers/errors.js';
import { buildArtifact } from '../helpers/artifact.js';
import { tempDir } from '../helpers/context.js';
import { csvFile } from '../helpers/csv-file.js';

const T = '[STOCKCREW連携対象]';
const H = '[SCハード資材発送]';

function folder(): string {
  return tempDir('sc-ne-tags-build-');
}

/** A goods download as Next Engine writes it (header names, CRLF). */
function goods(dir: string, rows: Array<[string, string]>): string {
  return csvFile(dir, 'ne-goods.csv', ['syohin_code,syohin_name,tag', ...rows.map(([code, tag]) => `${code},商品 ${code},${tag}`)]);
}

/** A code list as an operator types it (one code a line). */
const list = csvFile;

const build = (dir: string, file: string, options: Partial<ExportOptions> = {}, answers: Answers = {}) =>
  buildArtifact(neTags, dir, { inputs: { neGoods: file }, answers, options });

/** The message of the refusal a build ends with. */
const refused = async (p: Promise<unknown>): Promise<string> => (await userError(p)).text.en;

describe('ne-tags: the code lists', () => {
  it('refuses a code in both --hard and --exclude, naming its line in the hard list', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', '']]);
    const hard = list(dir, 'hard.txt', ['# boxes', 'B-2', 'A-1']);
    const exclude = list(dir, 'exclude.txt', ['A-1']);
    expect(await refused(build(dir, file, { hard, exclude }))).toBe('Code A-1 is in both --hard (hard.txt line 3) and --exclude');
  });

  it('takes the hard codes answered at step 9 when there is no --hard, by their place in the answer', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['B-2', '']]);
    const { rows } = await build(dir, file, {}, { 'tags.hardCodes': ['B-2'] });
    expect(rows).toEqual([
      ['A-1', T],
      ['B-2', `${T}${H}`],
    ]);
    const exclude = list(dir, 'exclude.txt', ['B-2']);
    expect(await refused(build(dir, file, { exclude }, { 'tags.hardCodes': ['X-9', 'B-2'] }))).toBe(
      'Code B-2 is in both --hard (tags.hardCodes line 2) and --exclude',
    );
    // An empty answer is no list: nothing is hard.
    expect((await build(dir, file, {}, { 'tags.hardCodes': [] })).rows).toEqual([
      ['A-1', T],
      ['B-2', T],
    ]);
  });

  it('refuses a hard code the shop ships itself (step 9), from the list and from the goods’ own tag', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['B-2', '[自社発送]']]);
    const byCodes: Answers = { 'tags.notShippedBy': 'codes', 'tags.notShippedCodes': ['A-1'], 'tags.hardCodes': ['A-1'] };
    expect(await refused(build(dir, file, {}, byCodes))).toBe(
      '"A-1" is listed for hard packaging (tags.hardCodes) and also as not shipped by STOCKCREW (tags.notShippedCodes)',
    );
    const byTag: Answers = { 'tags.notShippedBy': 'tag', 'tags.notShippedTag': '[自社発送]', 'tags.hardCodes': ['B-2'] };
    expect(await refused(build(dir, file, {}, byTag))).toBe(
      '"B-2" is listed for hard packaging (tags.hardCodes) and also as not shipped by STOCKCREW (tag [自社発送])',
    );
  });

  it('leaves out the goods the shop ships itself, by code and by tag', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['B-2', '[自社発送]'], ['C-3', '']]);
    const byCodes = await build(dir, file, {}, { 'tags.notShippedBy': 'codes', 'tags.notShippedCodes': ['C-3'] });
    expect(byCodes.rows.map((r) => r[0])).toEqual(['A-1', 'B-2']);
    const byTag = await build(dir, file, {}, { 'tags.notShippedBy': 'tag', 'tags.notShippedTag': '[自社発送]' });
    expect(byTag.rows.map((r) => r[0])).toEqual(['A-1', 'C-3']);
  });
});

describe('ne-tags: what it tells the operator', () => {
  it('names each code of --only or --hard that the goods file lacks (case counts), with its line', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['B-2', '']]);
    const only = list(dir, 'only.txt', ['A-1', 'a-1', 'Z-9']);
    const hard = list(dir, 'hard.txt', ['B-2', 'Y-8']);
    const { rows, warnings } = await build(dir, file, { only, hard });
    // A hard code is tagged whether or not --only names it (hard packaging implies the target tag).
    expect(rows).toEqual([
      ['A-1', T],
      ['B-2', `${T}${H}`],
    ]);
    expect(warnings).toEqual([
      'only.txt line 2: code a-1 is not in the goods file (ne-goods.csv); upper/lower case counts',
      'only.txt line 3: code Z-9 is not in the goods file (ne-goods.csv); upper/lower case counts',
      'hard.txt line 2: code Y-8 is not in the goods file (ne-goods.csv); upper/lower case counts',
    ]);
  });

  it('names the first 20 missing codes of a list and counts the rest', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', '']]);
    const codes = Array.from({ length: 23 }, (_, i) => `M-${i + 1}`);
    const { warnings } = await build(dir, file, { only: list(dir, 'only.txt', ['A-1', ...codes]) });
    expect(warnings).toHaveLength(21);
    expect(warnings[0]).toBe('only.txt line 2: code M-1 is not in the goods file (ne-goods.csv); upper/lower case counts');
    expect(warnings[19]).toMatch(/^only\.txt line 21: code M-20 /);
    expect(warnings[20]).toBe('only.txt: 3 more codes are not in the goods file');
    // Exactly 20 missing: all named, no count.
    const twenty = await build(dir, file, { only: list(dir, 'only20.txt', ['A-1', ...codes.slice(0, 20)]) });
    expect(twenty.warnings).toHaveLength(20);
    expect(twenty.warnings.some((w) => w.includes('more codes'))).toBe(false);
  });

  it('says which text outside [ ] the upload drops, for the first 20 products, then counts the rest', async () => {
    const dir = folder();
    const rows: Array<[string, string]> = Array.from({ length: 23 }, (_, i) => [`S-${i + 1}`, `セール中[A]`]);
    const file = goods(dir, [['A-1', 'メモ'], ...rows, ['B-2', '[B]'], ['C-3', `メモ${T}`]]);
    const { warnings } = await build(dir, file);
    expect(warnings[0]).toBe('ne-goods.csv line 2: "メモ" in the tag of code A-1 is not a tag in half-width [ ]; it is not carried into the written tag');
    expect(warnings[1]).toMatch(/^ne-goods\.csv line 3: "セール中" in the tag of code S-1 /);
    expect(warnings.filter((w) => w.includes('is not a tag in half-width'))).toHaveLength(20);
    // 24 products had stray text in a row that changes; C-3 already has the target tag and is not written.
    expect(warnings.at(-1)).toBe('ne-goods.csv: 4 more products have text outside [ ] in their tag; it was dropped the same way');
  });

  it('says nothing about stray text when no more than 20 products have it', async () => {
    const dir = folder();
    const file = goods(dir, Array.from({ length: 20 }, (_, i) => [`S-${i + 1}`, 'x[A]'] as [string, string]));
    const { warnings } = await build(dir, file);
    expect(warnings).toHaveLength(20);
    expect(warnings.some((w) => w.includes('more products'))).toBe(false);
  });
});

describe('ne-tags: the codes it records as tagged (step 9’s record)', () => {
  it('records every code that carries the target tag once the upload is applied, and no blank code', async () => {
    const dir = folder();
    const file = goods(dir, [
      ['A-1', ''],
      ['B-2', T],
      ['C-3', '[A]'],
      ['', T],
    ]);
    const exclude = list(dir, 'exclude.txt', ['C-3']);
    const recorded: string[] = [];
    const { rows } = await build(dir, file, { exclude, stockcrewCodes: (c) => recorded.push(c) });
    expect(rows).toEqual([['A-1', T]]);
    // B-2 is written by no row (it has the tag already), C-3 is excluded, the blank code is no code.
    expect(recorded).toEqual(['A-1', 'B-2']);
  });
});

describe('ne-tags: a listed code the goods file has only in another case (NE codes are case-sensitive)', () => {
  const caseOnly = (list: string, line: number, code: string, actual: string, fileLine: number) =>
    `${list} line ${line}: code ${code} is in the goods file (ne-goods.csv) only as ${actual} (line ${fileLine}), in another case. Next Engine product codes are case-sensitive, so the entry does not apply to ${actual}`;

  it('refuses --exclude TRAY-01 for tray-01 instead of tagging the product the shop ships itself', async () => {
    const dir = folder();
    const file = goods(dir, [['mug-001', ''], ['tray-01', '[ギフト対応]']]);
    const exclude = list(dir, 'exclude.txt', ['TRAY-01']);
    const e = await userError(build(dir, file, { exclude }));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toBe(caseOnly('exclude.txt', 1, 'TRAY-01', 'tray-01', 3));
    expect(e.text.ja).toContain('exclude.txt 1 行目: 商品コード TRAY-01 は商品マスタ (ne-goods.csv) に大文字小文字の違う tray-01 (3 行目) としてしかありません');
    expect(e.hint?.en).toBe('Write the code in exclude.txt exactly as the goods file has it, upper and lower case included, then run again. Nothing was written.');
    // Written as the file has it, the product is left out.
    const right = list(dir, 'exclude-right.txt', ['tray-01']);
    expect((await build(dir, file, { exclude: right })).rows).toEqual([['mug-001', T]]);
  });

  it('refuses it in --hard, --only and the codes answered at step 9 alike, naming the list and its line', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['Pen-01', '']]);
    expect(await refused(build(dir, file, { hard: list(dir, 'hard.txt', ['A-1', 'PEN-01']) }))).toBe(caseOnly('hard.txt', 2, 'PEN-01', 'Pen-01', 3));
    expect(await refused(build(dir, file, { only: list(dir, 'only.txt', ['pen-01']) }))).toBe(caseOnly('only.txt', 1, 'pen-01', 'Pen-01', 3));
    const answers: Answers = { 'tags.notShippedBy': 'codes', 'tags.notShippedCodes': ['A-1', 'pen-01'] };
    expect(await refused(build(dir, file, {}, answers))).toBe(caseOnly('tags.notShippedCodes', 2, 'pen-01', 'Pen-01', 3));
    expect(await refused(build(dir, file, {}, { 'tags.hardCodes': ['a-1'] }))).toBe(caseOnly('tags.hardCodes', 1, 'a-1', 'A-1', 2));
  });

  it('reads a file of not-shipped codes (step 9) the same way, and warns of a code it names that the goods lack', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['B-2', '']]);
    const own = list(dir, 'own.txt', ['b-2']);
    expect(await refused(build(dir, file, {}, { 'tags.notShippedBy': 'file', 'files.notShipped': own }))).toBe(caseOnly('own.txt', 1, 'b-2', 'B-2', 3));
    const stray = list(dir, 'own2.txt', ['B-2', 'nosuch-99']);
    const { rows, warnings } = await build(dir, file, {}, { 'tags.notShippedBy': 'file', 'files.notShipped': stray });
    expect(rows).toEqual([['A-1', T]]);
    expect(warnings).toEqual(['own2.txt line 2: code nosuch-99 is not in the goods file (ne-goods.csv); upper/lower case counts']);
  });

  it('an excluded code the goods file lacks altogether is a warning, and the rest is written', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['B-2', '']]);
    const { rows, warnings } = await build(dir, file, { exclude: list(dir, 'exclude.txt', ['nosuch-99', 'B-2']) });
    expect(rows).toEqual([['A-1', T]]);
    expect(warnings).toEqual(['exclude.txt line 1: code nosuch-99 is not in the goods file (ne-goods.csv); upper/lower case counts']);
  });

  it('a list none of whose codes the goods file has is the wrong list: refused, nothing written (an --exclude that excludes nothing tags the shop\'s own goods)', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['tray-01', '']]);
    expect(await refused(build(dir, file, { exclude: list(dir, 'exclude.txt', ['nosuch-99', 'nosuch-98']) }))).toBe(
      'None of the 2 codes of exclude.txt is in the goods file (ne-goods.csv) (e.g. nosuch-99, nosuch-98): another file, or another column, was given. Written like this, the entry would apply to no product',
    );
  });

  it('a listed code in full-width characters names the half-width product: refused like a case-only one', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['tray-01', '']]);
    expect(await refused(build(dir, file, { exclude: list(dir, 'exclude.txt', ['ｔｒａｙ－０１']) }))).toBe(
      'exclude.txt line 1: code ｔｒａｙ－０１ is written in full-width (or other) characters; the goods file (ne-goods.csv) has it as tray-01 (line 3). Next Engine codes are half-width and match exactly, so the entry does not apply to tray-01',
    );
  });

  it('a list of several columns is read by its code heading, not by position (a Yahoo data.csv given as the list)', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['tray-01', '']]);
    const yahoo = path.join(dir, 'data.csv');
    fs.writeFileSync(yahoo, encodeCp932('path,name,code\r\nzakka,漆塗りトレイ 尺,tray-01\r\n'));
    const { rows } = await build(dir, file, { exclude: yahoo });
    expect(rows).toEqual([['A-1', T]]);
  });

  it('names the first line the goods file has the code on in another case', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['tray-01', '']]);
    expect(await refused(build(dir, file, { exclude: list(dir, 'exclude.txt', ['TRAY-01']) }))).toBe(caseOnly('exclude.txt', 1, 'TRAY-01', 'tray-01', 3));
  });
});

describe('ne-tags: codes Next Engine cannot have written stop the upload (nothing is written)', () => {
  it('a code with a space around it or in full-width characters', async () => {
    for (const code of [' c-01', 'd-01 ', 'ｅ－０１']) {
      const dir = folder();
      const file = goods(dir, [['A-1', ''], [code, '']]);
      expect(await refused(build(dir, file, {})), code).toContain(`ne-goods.csv line 3: code "${code}" cannot be a Next Engine product code`);
    }
  });

  it('a code whose product the list also names exactly is a stray entry: warned of, not refused', async () => {
    const dir = folder();
    const file = goods(dir, [['A-1', ''], ['B-2', '']]);
    const { rows, warnings } = await build(dir, file, { exclude: list(dir, 'exclude.txt', ['B-2', 'b-2']) });
    expect(rows).toEqual([['A-1', T]]);
    expect(warnings).toEqual(['exclude.txt line 2: code b-2 is not in the goods file (ne-goods.csv); upper/lower case counts']);
  });
});
