/**
 * The names of temporary files: the host tag (so that a run never removes another host's
 * file in a shared folder) and the random tag (so that two calls never share a name).
 * node:os is replaced so that the host name is known.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const host = vi.hoisted(() => ({ name: 'a' }));
vi.mock('node:os', async (real) => ({ ...(await real<typeof import('node:os')>()), hostname: () => host.name }));

/** atomic.ts as a fresh module: its tags are made when it loads, its counter starts at 0. */
async function fresh() {
  vi.resetModules();
  return import('../../src/csv/atomic.js');
}

afterEach(() => vi.restoreAllMocks());

describe('the host tag', () => {
  it('is the low 16 bits of the FNV-1a hash of the host name, as four hex digits', async () => {
    // FNV-1a 32-bit of "a" is 0xe40c292c, of "foobar" 0xbf9cf968 (the published test vectors).
    host.name = 'a';
    expect((await fresh()).HOST_TAG).toBe('292c');
    host.name = 'foobar';
    expect((await fresh()).HOST_TAG).toBe('f968');
  });

  it('keeps its leading zeros', async () => {
    // A name whose tag is below 0x1000, found by the same hash.
    const fnv = (s: string) => {
      let h = 0x811c9dc5;
      for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
      return (h >>> 0) & 0xffff;
    };
    let k = 0;
    while (fnv(`host${k}`) >= 0x1000) k++;
    host.name = `host${k}`;
    const tag = (await fresh()).HOST_TAG;
    expect(tag).toHaveLength(4);
    expect(parseInt(tag, 16)).toBe(fnv(`host${k}`));
  });
});

describe('the random tag of a temporary file', () => {
  const tagOf = (path: string) => /\.([0-9a-f]{8})\.tmp$/.exec(path)?.[1];

  it('differs between calls even when the random source repeats itself', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { tempPathFor } = await fresh();
    const tags = new Set(Array.from({ length: 1000 }, () => tagOf(tempPathFor('/x/a.csv'))));
    expect(tags.has(undefined)).toBe(false);
    expect(tags.size).toBe(1000);
  });

  it('is eight hex digits, leading zeros kept', async () => {
    // The first call mixes the counter 1 as 0x9e3779b1: a random value equal to it XOR 5 gives 5.
    vi.spyOn(Math, 'random').mockReturnValue(((0x9e3779b1 ^ 5) >>> 0) / 0x1_0000_0000);
    const { tempPathFor } = await fresh();
    expect(tagOf(tempPathFor('/x/a.csv'))).toBe('00000005');
  });
});
