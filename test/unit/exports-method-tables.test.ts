/**
 * Steps 14 and 16: the rows for STOCKCREW's 配送方法マスタ and 支払方法マスタ, and when the
 * export must say that a value is not the manual's (the seed's step-16 values are published
 * only as an image, so a value not typed by the operator is an unverified default; the
 * shipping table is sourced from STOCKCREW's page, but a working folder's own copy may not
 * be). Written from the survivors of the export modules' Stryker run (test/MUTATION.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scPaymentMethods } from '../../src/exports/sc-payment-methods.js';
import { scShippingMethods } from '../../src/exports/sc-shipping-methods.js';
import { namesToAdd } from '../../src/exports/shipping-names.js';
import { buildArtifact } from '../helpers/artifact.js';
import { tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

/** A working folder's own copy of a mapping table (templates/ in the folder wins over the shipped one). */
function localTable(dir: string, rel: string, data: unknown): void {
  const file = path.join(dir, 'templates', rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data));
}

describe('export sc-payment-methods (step 16)', () => {
  it('uses the typed values alone, and says nothing of defaults, when every name has one', async () => {
    const out = await buildArtifact(scPaymentMethods, tempDir(), {
      inputs: {},
      answers: { 'ne.paymentMethods': ['クレジットカード', '代金引換'], 'sc.paymentValues': { クレジットカード: '画面の値A', 代金引換: '画面の値B' } },
    });
    expect(out.rows).toEqual([
      ['クレジットカード', '画面の値A'],
      ['代金引換', '画面の値B'],
    ]);
    expect(out.warnings.filter((w) => w.startsWith('No STOCKCREW value was typed'))).toEqual([]);
  });

  it('names exactly the names that fell back to the unverified table', async () => {
    const out = await buildArtifact(scPaymentMethods, tempDir(), {
      inputs: {},
      answers: { 'ne.paymentMethods': ['クレジットカード', '代金引換', 'NP後払い'], 'sc.paymentValues': { クレジットカード: '画面の値A' } },
    });
    expect(out.warnings.filter((w) => w.startsWith('No STOCKCREW value was typed'))).toEqual([
      expect.stringContaining('No STOCKCREW value was typed for 代金引換, NP後払い, so the unverified defaults of mappings/sc-payment-methods.json were used'),
    ]);
  });

  it('says nothing of defaults when the folder’s own table is marked verified', async () => {
    const dir = tempDir();
    localTable(dir, 'mappings/sc-payment-methods.json', { verified: true, map: { 代金引換: '確認済みの値' } });
    const out = await buildArtifact(scPaymentMethods, dir, { inputs: {}, answers: { 'ne.paymentMethods': ['代金引換'] } });
    expect(out.rows).toEqual([['代金引換', '確認済みの値']]);
    expect(out.warnings.filter((w) => w.startsWith('No STOCKCREW value was typed'))).toEqual([]);
  });

  it('names the answer whose name has no value anywhere', async () => {
    const dir = tempDir();
    localTable(dir, 'mappings/sc-payment-methods.json', { verified: true, map: {} });
    const e = await userError(buildArtifact(scPaymentMethods, dir, { inputs: {}, answers: { 'ne.paymentMethods': [' 代金引換'] } }));
    expect(e.text.en).toContain('Answer ne.paymentMethods has spaces around " 代金引換"');
  });

  it('names itself and step 16 when the method list is not answered', async () => {
    const e = await userError(buildArtifact(scPaymentMethods, tempDir(), { inputs: {}, answers: {} }));
    expect(e.text.en).toBe('"sc-payment-methods" needs answers that are missing: ne.paymentMethods');
  });
});

describe('export sc-shipping-methods (step 14)', () => {
  const answers = { 'ne.shippingMethods': ['ゆうパケット'], 'sc.codUsed': false, 'sc.fromYamatoFF': false, 'sc.shippingValues': { ゆうパケット: 'ゆうパケット' } };

  it('with the shipped (sourced) table, says nothing of unverified values', async () => {
    const out = await buildArtifact(scShippingMethods, tempDir(), { inputs: {}, answers });
    expect(out.rows).toEqual([['ゆうパケット', 'ゆうパケット']]);
    expect(out.warnings.filter((w) => w.includes('not confirmed'))).toEqual([]);
  });

  it('warns when the folder’s own table is not marked verified', async () => {
    const dir = tempDir();
    localTable(dir, 'mappings/sc-shipping-methods.json', { preRegistered: {}, cod: [], codDefault: 'ヤマト(コレクト)B2v6', map: {} });
    const out = await buildArtifact(scShippingMethods, dir, { inputs: {}, answers });
    expect(out.warnings).toContain(
      'The STOCKCREW values (mappings/sc-shipping-methods.json) are not confirmed by public documents; compare them with the STOCKCREW admin before registering',
    );
  });

  it('names itself and step 14 when its answers are missing', async () => {
    const e = await userError(buildArtifact(scShippingMethods, tempDir(), { inputs: {}, answers: {} }));
    expect(e.text.en).toMatch(/^"sc-shipping-methods" needs answers that are missing: /);
    expect(e.hint?.en).toContain('14');
  });
});

describe('shipping names to add (namesToAdd)', () => {
  const table = { preRegistered: { 'ヤマト(発払い)B2v6': 'ヤマト運輸 ソフト' }, cod: ['ヤマト(コレクト)B2v6', 'ヤマト(コレクト)B2v5'], codDefault: 'ヤマト(コレクト)B2v6', map: {} };

  it('adds the default collect method for cash on delivery only when no collect method is in use', () => {
    expect(namesToAdd({ inUse: ['ヤマト(コレクト)B2v5', 'ゆうパック'], codUsed: true }, table)).toEqual(['ヤマト(コレクト)B2v5', 'ゆうパック']);
    expect(namesToAdd({ inUse: ['ゆうパック', 'ヤマト(発払い)B2v6'], codUsed: true }, table)).toEqual(['ゆうパック', 'ヤマト(コレクト)B2v6']);
    expect(namesToAdd({ inUse: ['ゆうパック', 'ゆうパック'], codUsed: false }, table)).toEqual(['ゆうパック']);
  });
});
