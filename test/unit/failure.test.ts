import { describe, expect, it } from 'vitest';
import { GateError, InterruptedError, UserError } from '../../src/errors.js';
import { handleFailure } from '../../src/failure.js';
import { fakeContext } from '../helpers/context.js';

describe('exit codes and messages of failures', () => {
  it('a bug: exit 70, a short message saying where to report it, the stack only with --debug', () => {
    const ctx = fakeContext();
    expect(handleFailure(new TypeError('x is undefined'), ctx, 'en', false, false)).toBe(70);
    expect(ctx.err.text).toContain('Internal error (a bug in sc-setup): x is undefined');
    expect(ctx.err.text).toContain('report it');
    expect(ctx.err.text).not.toMatch(/\n\s+at /);
    const dbg = fakeContext({ debug: true });
    handleFailure(new TypeError('x is undefined'), dbg, 'en', false, true);
    expect(dbg.err.text).toMatch(/\n\s+at /);
  });

  it('user, gate and interrupt errors keep their codes and show their hint', () => {
    const ctx = fakeContext({ lang: 'ja' });
    expect(handleFailure(new UserError({ ja: '壊れています', en: 'broken' }, { ja: '直してください', en: 'fix it' }), ctx, 'ja', false, false)).toBe(2);
    expect(ctx.err.text).toBe('エラー: 壊れています\n対処: 直してください\n');
    expect(handleFailure(new GateError({ ja: 'まだです', en: 'not yet' }), ctx, 'ja', false, false)).toBe(1);
    expect(handleFailure(new InterruptedError({ ja: '中断', en: 'stopped' }), ctx, 'ja', false, false)).toBe(130);
  });

  it('--json: one JSON document on stdout describing the error', () => {
    const ctx = fakeContext({ json: true });
    handleFailure(new UserError({ ja: 'x', en: 'bad input' }), ctx, 'en', true, false);
    expect(JSON.parse(ctx.out.text)).toEqual({ ok: false, error: { exitCode: 2, message: 'bad input' } });
  });
});
