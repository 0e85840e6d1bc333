import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { csvFile } from '../helpers/csv-file.js';

const FIX = path.resolve(__dirname, '../fixtures/checks');

describe('runChecks for the checklist gates', () => {
  it('runs only the families asked for, and reports the others as neither run nor skipped', async () => {
    const ctx = fakeContext({ dir: FIX });
    const r = await runChecks({ inputs: { neGoods: path.join(FIX, 'goods-problems.csv') }, columns: {}, answers: {}, families: ['tags', 'yahoo-match'] }, ctx);
    expect([...new Set(r.findings.map((f) => f.rule.split('.')[0]))]).toEqual(['tags']);
    expect(r.findings).toHaveLength(4);
    expect(r.skipped).toEqual([{ family: 'yahoo-match', missing: ['yahooQuantity|yahooData'] }]);
  });

  it('treats an unknown family name as a bug, not a user error', async () => {
    await expect(runChecks({ inputs: {}, columns: {}, answers: {}, families: ['tagz'] }, fakeContext({ dir: FIX }))).rejects.toThrow('unknown check family: tagz');
  });
});

describe('check over files reads every column its rules need', () => {
  // The in-memory rule tests cannot see which columns the reader is asked for: this runs the
  // file path end to end, so a column left out of columnsFor would silence its rule here.
  it('JAN, amounts, formula cells and the order rules each find their case in files as Next Engine and Yahoo write them', async () => {
    const dir = tempDir('sc-setup-check-columns-');
    const goods = csvFile(dir, 'ne-goods.csv', [
      'syohin_code,daihyo_syohin_code,syohin_name,jan_code,genka_tnk,baika_tnk,tag',
      'mug-001,,髙橋窯 マグカップ 白,4901234567016,0,1980,[STOCKCREW連携対象]',
      'own-01,,自社発送の箱,4901234567017,0,500,',
    ]);
    const data = csvFile(dir, 'yahoo-data.csv', ['path,name,code,sub-code,price,jan', 'zakka,=マグカップ 白,mug-001,,"1,980",4901234567016']);
    const orders = csvFile(dir, 'ne-orders.csv', [
      '伝票番号,受注番号,受注日,受注状態区分,受注状態,受注キャンセル,発送方法名,支払名,確認チェック,入金状況,明細行番号,キャンセル区分,商品コード,受注数',
      '2001,zakka-20001,2026/11/30 09:00:00,2,起票済(CSV/手入力),有効な受注です。,ヤマト(発払い)B2v6,クレジットカード,確認必要（表示）,入金済み,1,有効,mug-001,1',
      '2002,zakka-20002,2026/11/30 10:00:00,20,納品書印刷待ち,有効な受注です。,ヤマト(発払い)B2v6,クレジットカード,確認必要なし（非表示）,入金済み,1,有効,mug-001,1',
      '2002,zakka-20002,2026/11/30 10:00:00,20,納品書印刷待ち,有効な受注です。,ヤマト(発払い)B2v6,クレジットカード,確認必要なし（非表示）,入金済み,2,有効,own-01,1',
    ]);
    const r = await runChecks(
      { inputs: { neGoods: goods, yahooData: data, neOrders: orders }, columns: {}, answers: {}, families: ['jan', 'number-format', 'formula-cell', 'orders'] },
      fakeContext({ dir }),
    );
    expect(r.skipped).toEqual([]);
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort()).toEqual([
      'formula-cell yahoo-data.csv:2',
      'jan.check-digit ne-goods.csv:3',
      'number-format yahoo-data.csv:2',
      'orders.held ne-orders.csv:2',
      'orders.untagged ne-orders.csv:3',
    ]);
  });
});
