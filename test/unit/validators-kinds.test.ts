/** How each kind reads a typed string (prompt) and a JSON value (answers file). */
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/checklist/questions.js';
import type { Question } from '../../src/checklist/types.js';
import { parseAnswer } from '../../src/checklist/validators.js';

const NOW = new Date(2025, 1, 10, 12, 0, 0); // 2025-02-10, local time

function ok(q: Question, raw: unknown) {
  const r = parseAnswer(q, raw, { now: NOW });
  if (!r.ok) throw new Error(`expected ${JSON.stringify(raw)} to pass: ${r.message.en}`);
  return r.value;
}
function err(q: Question, raw: unknown) {
  const r = parseAnswer(q, raw, { now: NOW });
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to fail, got ${JSON.stringify(r.value)}`);
  return r.message;
}

const plainList: Question = { key: 't.list', kind: 'list', label: { ja: '一覧', en: 'list' } };
const plainMap: Question = { key: 't.map', kind: 'map', label: { ja: '対応', en: 'map' } };
const plainText: Question = { key: 't.text', kind: 'text', label: { ja: '名前', en: 'name' } };

describe('confirm', () => {
  it('reads yes/no words in both languages, full-width letters too, and JSON booleans', () => {
    for (const y of ['y', 'Yes', 'はい', 'ｙｅｓ', ' YES ', true]) expect(ok(Q.fromYamatoFF, y), String(y)).toBe(true);
    for (const n of ['n', 'No', 'いいえ', false]) expect(ok(Q.fromYamatoFF, n), String(n)).toBe(false);
  });
  it('refuses anything else, saying how to answer', () => {
    expect(err(Q.fromYamatoFF, 'たぶん').ja).toBe('「たぶん」を はい/いいえ として読めません。「はい」か「いいえ」(y / n) で答えてください。');
    expect(err(Q.fromYamatoFF, 1).en).toContain('needs yes/no');
  });
});

describe('date', () => {
  it('normalises slashes, dots, single digits and 年月日 to YYYY-MM-DD', () => {
    expect(ok(Q.apiAuthorizedAt, '2025/2/5')).toBe('2025-02-05');
    expect(ok(Q.apiAuthorizedAt, '2025.02.05')).toBe('2025-02-05');
    expect(ok(Q.apiAuthorizedAt, '２０２５－０２－０５')).toBe('2025-02-05');
    expect(ok(Q.apiAuthorizedAt, '2025年2月5日')).toBe('2025-02-05');
    expect(ok(Q.apiAuthorizedAt, '2025-02-10')).toBe('2025-02-10');
  });
  it('refuses a shape it cannot read, a day not on the calendar, and (for past dates) the future', () => {
    expect(err(Q.apiAuthorizedAt, '5/2/2025').ja).toBe('「5/2/2025」を日付として読めません。YYYY-MM-DD (例: 2025-02-05) の形で入力してください。');
    expect(err(Q.apiAuthorizedAt, '2025-02-30').en).toBe('2025-02-30 is not a calendar date: check the month and day.');
    expect(err(Q.apiAuthorizedAt, '2025-02-11').ja).toBe(
      '「Yahoo!ショッピングのAPIを認可した日 (YYYY-MM-DD)」に未来の日付 (2025-02-11) は指定できません。今日 (2025-02-10) 以前の日付を入力してください。',
    );
  });
  it('lets an optional answer stay empty, but not a required date', () => {
    expect(ok(Q.supplierCode, '')).toBe('');
    expect(ok(Q.supplierCode, null)).toBe('');
    expect(err(Q.apiAuthorizedAt, '  ').en).toBe('"Date the Yahoo!Shopping API was authorised (YYYY-MM-DD)" is empty: please give a value.');
  });
});

describe('list', () => {
  it('splits typed text at commas (half/full width), 、 and line breaks; keeps JSON arrays', () => {
    expect(ok(plainList, 'a, b，c、d\ne')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ok(plainList, ['x', 'y'])).toEqual(['x', 'y']);
  });
  it('refuses an object or blank entries, and an empty required list', () => {
    expect(err(plainList, { a: 'b' }).en).toContain('needs a list');
    expect(err(plainList, ['a', ' ']).ja).toBe('「一覧」が空です。入力してください。');
    expect(err(plainList, '').ja).toBe('「一覧」が空です。入力してください。');
  });
  it('gives an optional list [] when left empty', () => {
    expect(ok(Q.locations, '')).toEqual([]);
    expect(ok(Q.hardCodes, [])).toEqual([]);
  });
});

describe('map', () => {
  it('reads from=to pairs separated by line breaks or ; (full-width = and ; too), and JSON objects', () => {
    expect(ok(plainMap, '宅配便=ヤマト(発払い)B2v6; メール便 = ヤマト(ネコポス)\n代引＝代金引換；振込=銀行振込前払い')).toEqual({
      宅配便: 'ヤマト(発払い)B2v6',
      メール便: 'ヤマト(ネコポス)',
      代引: '代金引換',
      振込: '銀行振込前払い',
    });
    expect(ok(plainMap, { a: 'b' })).toEqual({ a: 'b' });
  });
  it('refuses a piece without =, a name given twice, and non-text values', () => {
    expect(err(plainMap, 'a=b; c').ja).toBe('「c」が「左=右」の形になっていません。「対応」は1組ずつ「=」で左右を区切って書きます。');
    expect(err(plainMap, 'a=b; a=c').en).toBe('"a" is given twice: each name maps to exactly one target.');
    expect(err(plainMap, { a: 1 }).en).toContain('needs pairs');
    expect(err(plainMap, ['a=b']).en).toContain('needs pairs');
  });
});

describe('select', () => {
  it('takes the value, its other case, or a label in either language', () => {
    expect(ok(Q.labelSoftware, 'B2クラウド')).toBe('B2クラウド');
    expect(ok(Q.labelSoftware, 'e飛伝 (佐川急便)')).toBe('e飛伝');
    expect(ok(Q.labelSoftware, 'Yu-Pri R (Japan Post)')).toBe('ゆうプリR');
    expect(ok(Q.mall, 'YAHOO')).toBe('yahoo');
  });
  it('refuses a value that is not a choice, listing the choices', () => {
    expect(err(Q.labelSoftware, 'ヤマト').ja).toBe('「ヤマト」は「自社発送で使う送り状発行ソフト」の選択肢にありません。選べるもの: B2クラウド, e飛伝, ゆうプリR, その他');
  });
});

describe('text and file', () => {
  it('trims text and accepts a number where a code is meant', () => {
    expect(ok(plainText, '  さくら雑貨店 ')).toBe('さくら雑貨店');
    expect(ok(Q.companyCode, 100234)).toBe('100234');
  });
  it('strips the quotes a terminal adds to a dragged-in path', () => {
    expect(ok(Q.neGoods, "'/Users/shop/ダウンロード/ne goods.csv'")).toBe('/Users/shop/ダウンロード/ne goods.csv');
    expect(ok(Q.neGoods, '"C:\\data\\ne.csv"')).toBe('C:\\data\\ne.csv');
    expect(err(Q.neGoods, '').ja).toBe('「ネクストエンジンの商品マスタCSV (ダウンロードしたもの)」が空です。入力してください。');
    expect(err(Q.neGoods, true).en).toContain('needs a single line of text');
  });
});
