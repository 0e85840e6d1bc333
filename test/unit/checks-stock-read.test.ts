/**
 * Step 26's stock comparison as the operator's two downloads feed it (checks/stock-files.ts,
 * stock-read.ts): which rows count, how repeats are summed and said, the NE location, and
 * what is asked for when a file is missing. Written from the survivors of the Stryker run
 * over those files (test/MUTATION.md, "src/checks: step 9's record, stock, mappings, go-live").
 * Next Engine's 在庫 download names its columns 商品コード / 在庫数 / 引当数 / フリー在庫数 /
 * 拠点名; STOCKCREW's layout is not public, so its file here uses the same two names the
 * format module looks for (src/formats/sc-stock.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareStockFiles } from '../../src/checks/stock-files.js';
import { countStock, type StockRecord } from '../../src/checks/stock-read.js';
import type { Text } from '../../src/i18n/text.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { csvFile } from '../helpers/csv-file.js';
import { userError } from '../helpers/errors.js';

function files(sc: string[], ne: string[]): { dir: string; scStock: string; neStock: string } {
  const dir = tempDir();
  return { dir, scStock: csvFile(dir, 'sc-zaiko.csv', sc), neStock: csvFile(dir, 'ne-zaiko.csv', ne) };
}

const en = (texts: readonly Text[]) => texts.map((t) => t.en);

async function compare(sc: string[], ne: string[], neLocation?: string) {
  const f = files(sc, ne);
  const ctx = fakeContext({ dir: f.dir });
  return compareStockFiles({ scStock: f.scStock, neStock: f.neStock }, {}, ctx, undefined, neLocation);
}

describe('which stock rows count', () => {
  it('compares a code padded with spaces as the code itself, and leaves a row without a code out', async () => {
    const r = await compare(['商品コード,在庫数', ' A-1 ,5', ',7', '   ,3'], ['商品コード,在庫数,引当数,フリー在庫数', 'A-1,5,0,5']);
    expect(r.comparison).toMatchObject({ compared: 1, matched: 1, onlyInSc: [], onlyInNe: [] });
    expect(r.rows).toEqual([]);
  });

  it('names both files in a row: the STOCKCREW file for a code it has, the Next Engine file for one only NE has', async () => {
    const r = await compare(['商品コード,在庫数', 'A,1', 'B,2'], ['商品コード,在庫数', 'A,3', 'C,4']);
    expect(r.rows.map((x) => `${x.code} ${x.note} ${x.origin.file}:${x.origin.line}`)).toEqual([
      'A different sc-zaiko.csv:2',
      'B onlyInSc sc-zaiko.csv:3',
      'C onlyInNe ne-zaiko.csv:3',
    ]);
  });
});

describe('a code repeated in one file', () => {
  it('adds the counts up and names every line it is on, however many', async () => {
    const r = await compare(['商品コード,在庫数', 'A,1', 'A,2', 'A,3', 'B,9'], ['商品コード,在庫数', 'A,6', 'B,9']);
    expect(r.comparison.matched).toBe(2);
    expect(en(r.warnings)).toEqual(['sc-zaiko.csv: code A appears on lines 2, 3, 4; its counts were added together for the comparison']);
  });

  it('names five repeated codes one by one, then counts the rest; exactly five get no "more" line', async () => {
    const five = ['商品コード,在庫数', ...['P', 'Q', 'R', 'S', 'T'].flatMap((c) => [`${c},1`, `${c},1`])];
    const six = [...five, 'U,1', 'U,1'];
    const neFive = ['商品コード,在庫数', ...['P', 'Q', 'R', 'S', 'T'].map((c) => `${c},2`)];
    const atFive = await compare(five, neFive);
    expect(en(atFive.warnings).map((w) => w.split(' appears')[0])).toEqual(['P', 'Q', 'R', 'S', 'T'].map((c) => `sc-zaiko.csv: code ${c}`));
    const atSix = await compare(six, [...neFive, 'U,2']);
    expect(en(atSix.warnings)).toHaveLength(6);
    expect(en(atSix.warnings)[5]).toBe('sc-zaiko.csv: 1 more codes appear more than once (also added together)');
  });
});

describe('the Next Engine location linked to STOCKCREW (step 4)', () => {
  const ne = ['商品コード,在庫数,拠点名', 'A,5, 倉庫STOCKCREW ', 'A,100,本社', 'B,1,本社'];

  it('compares only that location’s rows, read without surrounding spaces, and says so', async () => {
    const r = await compare(['商品コード,在庫数', 'A,5'], ne, '倉庫STOCKCREW');
    expect(r.comparison).toMatchObject({ matched: 1, onlyInNe: [] });
    expect(en(r.warnings)).toEqual(['ne-zaiko.csv: only the rows of location "倉庫STOCKCREW" (the one linked to STOCKCREW, step 4) were compared']);
  });

  it('compares every row of a file without a location column, though a location is answered', async () => {
    const r = await compare(['商品コード,在庫数', 'A,5'], ['商品コード,在庫数', 'A,5'], '倉庫STOCKCREW');
    expect(r.comparison.matched).toBe(1);
    expect(r.warnings).toEqual([]);
  });

  it('refuses a file without a row of that location, naming its column as the file heads it and the first ten locations found', async () => {
    const rows = ['商品コード,在庫数,拠点コード', ...Array.from({ length: 12 }, (_, i) => `A${i},1,L${i}`)];
    const e = await userError(compare(['商品コード,在庫数', 'A0,1'], rows, '倉庫STOCKCREW'));
    expect(e.text.en).toBe(
      'ne-zaiko.csv: column "拠点コード" has no row of "倉庫STOCKCREW", the location linked to STOCKCREW (locations found: L0, L1, L2, L3, L4, L5, L6, L7, L8, L9)',
    );
  });
});

describe('what is missing or wrong', () => {
  it('asks for the STOCKCREW stock file by its flag when it is not given', async () => {
    const ctx = fakeContext();
    const e = await userError(compareStockFiles({ neStock: 'ne.csv' }, {}, ctx));
    expect(e.text.en).toBe('No STOCKCREW stock CSV given. Name it with --sc-stock <csv file>');
    // Each language names the file in its own words, whichever language the run is in.
    expect(e.text.ja).toBe('STOCKCREW の在庫CSVがありません。--sc-stock <CSVファイル> で指定してください');
  });

  it('asks for the Next Engine stock file by its flag when neither it nor the API is given', async () => {
    const f = files(['商品コード,在庫数', 'A,1'], []);
    const e = await userError(compareStockFiles({ scStock: f.scStock }, {}, fakeContext({ dir: f.dir })));
    expect(e.text.en).toBe('No Next Engine stock CSV given. Name it with --ne-stock <csv file>');
    expect(e.text.ja).toBe('ネクストエンジンの在庫CSVがありません。--ne-stock <CSVファイル> で指定してください');
  });

  it('points at the flag of the side whose count is not a number', async () => {
    const sc = await userError(compare(['商品コード,在庫数', 'A,five'], ['商品コード,在庫数', 'A,5']));
    expect(sc.hint?.en).toContain('--sc-qty-column');
    const ne = await userError(compare(['商品コード,在庫数', 'A,5'], ['商品コード,在庫数', 'A,五']));
    expect(ne.hint?.en).toContain('--ne-qty-column');
  });
});

describe('counts from the Next Engine API (countStock)', () => {
  async function* records(rows: Array<[string, string]>): AsyncIterable<StockRecord> {
    let line = 1;
    for (const [code, qty] of rows) yield { line: line++, values: { code, qty } };
  }
  const where = { shown: 'API', column: 'stock_quantity', badHint: { ja: '', en: '' } };

  it('keeps codes apart by case, sums a repeated code and remembers where each was first', async () => {
    const t = await countStock(records([['abc', '1'], ['ABC', '2'], ['x', '3'], ['abc', '4'], ['abc', '5']]), where);
    expect(t.codes.size).toBe(3);
    const byCode = Object.fromEntries(Array.from({ length: 3 }, (_, e) => [t.codes.codeAt(e), [t.qty[e], t.lines[e]]]));
    expect(byCode).toEqual({ abc: [10, 1], ABC: [2, 2], x: [3, 3] });
    expect(en(t.warnings)).toEqual(['API: code abc appears on lines 1, 4, 5; its counts were added together for the comparison']);
  });

  it('compares the API totals with the STOCKCREW file, naming the API as the source of a code only it has, with its warnings', async () => {
    const f = files(['商品コード,在庫数', 'A,1'], []);
    const totals = await countStock(records([['A', '1'], ['B', '1'], ['B', '1']]), where);
    const r = await compareStockFiles({ scStock: f.scStock }, {}, fakeContext({ dir: f.dir }), async () => totals);
    expect(r.rows.map((x) => `${x.code} ${x.note} ${x.ne} ${x.origin.file}:${x.origin.line}`)).toEqual(['B onlyInNe 2 API:2']);
    expect(en(r.warnings)).toEqual(['API: code B appears on lines 2, 3; its counts were added together for the comparison']);
  });
});
