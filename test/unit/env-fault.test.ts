import { describe, expect, it } from 'vitest';
import { envFault, faultKind, fsError, unclaimedFault } from '../../src/env-fault.js';
import { EXIT } from '../../src/errors.js';
import { handleFailure } from '../../src/failure.js';
import { envText } from '../../src/i18n/env.js';
import { capture, fakeContext } from '../helpers/context.js';

function sysError(code: string, extra: Record<string, string> = {}): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, open '/x'`), { code, ...extra });
}

const CODES = ['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EMFILE'];

describe('environment faults', () => {
  it.each(CODES)('%s is an operator fault: exit 2, said in words in both languages, with what to do', (code) => {
    const e = envFault(sysError(code), envText.folderUnusable, { dir: '/店' })!;
    expect(e.exitCode).toBe(EXIT.usage);
    for (const lang of ['ja', 'en'] as const) {
      expect(e.text[lang]).toContain('/店');
      expect(e.text[lang]).not.toMatch(/E[A-Z]{3,}|\{/);
      expect(e.hint![lang]).toBeTruthy();
    }
    // No English in Japanese mode (the file name aside).
    expect(e.text.ja.replace('sc-setup.json', '')).not.toMatch(/[a-z]{3,}/i);
  });

  it('each kind has its own words and its own advice', () => {
    const texts = CODES.map((c) => envFault(sysError(c), envText.fault, {})!);
    expect(new Set(texts.map((t) => t.text.en)).size).toBe(6); // EACCES and EPERM read the same
    expect(texts[0]!.text.en).toContain('the disk is full');
    expect(texts[0]!.hint!.en).toContain('Free some disk space');
    expect(texts[1]!.text.en).toContain('read-only');
  });

  it('EEXIST counts as a file in the way only where mkdir reported it', () => {
    expect(faultKind(sysError('EEXIST'), 'mkdir')).toBe('notFolder');
    expect(faultKind(sysError('EEXIST'))).toBeUndefined();
    expect(faultKind(new Error('plain'))).toBeUndefined();
  });

  it('anything else is not claimed: a caller rethrows it, or says it with the general hint', () => {
    expect(envFault(sysError('EINVAL'), envText.fault, {})).toBeUndefined();
    const missing = fsError(sysError('ENOENT'), envText.pathFault, { path: '/in.csv' }, envText.hintNotFolder());
    expect(missing.text.en).toBe('Cannot use /in.csv: it does not exist.');
  });

  it('a fault no command described still ends as exit 2 naming the path, not as a bug', () => {
    const ctx = fakeContext();
    const code = handleFailure(sysError('ENOSPC', { path: '/shop/out/x.csv' }), ctx, 'en', false, false);
    expect(code).toBe(2);
    expect(ctx.err.text).toContain('Cannot use /shop/out/x.csv: the disk is full.');
    expect(ctx.err.text).not.toContain('bug');
    expect(unclaimedFault(sysError('ENOSPC'))!.text.en).toBe('A file could not be read or written: the disk is full.');
  });

  it('a real bug no longer promises that progress was saved', () => {
    const err = capture();
    const code = handleFailure(new TypeError('x is undefined'), fakeContext({ stderr: err }), 'en', false, false);
    expect(code).toBe(EXIT.bug);
    expect(err.text).not.toContain('Your progress is saved');
  });
});
