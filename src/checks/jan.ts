/**
 * JAN: 13 digits whose last digit is the EAN-13 check digit. Blank is fine: STOCKCREW
 * then issues a 13-digit 物流ID (knowledge.stockcrew.co.jp article-jancode). Warnings,
 * not errors: a wrong JAN does not stop shipping, it only makes scanning fail.
 */
import { checkText as m } from '../i18n/checks.js';
import { lazy } from './lazy-text.js';
import { finding, type Emit, type FamilyChecker } from './family.js';

/** The check digit the first 12 digits call for. */
export function janCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function createJan(emit: Emit): FamilyChecker {
  return {
    family: 'jan',
    record(file, rec) {
      if (file.input !== 'neGoods' && file.input !== 'yahooData') return;
      const jan = (rec.values.jan ?? '').trim();
      if (jan === '') return;
      const code = (rec.values.code ?? '').trim() || null;
      if (!/^\d{13}$/.test(jan)) {
        emit(finding('jan.length', 'warning', file.shown, rec.line, code, lazy(m.janLength, { jan })));
        return;
      }
      const expected = janCheckDigit(jan);
      if (Number(jan[12]) !== expected) {
        emit(finding('jan.check-digit', 'warning', file.shown, rec.line, code, lazy(m.janCheckDigit, { jan, expected })));
      }
    },
  };
}
