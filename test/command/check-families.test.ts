import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run.js';
import { fakeContext } from '../helpers/context.js';

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
