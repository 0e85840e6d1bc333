/**
 * Values as an answers file (JSON) delivers them: lists as arrays and maps as objects, not
 * split and trimmed like typed text, and text that may hold a line break. Each rule must
 * still read them the way a person typing them would be read.
 */
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/checklist/questions.js';
import type { Question } from '../../src/checklist/types.js';
import { parseAnswer } from '../../src/checklist/validators.js';
import type { Answers } from '../../src/state/answers.js';

const NOW = new Date(2025, 1, 10, 12, 0, 0);

const parse = (q: Question, raw: unknown, answers: Answers = {}) => parseAnswer(q, raw, { now: NOW, answers });
const value = (q: Question, raw: unknown, answers: Answers = {}) => {
  const r = parse(q, raw, answers);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(raw)} to pass: ${r.message.en}`);
  return r.value;
};
const refusal = (q: Question, raw: unknown, answers: Answers = {}) => {
  const r = parse(q, raw, answers);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to fail, got ${JSON.stringify(r.value)}`);
  return r.message.en;
};

describe('lists from an answers file', () => {
  it('are trimmed, and blank entries dropped, like typed lists', () => {
    expect(value(Q.locations, [' 倉庫A ', '', '倉庫B'])).toEqual(['倉庫A', '倉庫B']);
    expect(value(Q.hardCodes, [' tray-01 ', '', 'vase-01'])).toEqual(['tray-01', 'vase-01']);
    expect(value(Q.autoMailTypes, [' 受注確認メール ', '', '発送連絡'])).toEqual(['受注確認', '発送連絡']);
  });

  it('up to 10 locations (Next Engine has at most 10); an 11th is refused', () => {
    const names = Array.from({ length: 11 }, (_, i) => `倉庫${i + 1}`);
    expect(value(Q.locations, names.slice(0, 10))).toEqual(names.slice(0, 10));
    expect(refusal(Q.locations, names)).toContain('11');
  });

  it('a location name with a line break is refused', () => {
    expect(refusal(Q.locations, ['倉庫\nA'])).toBe(`"${Q.locations.label.en}" must be a single line (it contains a line break).`);
  });

  it('only a whole-word "メール" suffix is dropped from a mail type, and "なし" means none only alone', () => {
    expect(refusal(Q.autoMailTypes, ['メール受注確認'])).toContain('メール受注確認');
    expect(value(Q.autoMailTypes, ['なし'])).toEqual([]);
    expect(refusal(Q.autoMailTypes, ['なし', '受注確認'])).toContain('なし');
  });
});

describe('maps from an answers file', () => {
  const b2 = 'ヤマト(発払い)B2v6';

  it('a blank name on either side is refused as empty', () => {
    for (const map of [{ ' ': b2 }, { 宅配便: ' ' }]) {
      expect(refusal(Q.shippingMap, map)).toBe(`"${Q.shippingMap.label.en}" is empty: please give a value.`);
    }
    expect(refusal(Q.timeSlotMap, { 午前: '' })).toBe(`"${Q.timeSlotMap.label.en}" is empty: please give a value.`);
  });

  it('a name with a line break is refused', () => {
    expect(refusal(Q.shippingMap, { '宅配\n便': b2 })).toBe(`"${Q.shippingMap.label.en}" must be a single line (it contains a line break).`);
    expect(refusal(Q.timeSlotMap, { 午前: '午前\n中' })).toBe(`"${Q.timeSlotMap.label.en}" must be a single line (it contains a line break).`);
  });

  it('a Next Engine name copied with full-width brackets is caught against the shipped default names', () => {
    expect(refusal(Q.shippingMap, { 宅配便: 'ヤマト（発払い）B2v6' })).toBe(
      `"ヤマト（発払い）B2v6" differs from the Next Engine default name "${b2}" in full-width/half-width brackets or letters: copy the name as Next Engine shows it.`,
    );
    expect(refusal(Q.shippingMethods, ['ヤマト（ネコポス）'])).toContain('"ヤマト(ネコポス)"');
  });
});

