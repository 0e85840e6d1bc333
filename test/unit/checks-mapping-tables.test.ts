/**
 * The STOCKCREW method tables step 14's checks read: the shipped ones, and a working folder's
 * own copy (templates/mappings/) that an operator may have cut down to the keys they changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScMethodTables } from '../../src/checks/mapping-tables.js';
import { tempDir } from '../helpers/context.js';

function folderWith(shipping: unknown, payment: unknown = {}): string {
  const dir = tempDir('sc-setup-mapping-tables-');
  fs.mkdirSync(path.join(dir, 'templates', 'mappings'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'templates', 'mappings', 'sc-shipping-methods.json'), JSON.stringify(shipping));
  fs.writeFileSync(path.join(dir, 'templates', 'mappings', 'sc-payment-methods.json'), JSON.stringify(payment));
  return dir;
}

describe('STOCKCREW method tables', () => {
  it('the shipped tables: the three methods STOCKCREW maps by itself, and ヤマト(コレクト)B2v6 for cash on delivery', () => {
    // https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention (DOMAIN.md, step 14)
    const t = loadScMethodTables(tempDir('sc-setup-mapping-tables-'));
    expect([...t.preMapped].sort()).toEqual(['ヤマト(ネコポス)', 'ヤマト(発払い)B2v5', 'ヤマト(発払い)B2v6']);
    expect(t.codShipping).toEqual(['ヤマト(コレクト)B2v6']);
    expect(t.codDefault).toBe('ヤマト(コレクト)B2v6');
  });

  it('a folder copy with its own map only: those names are known, none is pre-mapped, no cash-on-delivery name, the usual collect method named', () => {
    const t = loadScMethodTables(folderWith({ map: { '佐川急便(飛脚宅配便)': '佐川急便' } }, { map: { 代金引換: '代金引換' } }));
    expect([...t.shipping]).toEqual(['佐川急便(飛脚宅配便)']);
    expect([...t.preMapped]).toEqual([]);
    expect(t.codShipping).toEqual([]);
    expect(t.codDefault).toBe('ヤマト(コレクト)B2v6');
    expect(t.payment).toEqual({ 代金引換: '代金引換' });
  });

  it('a folder copy with pre-mapped names and no map; its first cash-on-delivery name is the default when none is named', () => {
    const t = loadScMethodTables(folderWith({ preRegistered: { 'ヤマト(発払い)B2v6': 'ヤマト運輸 ソフト' }, cod: ['佐川急便(代引)', 'ヤマト(コレクト)B2v6'] }));
    expect([...t.shipping]).toEqual(['ヤマト(発払い)B2v6']);
    expect([...t.preMapped]).toEqual(['ヤマト(発払い)B2v6']);
    expect(t.codShipping).toEqual(['佐川急便(代引)', 'ヤマト(コレクト)B2v6']);
    expect(t.codDefault).toBe('佐川急便(代引)');
    expect(t.payment).toEqual({});
  });

  it('a named default wins over the first cash-on-delivery name', () => {
    const t = loadScMethodTables(folderWith({ cod: ['A'], codDefault: 'B' }));
    expect(t.codDefault).toBe('B');
  });
});
