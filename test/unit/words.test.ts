/** The words of yes/no answers, errno codes and malformed JSON, as an operator meets them. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errnoWords, errorReason } from '../../src/i18n/errno.js';
import { readYesNo } from '../../src/locale/yes-no.js';
import { yesNoVerdict } from '../../src/prompt/yes-no.js';
import { parseJsonFile, statePath } from '../../src/state/file.js';
import { findJsonFault } from '../../src/state/json-fault.js';
import { loadState } from '../../src/state/store.js';
import { readAnswersFile } from '../../src/state/answers-source.js';
import { tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

const dirs: string[] = [];
const dir = () => {
  const d = tempDir('sc-setup-words-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** What V8 says about bad JSON: none of it may reach a Japanese operator. */
const V8_ENGLISH = /Unexpected|in JSON|position|Expected|JSON input|Bad (escaped|control)/;

describe('yes/no words', () => {
  it('reads はい / いいえ, y / n, yes / no, in any case and in full width', () => {
    for (const w of ['はい', 'y', 'Y', 'yes', 'YES', 'ｙｅｓ', 'ＹＥＳ', 'ｙ', ' はい ']) expect(readYesNo(w), w).toBe(true);
    for (const w of ['いいえ', 'n', 'N', 'no', 'No', 'ｎｏ', 'ＮＯ', 'ｎ']) expect(readYesNo(w), w).toBe(false);
    for (const w of ['', 'maybe', 'はいい', 'いや', 'ok', 'y es']) expect(readYesNo(w), w).toBeUndefined();
  });

  it('at a prompt: nonsense is asked again, empty takes the default only when there is one', () => {
    expect(yesNoVerdict('はい', false, 'ja')).toEqual({ ok: true, value: true, shown: 'はい' });
    expect(yesNoVerdict('いいえ', true, 'ja')).toEqual({ ok: true, value: false, shown: 'いいえ' });
    expect(yesNoVerdict('', true, 'ja')).toMatchObject({ ok: true, value: true });
    expect(yesNoVerdict('', undefined, 'ja')).toMatchObject({ ok: false, message: '「はい」か「いいえ」で答えてください (y / n でも構いません)。' });
    const nonsense = yesNoVerdict('maybe', true, 'ja');
    expect(nonsense).toMatchObject({ ok: false });
    if (!nonsense.ok) expect(nonsense.message).toContain('「maybe」は はい/いいえ の答えとして読めません');
  });
});

describe('errno codes in words', () => {
  it('says what happened, in both languages, and names an unknown code', () => {
    expect(errnoWords('ENOENT')).toEqual({ ja: '見つかりません', en: 'it does not exist' });
    expect(errnoWords('ENOSPC').ja).toBe('ディスクの空き容量がありません');
    expect(errnoWords('ECONNREFUSED').ja).toBe('接続を拒否されました');
    expect(errnoWords('EWHATEVER').ja).toBe('システムエラー (コード EWHATEVER)');
    // Windows says EPERM or EACCES for a file Excel holds open: the same words for both.
    const denied = (code: string) => errorReason(Object.assign(new Error(`${code}: operation not permitted, open '/x'`), { code }));
    expect(denied('EPERM')).toEqual(denied('EACCES'));
    expect(denied('EPERM').ja).toBe('アクセスする権限がないか、別のプログラムがファイルを使用中です');
    expect(errorReason(new Error('no code here')).en).toBe('no code here');
  });

  it('a state file that cannot be read is explained in words, not by its code', async () => {
    const d = dir();
    fs.mkdirSync(statePath(d)); // sc-setup.json is a folder
    const e = await userError(() => loadState(d));
    expect(e.text.ja).toContain('ファイルのはずの場所がフォルダです');
    expect(e.text.ja).not.toMatch(/EISDIR|illegal operation/);
  });
});

