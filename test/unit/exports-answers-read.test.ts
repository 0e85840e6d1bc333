/**
 * How export modules read answers (answers-read.ts, ne-goods' supplier code): a missing key
 * is collected so that every missing one is named at once, a value of the wrong shape is
 * refused by name, and a list given as text (a hand-edited answers file) is split.
 */
import { describe, expect, it } from 'vitest';
import { userError } from '../helpers/errors.js';
import { AnswerReader } from '../../src/exports/answers-read.js';
import { DEFAULT_SUPPLIER, supplierCode } from '../../src/exports/ne-goods.js';
import type { Text } from '../../src/i18n/text.js';
import type { Answers } from '../../src/state/answers.js';

/** Answers as a hand-edited file may hold them (shapes the schema would refuse). */
const raw = (a: Record<string, unknown>): Answers => a as Answers;

describe('AnswerReader', () => {
  it('names every missing key at once, with the artifact and the step to answer them at', async () => {
    const a = new AnswerReader({ 'ne.shippingMethods': ['ヤマト運輸'] });
    expect(a.list('ne.shippingMethods')).toEqual(['ヤマト運輸']);
    expect(a.list('ne.paymentMethods')).toEqual([]);
    expect(a.flag('sc.codUsed')).toBe(false);
    expect(a.pairs('sc.shippingValues')).toEqual({});
    expect(a.missing).toEqual(['ne.paymentMethods', 'sc.codUsed']);
    const e = await userError(() => a.done('sc-shipping-methods', 14));
    expect(e.text.en).toBe('"sc-shipping-methods" needs answers that are missing: ne.paymentMethods, sc.codUsed');
    expect(e.hint?.en).toContain('14');
    expect(() => new AnswerReader({}).done('x', 1)).not.toThrow();
  });

  it('splits a list given as text at line breaks and commas, dropping blank entries', () => {
    const a = new AnswerReader({ k: 'ヤマト運輸\n佐川急便,,  ,\n' });
    expect(a.list('k')).toEqual(['ヤマト運輸', '佐川急便']);
    expect(a.missing).toEqual([]);
  });

  it('refuses values of the wrong shape by key and expected shape', async () => {
    const a = new AnswerReader(raw({ l: 3, f: 'yes', p: ['a'], q: 'x' }));
    expect((await userError(() => a.list('l'))).text.en).toBe('Answer l has the wrong shape (string[] expected)');
    expect((await userError(() => a.flag('f'))).text.en).toBe('Answer f has the wrong shape (true / false expected)');
    expect((await userError(() => a.pairs('p'))).text.en).toBe('Answer p has the wrong shape ({ name: value } expected)');
    expect((await userError(() => a.pairs('q'))).text.en).toBe('Answer q has the wrong shape ({ name: value } expected)');
    expect(new AnswerReader({ t: true }).flag('t')).toBe(true);
    expect(new AnswerReader({ p: { 代引き: 'COD' } }).pairs('p')).toEqual({ 代引き: 'COD' });
  });
});

describe('ne-goods: the supplier code (sire_code)', () => {
  it('uses 0001 and says so when there is no answer (or a blank one)', () => {
    for (const answers of [raw({}), raw({ 'ne.supplierCode': '' })]) {
      const warnings: Text[] = [];
      expect(supplierCode(answers, warnings)).toBe(DEFAULT_SUPPLIER);
      expect(warnings.map((w) => w.en)).toEqual([
        'No answer ne.supplierCode, so supplier code (sire_code) 0001 was used; make sure 0001 exists in the Next Engine supplier master',
      ]);
    }
  });

  it('takes four half-width digits and refuses anything else, naming the value', async () => {
    const warnings: Text[] = [];
    expect(supplierCode({ 'ne.supplierCode': '0042' }, warnings)).toBe('0042');
    expect(warnings).toEqual([]);
    for (const bad of ['42', '00042', 'A042', '０００１', '0001 ', ' 0001', 42]) {
      const e = await userError(() => supplierCode(raw({ 'ne.supplierCode': bad }), []));
      expect(e.text.en).toBe(`Answer ne.supplierCode "${String(bad)}" is not 4 half-width digits`);
    }
  });
});
