/**
 * NE 商品コード: half-width A–Z a–z 0–9 - _, at most 30 characters (20 when the account
 * also sells on ヤフオク! or used Yamato FF CSVs). A code used on Yahoo!ショッピング
 * allows no `_`: ^[A-Za-z0-9-]{1,30}$ (manual.next-engine.net prd_shohin-code/11824).
 */
import { checkText as m } from '../i18n/checks.js';
import { yahooSku } from './yahoo-codes.js';
import { perLang, type CheckRecord, type Emit, type FamilyChecker, type FileRef } from './family.js';

const NE_ALLOWED = /^[A-Za-z0-9_-]+$/;
const NE_DISALLOWED = /[^A-Za-z0-9_-]/gu;
const YAHOO_CODE = /^[A-Za-z0-9-]{1,30}$/;

export interface CodeFormatOptions {
  /** 20 or 30. */
  maxLength: number;
}

/** The longest NE code the answers allow. */
export function neCodeMaxLength(answers: Readonly<Record<string, unknown>>): number {
  return answers['ne.sellsOnYahuoku'] === true || answers['sc.fromYamatoFF'] === true ? 20 : 30;
}

/** Each disallowed character once, quoted so that a space is visible. */
function badChars(code: string): string {
  return [...new Set(code.match(NE_DISALLOWED) ?? [])].map((c) => `「${c}」`).join('');
}

export function createCodeFormat(opts: CodeFormatOptions, emit: Emit): FamilyChecker {
  const why = opts.maxLength === 20 ? m.codeLengthWhy20() : { ja: '', en: '' };
  const tooLong = (code: string, length: number) =>
    perLang(m.codeLength, (lang) => ({ code, length, max: opts.maxLength, why: why[lang] }));

  const neCode = (file: FileRef, line: number, code: string) => {
    const base = { file: file.shown, line, code };
    if (code === '') {
      emit({ ...base, code: null, rule: 'code-format.empty', severity: 'error', message: m.codeEmpty() });
      return;
    }
    const allowed = NE_ALLOWED.test(code);
    if (!allowed) {
      emit({ ...base, rule: 'code-format.charset', severity: 'error', message: m.codeCharset({ code, chars: badChars(code) }) });
    }
    // An allowed code is ASCII, so its length in characters is its string length.
    const length = allowed ? code.length : [...code].length;
    if (length > opts.maxLength) {
      emit({
        ...base,
        rule: 'code-format.length',
        severity: 'error',
        message: tooLong(code, length),
      });
    }
    if (code.includes('_')) {
      emit({ ...base, rule: 'code-format.yahoo', severity: 'warning', message: m.codeUnderscore({ code }) });
    }
  };

  /** The Yahoo code that becomes an NE 商品コード: sub-code when there is one, else code. */
  const yahooCode = (file: FileRef, rec: CheckRecord) => {
    const code = yahooSku(rec);
    const column = (rec.values.subCode ?? '').trim() !== '' ? m.columnSubCode() : m.columnCode();
    const base = { file: file.shown, line: rec.line, code };
    if (!YAHOO_CODE.test(code)) {
      emit({
        ...base,
        rule: 'code-format.yahoo',
        severity: 'error',
        message: perLang(m.yahooCodeFormat, (lang) => ({ code, column: column[lang] })),
      });
    } else if (code.length > opts.maxLength) {
      emit({
        ...base,
        rule: 'code-format.length',
        severity: 'error',
        message: tooLong(code, code.length),
      });
    }
  };

  return {
    family: 'code-format',
    record(file, rec) {
      // Codes are checked as written: a stray space IS the mistake, so no trimming here.
      if (file.input === 'neGoods') neCode(file, rec.line, rec.values.code ?? '');
      else if (file.input === 'yahooQuantity') yahooCode(file, rec);
    },
  };
}