describe('text', () => {
  it('a shop name must be one line', () => {
    expect(refusal(Q.scShopName, 'Shop\nA')).toBe(`"${Q.scShopName.label.en}" must be a single line (it contains a line break).`);
  });

  it('codes are checked whole, not just at one end', () => {
    expect(refusal(Q.companyCode, 'x100123')).toContain('x100123');
    for (const bad of ['x0001', '00012']) expect(refusal(Q.supplierCode, bad)).toContain(bad);
    // Upper case is only a case slip when every character is allowed; otherwise the account is refused as written.
    for (const bad of ['.Shop', 'Shop.']) expect(refusal(Q.yahooStoreAccount, bad)).not.toContain('did you mean');
  });

  it('a stock location is free when no extra Next Engine locations were named', () => {
    expect(value(Q.stockLocation, '基本拠点', { 'ne.locations': [] })).toBe('基本拠点');
    expect(refusal(Q.stockLocation, '倉庫C', { 'ne.locations': ['倉庫A'] })).toContain('倉庫C');
  });

  it('a confirmation that must be yes names the question', () => {
    expect(refusal(Q.loggedIn, false)).toBe(
      `"${Q.loggedIn.label.en}" must be yes before this step can be done: finish the work in the admin screen first.`,
    );
  });
});

describe('control characters in answers (an answers file or set)', () => {
  it('are refused naming the key and the character; line breaks and tabs are text', async () => {
    const { validateAnswersFile, parseSetFlags } = await import('../../src/checklist/answers.js');
    const { UserError } = await import('../../src/errors.js');
    const thrown = (f: () => unknown): InstanceType<typeof UserError> => {
      try {
        f();
      } catch (e) {
        return e as InstanceType<typeof UserError>;
      }
      throw new Error('not refused');
    };
    const e = thrown(() => validateAnswersFile('a.json', { 'sc.shopName': 'A\u001b[31mRED', 'sc.paymentValues': { クレジットカード: 'x\u0007' } }));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toContain('"sc.shopName" holds a control character (U+001B)');
    expect(e.text.en).toContain('"sc.paymentValues" holds a control character (U+0007)');
    expect(thrown(() => parseSetFlags(['ne.shopName=a\u0000b'], '/')).text.en).toContain('"ne.shopName" holds a control character (U+0000)');
    expect(validateAnswersFile('a.json', { 'mail.signature': '店\n\tTEL' })['mail.signature']).toBe('店\n\tTEL');
  });
});

describe('skip.<n> (a step already set up)', () => {
  it('is refused when the account is said to be new (ne.existingUser false), in the file or the saved answers; without that answer it implies one in use', async () => {
    const { validateAnswersFile, parseSetFlags } = await import('../../src/checklist/answers.js');
    const refusal = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as { text: { en: string } }).text.en;
      }
      return 'accepted';
    };
    expect(refusal(() => validateAnswersFile('a.json', { 'ne.existingUser': false, 'skip.5': true }))).toContain('a.json: skip.5 (step 5 already set up) applies only to an account already in use, not with ne.existingUser false');
    expect(refusal(() => validateAnswersFile('a.json', { 'skip.5': true }))).toBe('accepted');
    expect(refusal(() => validateAnswersFile('a.json', { 'ne.existingUser': true, 'skip.5': true }))).toBe('accepted');
    expect(refusal(() => validateAnswersFile('a.json', { 'ne.existingUser': false, 'skip.5': false }))).toBe('accepted');
    expect(refusal(() => parseSetFlags(['skip.6=true'], '/', new Date(), { 'ne.existingUser': true }))).toBe('accepted');
    expect(refusal(() => parseSetFlags(['skip.6=true'], '/', new Date(), { 'ne.existingUser': false }))).toContain('skip.6');
  });
});
