import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLayout, headerKey, layoutRow, templateLayout } from '../../src/exports/layout.js';
import { SC_GOODS_FIELDS } from '../../src/exports/sc-goods.js';
import { SC_ITEM_MAP_FIELDS } from '../../src/exports/sc-item-map.js';
import { exportText as m } from '../../src/i18n/exports.js';
import { ScError } from '../../src/errors.js';
import { tempDir } from '../helpers/context.js';

/** A working folder without templates/ of its own: the shipped data applies. */
const dir = tempDir();

describe('template mapping', () => {
  it('matches headers by name, ignoring width, case, spaces and brackets', () => {
    expect(headerKey('ＪＡＮ コード')).toBe(headerKey('JANコード'));
    expect(headerKey('重量(g)')).toBe('重量g');
  });

  it('fills mapped columns in the template order and reports every unmapped one', () => {
    const { layout, warnings } = templateLayout(['商品名', '品番', '保管温度', 'ＪＡＮコード', '備考'], SC_GOODS_FIELDS, 'tpl.csv', m.whatScGoods(), dir);
    expect(layout.header).toEqual(['商品名', '品番', '保管温度', 'ＪＡＮコード', '備考']);
    expect(layoutRow(layout, { code: 'A-1', name: '髙級タオル', jan: '4901234567894' })).toEqual(['髙級タオル', 'A-1', '', '4901234567894', '']);
    expect(warnings.map((w) => w.en)).toEqual([
      'tpl.csv: template column 3 "保管温度" matches nothing sc-setup knows; it was left empty',
      'tpl.csv: template column 5 "備考" matches nothing sc-setup knows; it was left empty',
    ]);
  });

  it('reads a column marked required or optional as its name: 商品コード（必須）, 色(任意)', () => {
    expect(headerKey('商品コード（必須）')).toBe(headerKey('商品コード'));
    expect(headerKey('色 (任意)')).toBe(headerKey('色'));
    expect(headerKey('JANコード【必須】')).toBe(headerKey('JANコード'));
    // Other words in brackets stay part of the name.
    expect(headerKey('重量(g)')).not.toBe(headerKey('重量'));
  });

  it('refuses a template without a column for a key field (rows keyed by nothing), naming it', () => {
    const e = (() => {
      try {
        templateLayout(['商品名', 'JANコード'], SC_GOODS_FIELDS, 'tpl.csv', m.whatScGoods(), dir, ['code']);
      } catch (err) {
        return err as ScError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(ScError);
    expect(e!.text.en).toBe('tpl.csv: the template headers (商品名, JANコード) have no column for code (商品コード / 品番); without it the rows could not be told apart');
    expect(() => templateLayout(['EC商品コード', '在庫連携をする'], SC_ITEM_MAP_FIELDS, 'map.csv', m.whatScGoods(), dir, ['ecCode', 'scCode'])).toThrow(/no column for scCode/);
    expect(templateLayout(['EC商品コード', 'ロジ商品コード'], SC_ITEM_MAP_FIELDS, 'map.csv', m.whatScGoods(), dir, ['ecCode', 'scCode']).layout.columns.map((c) => c.field)).toEqual(['ecCode', 'scCode']);
  });

  it('says when two template columns read as one field (both get its value)', () => {
    const { layout, warnings } = templateLayout(['商品コード', '商品名', '品番'], SC_GOODS_FIELDS, 'tpl.csv', m.whatScGoods(), dir, ['code']);
    expect(layoutRow(layout, { code: 'A-1', name: 'N' })).toEqual(['A-1', 'N', 'A-1']);
    expect(warnings.map((w) => w.en)).toEqual(['tpl.csv: template columns 1, 3 all read as "code"; each got the same value']);
  });

  it('refuses a template in which nothing maps', () => {
    expect(() => templateLayout(['受注番号', '金額'], SC_GOODS_FIELDS, 'tpl.csv', m.whatScGoods(), dir)).toThrow(ScError);
  });

  it('uses the shipped default and warns that it is unverified (pins data: its first column)', () => {
    const { layout, warnings } = defaultLayout('sc-goods', SC_GOODS_FIELDS, m.whatScGoods(), dir);
    expect(layout.header[0]).toBe('商品コード');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.ja).toContain('未確認');
  });
});

describe('a working-folder layout file', () => {
  it('naming a field sc-setup does not know is refused in the operator’s language, naming the file, the field and the known ones', () => {
    const own = tempDir();
    fs.mkdirSync(path.join(own, 'templates', 'stockcrew'), { recursive: true });
    fs.writeFileSync(
      path.join(own, 'templates', 'stockcrew', 'sc-goods.layout.json'),
      JSON.stringify({ verified: false, columns: [{ header: '商品コード', field: 'code' }, { header: '保管温度', field: 'temperature' }] }),
    );
    let err: unknown;
    try {
      defaultLayout('sc-goods', SC_GOODS_FIELDS, m.whatScGoods(), own);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScError);
    const text = (err as ScError).text;
    expect(text.ja).toContain('sc-goods.layout.json');
    expect(text.ja).toContain('知らない項目「temperature」');
    expect(text.ja).not.toMatch(/unknown|known:/);
    expect(text.en).toContain('"temperature"');
    expect(text.en).toContain('code');
  });
});
