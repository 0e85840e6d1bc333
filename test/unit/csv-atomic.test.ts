import { describe, expect, it } from 'vitest';
import { renameWithRetry, tempPathFor } from '../../src/csv/atomic.js';

function failing(codes: string[]) {
  const calls: string[] = [];
  const fn = async (from: string, to: string) => {
    calls.push(`${from}->${to}`);
    const code = codes.shift();
    if (code) throw Object.assign(new Error(code), { code });
  };
  return { fn, calls };
}

describe('renameWithRetry', () => {
  it('retries while Windows reports the file busy (EPERM, EBUSY, EACCES), then succeeds', async () => {
    const r = failing(['EPERM', 'EBUSY', 'EACCES']);
    await renameWithRetry('a.tmp', 'a.csv', 8, r.fn);
    expect(r.calls).toHaveLength(4);
  });

  it('gives up after the last attempt, and at once on other errors', async () => {
    const busy = failing(['EBUSY', 'EBUSY', 'EBUSY']);
    await expect(renameWithRetry('a.tmp', 'a.csv', 3, busy.fn)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(busy.calls).toHaveLength(3);
    const gone = failing(['ENOENT']);
    await expect(renameWithRetry('a.tmp', 'a.csv', 8, gone.fn)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(gone.calls).toHaveLength(1);
  });
});

describe('tempPathFor', () => {
  it('is a hidden .tmp file beside the target, unique per call', () => {
    const a = tempPathFor('/x/out/ne-tags.csv');
    expect(a).toMatch(new RegExp(`^/x/out/\\.ne-tags\\.csv\\.${process.pid}\\.[0-9a-f]{4}\\.[0-9a-f]{8}\\.tmp$`));
    expect(tempPathFor('/x/out/ne-tags.csv')).not.toBe(a);
  });
});
