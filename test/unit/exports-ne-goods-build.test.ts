/**
 * `export ne-goods` (step 7) around its transform: the answer that turns on the 20-character
 * code limit (ヤフオク! sellers) and Yahoo's data.csv holding a code twice or a row without
 * one. The export modules' mutation run found neither with a test. Files in Yahoo's own
 * header wording (code, sub-code, quantity … / path, name, code, sub-code, price, jan).
 */
import { describe, expect, it } from 'vitest';
import { neGoods } from '../../src/exports/ne-goods.js';
import type { ExportRequest } from '../../src/exports/types.js';
import type { Answers } from '../../src/state/answers.js';
import { buildArtifact } from '../helpers/artifact.js';
import { userError } from '../helpers/errors.js';
import { tempDir } from '../helpers/context.js';
import { csvFile } from '../helpers/csv-file.js';

const LONG = 'mug-001-extra-long-code'; // 23 characters: over 20, within 30

function yahooFiles(dir: string, quantity: string[], data: string[]) {
  return {
    yahooQuantity: csvFile(dir, 'quantity.csv', ['code,sub-code,quantity,allow-overdraft,stock-close', ...quantity]),
    yahooData: csvFile(dir, 'data.csv', ['path,name,code,sub-code,price,jan,caption', ...data]),
  };
}

const build = (dir: string, inputs: ExportRequest['inputs'], answers: Answers) =>
  buildArtifact(neGoods, dir, { inputs, answers: { 'ne.supplierCode': '0001', ...answers } });

const over20 = (line: number, code: string) =>
  `quantity.csv line ${line}: code "${code}" is longer than 20 characters, the limit while the account sells on ヤフオク!`;

describe('ne-goods: the 20-character limit follows the answer ne.sellsOnYahuoku', () => {
  const files = (dir: string) => yahooFiles(dir, [`${LONG},,5,0,0`, 'mug-002,,3,0,0'], [`zakka,髙橋窯 マグカップ 長,${LONG},,1980,,説明`, 'zakka,髙橋窯 マグカップ 藍,mug-002,,1980,,説明']);

  it('warns about a code over 20 characters when the account sells on ヤフオク!', async () => {
    const dir = tempDir('sc-ne-goods-build-');
    const { rows, warnings } = await build(dir, files(dir), { 'ne.sellsOnYahuoku': true });
    expect(rows.map((r) => r[0])).toEqual([LONG, 'mug-002']);
    expect(warnings).toContain(over20(2, LONG));
  });

  it('says nothing of it otherwise (30 characters are allowed), whatever else the answer holds', async () => {
    for (const answer of [false, 'true', undefined]) {
      const dir = tempDir('sc-ne-goods-build-');
      const answers: Answers = answer === undefined ? {} : ({ 'ne.sellsOnYahuoku': answer } as Answers);
      const { warnings } = await build(dir, files(dir), answers);
      expect(warnings.some((w) => w.includes('longer than 20')), String(answer)).toBe(false);
    }
  });
});

