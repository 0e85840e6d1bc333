import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { neText } from '../../src/i18n/ne.js';
import { pageProgress } from '../../src/ne/progress.js';
import { fakeContext } from '../helpers/context.js';

describe('progress of a long Next Engine fetch', () => {
  it('counts on one stderr line on a terminal, then erases it', () => {
    const ctx = fakeContext({ lang: 'ja', dir: os.tmpdir() });
    ctx.err.isTTY = true;
    const p = pageProgress(ctx, neText.whatGoods());
    p.onPage(10_000);
    p.onPage(20_000);
    p.done();
    expect(ctx.err.text).toBe('\r\u001b[Kネクストエンジンから取得中 (商品): 10,000件\r\u001b[Kネクストエンジンから取得中 (商品): 20,000件\r\u001b[K');
    expect(ctx.out.text).toBe('');
  });

  it('stays silent with --json or when stderr is not a terminal', () => {
    for (const ctx of [fakeContext({ json: true, dir: os.tmpdir() }), fakeContext({ dir: os.tmpdir() })]) {
      if (ctx.json) ctx.err.isTTY = true;
      const p = pageProgress(ctx, neText.whatStock());
      p.onPage(10_000);
      p.done();
      expect(ctx.err.text).toBe('');
    }
  });
});
