/**
 * NE 商品コード: half-width A–Z a–z 0–9 - _, at most 30 characters; 20 WHILE the account
 * sells on ヤフオク! or uses ヤマトフルフィルメント (CSV連携) — not after the move to
 * STOCKCREW, which is why a shop moving from Yamato Fulfillment keeps 30. A code used on
 * Yahoo!ショッピング allows no `_`: ^[A-Za-z0-9-]{1,30}$
 * (https://manual.next-engine.net/main/product/prd_shohin-code/11824/).
 */
import { checkText as m } from '../i18n/checks.js';
import { lazy, perLang } from './lazy-text.js';
import { yahooSku } from './yahoo-codes.js';
import { finding, type CheckRecord, type Emit, type FamilyChecker, type FileRef } from './family.js';

/** Column labels, built once: findings of 500,000 rows share them. */
const CODE = m.columnCode();
const SUB_CODE = m.columnSubCode();

const NE_ALLOWED = /^[A-Za-z0-9_-]+$/;
const NE_DISALLOWED = /[^A-Za-z0-9_-]/gu;
const YAHOO_CODE = /^[A-Za-z0-9-]{1,30}$/;

export interface CodeFormatOptions {
  /** 20 or 30. */
  maxLength: number;
}

/** The longest NE code the answers allow (a shop on STOCKCREW no longer uses Yamato FF's CSV). */
export function neCodeMaxLength(answers: Readonly<Record<string, unknown>>): number {
  return answers['ne.sellsOnYahuoku'] === true ? 20 : 30;
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
    if (code === '') {
      emit(finding('code-format.empty', 'error', file.shown, line, null, lazy(m.codeEmpty)));
      return;
    }
    const allowed = NE_ALLOWED.test(code);
    if (!allowed) {
      emit(finding('code-format.charset', 'error', file.shown, line, code, lazy(m.codeCharset, { code, chars: badChars(code) })));
    }
    // An allowed code is ASCII, so its length in characters is its string length.
    const length = allowed ? code.length : [...code].length;
    if (length > opts.maxLength) {
      emit(finding('code-format.length', 'error', file.shown, line, code, tooLong(code, length)));
    }
    if (code.includes('_')) {
      emit(finding('code-format.underscore', 'warning', file.shown, line, code, lazy(m.codeUnderscore, { code })));
    }
  };

  /** The Yahoo code that becomes an NE 商品コード: sub-code when there is one, else code. */
  const yahooCode = (file: FileRef, rec: CheckRecord) => {
    const code = yahooSku(rec);
    const column = (rec.values.subCode ?? '').trim() !== '' ? SUB_CODE : CODE;
    if (!YAHOO_CODE.test(code)) {
      const message = perLang(m.yahooCodeFormat, (lang) => ({ code, column: column[lang] }));
      emit(finding('code-format.yahoo', 'error', file.shown, rec.line, code, message));
    } else if (code.length > opts.maxLength) {
      emit(finding('code-format.length', 'error', file.shown, rec.line, code, tooLong(code, code.length)));
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