describe('ne-goods: data.csv rows', () => {
  it('takes the first row of a code data.csv repeats and says so; a row without a code makes no product', async () => {
    const dir = tempDir('sc-ne-goods-build-');
    const inputs = yahooFiles(
      dir,
      ['mug-001,,24,0,0'],
      ['zakka,髙橋窯 マグカップ 白,mug-001,,1980,,説明', ',名前だけの行,,,500,,', 'zakka,髙橋窯 マグカップ 白 (二重),mug-001,,2980,,説明'],
    );
    const { rows, warnings } = await build(dir, inputs, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('髙橋窯 マグカップ 白');
    expect(rows[0]).toContain('1980');
    expect(rows[0]).not.toContain('2980');
    expect(warnings).toContain('data.csv line 4: code mug-001 repeats line 2; it was written once');
  });
});

describe('ne-goods: one NE code for two Yahoo items', () => {
  it('refuses a sub-code under two item codes, and an item code that is another item’s sub-code (one NE product would hold the stock of both)', async () => {
    const dir = tempDir('sc-ne-goods-build-');
    const data = ['zakka,タオル 1,towel-01,,1320,,説明', 'zakka,タオル 2,towel-02,,1320,,説明', 'zakka,ABC,abc,,500,,説明'];
    const twoParents = yahooFiles(dir, ['towel-01,abc,1,0,0', 'towel-02,abc,1,0,0'], data);
    const e = await userError(build(dir, twoParents, {}));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toBe(
      'quantity.csv line 3: code abc (parent code towel-02) is also the code of another item on line 2 (parent code towel-01). In Next Engine it would be one product holding the stock of both',
    );
    const dir2 = tempDir('sc-ne-goods-build-');
    const itemAndOption = yahooFiles(dir2, ['towel-01,abc,1,0,0', 'abc,,1,0,0'], data);
    expect((await userError(build(dir2, itemAndOption, {}))).text.en).toBe(
      'quantity.csv line 3: code abc (parent code -) is also the code of another item on line 2 (parent code towel-01). In Next Engine it would be one product holding the stock of both',
    );
  });

  it('the same SKU listed twice (same item) is still written once, with a warning', async () => {
    const dir = tempDir('sc-ne-goods-build-');
    const inputs = yahooFiles(dir, ['towel-01,abc,1,0,0', 'towel-01,abc,1,0,0'], ['zakka,タオル 1,towel-01,,1320,,説明']);
    const { rows, warnings } = await build(dir, inputs, {});
    expect(rows.map((r) => r[0])).toEqual(['abc']);
    expect(warnings).toContain('quantity.csv line 3: code abc repeats line 2; it was written once');
  });
});

describe('ne-goods: a Yahoo code with a space around it (an edit: Yahoo codes allow none)', () => {
  it('is refused at its line, code or sub-code, instead of dropping the product as "not in data.csv"', async () => {
    const data = ['zakka,マグ,mug-001,,1980,,説明', 'zakka,タオル,towel-01,,1320,,説明'];
    const dir = tempDir('sc-ne-goods-build-');
    const e = await userError(build(dir, yahooFiles(dir, ['pen-01,,5,0,0'.replace('pen-01', 'towel-01'), 'mug-001 ,,24,0,0'], data), {}));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toMatch(/^quantity\.csv line 3: code "mug-001 " has a space before or after it\./);
    const dir2 = tempDir('sc-ne-goods-build-');
    expect((await userError(build(dir2, yahooFiles(dir2, ['towel-01, towel-01-gy,5,0,0'], data), {}))).text.en).toMatch(/^quantity\.csv line 2: code " towel-01-gy" has a space/);
  });
});

describe('ne-goods: a JAN Excel turned into 4.90123E+12', () => {
  it('stops the export at its data.csv line (its digits are lost); a JAN with spaces around it is written trimmed', async () => {
    const dir = tempDir('sc-ne-goods-build-');
    const e = await userError(build(dir, yahooFiles(dir, ['mug-001,,24,0,0'], ['zakka,マグ,mug-001,,1980,4.90123E+12,説明']), {}));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toBe('data.csv line 2 (code mug-001): the JAN code "4.90123E+12" in column "jan" is a number Excel turned into its exponent form; its digits after digit 6 are lost');
    // Every digit kept (a wide column): still stopped, the message giving the digits.
    const dirW = tempDir('sc-ne-goods-build-');
    const whole = await userError(build(dirW, yahooFiles(dirW, ['mug-001,,24,0,0'], ['zakka,マグ,mug-001,,1980,4.901234567016E+12,説明']), {}));
    expect(whole.text.en).toBe('data.csv line 2 (code mug-001): the JAN code "4.901234567016E+12" in column "jan" is a number Excel turned into its exponent form; its digits are all there (4901234567016), but it is no code as written');
    // With spaces around it (a cell Excel left padded) it is the same loss.
    const dirP = tempDir('sc-ne-goods-build-');
    expect((await userError(build(dirP, yahooFiles(dirP, ['mug-001,,24,0,0'], ['zakka,マグ,mug-001,,1980, 4.90123E+12 ,説明']), {}))).exitCode).toBe(2);
    const dir2 = tempDir('sc-ne-goods-build-');
    const { rows } = await build(dir2, yahooFiles(dir2, ['mug-001,,24,0,0'], ['zakka,マグ,mug-001,,1980, 4901234567016 ,説明']), {});
    expect(rows[0]![6]).toBe('4901234567016');
  });
});

describe('ne-goods: data.csv items without a row in quantity.csv', () => {
  it('are named (they are not registered in Next Engine), in data.csv order', async () => {
    const dir = tempDir('sc-ne-goods-build-');
    const inputs = yahooFiles(dir, ['mug-001,,24,0,0'], ['zakka,マグ,mug-001,,1980,,説明', 'zakka,皿,plate-01,,900,,説明', 'zakka,箸,hashi-01,,500,,説明']);
    const { rows, warnings } = await build(dir, inputs, {});
    expect(rows.map((r) => r[0])).toEqual(['mug-001']);
    expect(warnings).toEqual([
      'data.csv line 3: item plate-01 has no row in the stock CSV (quantity.csv), so it was not written (it is not registered in Next Engine)',
      'data.csv line 4: item hashi-01 has no row in the stock CSV (quantity.csv), so it was not written (it is not registered in Next Engine)',
    ]);
  });
});

describe('ne-goods: one item spelt in another case in the two Yahoo files', () => {
  it('is refused naming both lines, instead of being dropped as "not in data.csv" (it would never be registered)', async () => {
    const dir = tempDir('sc-ne-goods-build-');
    const e = await userError(build(dir, yahooFiles(dir, ['mug-001,,24,0,0', 'Cap-01,,3,0,0'], ['zakka,マグ,mug-001,,1980,,説明', 'zakka,帽子,cap-01,,2500,,説明']), {}));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toBe(
      'quantity.csv line 3: code "Cap-01" is "cap-01" in data.csv (line 3), differing only in upper/lower case. The two Yahoo!Shopping files spell one product differently, so it would not be registered in Next Engine',
    );
  });
});