describe('malformed JSON', () => {
  const kind = (text: string) => findJsonFault(text);

  it('finds the first fault and names its kind', () => {
    expect(kind('{"a": 1,}')).toMatchObject({ kind: 'trailingComma', offset: 7 });
    expect(kind('{"a": 1 "b": 2}')).toMatchObject({ kind: 'missingComma', offset: 8 });
    expect(kind('{"a" 1}')).toMatchObject({ kind: 'missingColon' });
    expect(kind('{a: 1}')).toMatchObject({ kind: 'keyNotQuoted', offset: 1 });
    expect(kind("{'a': 1}")).toMatchObject({ kind: 'singleQuote' });
    expect(kind('{"a"：1}')).toMatchObject({ kind: 'fullWidth', found: '：' });
    expect(kind('{"a": “b”}')).toMatchObject({ kind: 'fullWidth', found: '“' });
    expect(kind('{"a": "b\n"}')).toMatchObject({ kind: 'lineBreakInString' });
    expect(kind('{"f": "C:\\Users\\x.csv"}')).toMatchObject({ kind: 'badEscape', offset: 9 });
    expect(kind('{"a": [1, 2}')).toMatchObject({ kind: 'missingComma' });
    expect(kind('{"a": 1')).toMatchObject({ kind: 'end' });
    expect(kind('{"a": 01}')).toMatchObject({ kind: 'badNumber' });
    expect(kind('{} x')).toMatchObject({ kind: 'extra', found: 'x' });
    expect(kind('  ')).toMatchObject({ kind: 'empty' });
    expect(kind('{"a": tru}')).toMatchObject({ kind: 'unexpected', found: 't' });
    expect(kind('{"a": [1, {"b": null}], "c": "\\u00e9"}')).toBeNull();
  });

  // Valid JSON before the fault: the scan must walk every kind of value without stopping
  // early, or it names the wrong place (JSON.parse has already failed when it runs).
  it('walks numbers, escapes and words that are valid, and stops only at the real fault', () => {
    const numbers = '{"a": [1.25, 1e+5, 2E-3, 4e7, 3E+12, -0.5, 9, 0, 10] x';
    expect(kind(numbers)).toEqual({ kind: 'missingComma', offset: numbers.indexOf('x'), found: 'x' });
    const escapes = '{"a": "q\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u00E9 " x';
    expect(kind(escapes)).toEqual({ kind: 'missingComma', offset: escapes.indexOf(' x') + 1, found: 'x' });
    expect(kind('["a b c", true, false, null] x')).toMatchObject({ kind: 'extra', offset: 29 });
  });

  it('names a bad escape, a line break or control character in a string, an unclosed string and a bare minus where they are', () => {
    expect(kind('{"a": "x\\u12G4"}')).toEqual({ kind: 'badEscape', offset: 8, found: '\\' });
    // Four hex digits make an escape only after a u: \x0041 is no JSON escape.
    expect(kind('{"a": "x\\x0041"}')).toEqual({ kind: 'badEscape', offset: 8, found: '\\' });
    expect(kind('{"a": "x\\')).toEqual({ kind: 'badEscape', offset: 8, found: '\\' });
    expect(kind('{"a": "x\ry"}')).toEqual({ kind: 'lineBreakInString', offset: 8, found: '\r' });
    expect(kind('{"a": "x\u0001y"}')).toEqual({ kind: 'controlChar', offset: 8, found: '\u0001' });
    expect(kind('{"a": "x y\u001f"}')).toEqual({ kind: 'controlChar', offset: 10, found: '\u001f' });
    expect(kind('{"a": "abc')).toEqual({ kind: 'lineBreakInString', offset: 6, found: '"' });
    expect(kind('{"a": -}')).toEqual({ kind: 'badNumber', offset: 6, found: '-' });
    expect(kind('{"a": 1.}')).toEqual({ kind: 'badNumber', offset: 7, found: '.' });
    expect(kind('{"a": 1e}')).toEqual({ kind: 'badNumber', offset: 7, found: 'e' });
    // A value that starts like no JSON value at all is "unexpected", not a bad number.
    expect(kind('{"a": .5}')).toEqual({ kind: 'unexpected', offset: 6, found: '.' });
    expect(kind('{"a": +1}')).toEqual({ kind: 'unexpected', offset: 6, found: '+' });
  });

  it('an answers file with a Windows path: line, column and what to do, with none of V8\'s English', async () => {
    const d = dir();
    const file = path.join(d, 'answers.json');
    fs.writeFileSync(file, '{\n  "sc.companyCode": "100123",\n  "files.neGoods": "C:\\Users\\shop\\goods.csv"\n}\n');
    const e = await userError(() => readAnswersFile(file));
    expect(e.text.ja).toContain('3 行目 23 文字目');
    expect(e.text.ja).toContain('Windows のパスは \\ を \\\\ と2つ重ねるか、/ で区切ります');
    expect(e.text.ja).not.toMatch(V8_ENGLISH);
    expect(e.text.en).not.toMatch(V8_ENGLISH);
  });

  it('a full-width colon typed with the IME is shown as it was typed', async () => {
    const e = await userError(() => parseJsonFile('answers.json', '{\n  "sc.shopName"："髙橋雑貨店"\n}\n'));
    expect(e.text.ja).toBe('answers.json の 2 行目 16 文字目が JSON として読めません: 全角の「：」があります。JSON の記号 ({ } [ ] : , ") は半角で書きます');
    expect(e.text.en).toContain('a full-width "：" is used');
  });

  it('a trailing comma in sc-setup.json, counted after a byte-order mark', async () => {
    const text = '\ufeff{\n  "schemaVersion": 1,\n}\n';
    const e = await userError(() => parseJsonFile('sc-setup.json', text));
    expect(e.text.ja).toBe('sc-setup.json の 2 行目 21 文字目が JSON として読めません: 最後の項目の後ろに余分な「,」があります');
  });
});
