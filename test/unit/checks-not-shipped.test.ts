/**
 * Step 9's answer "which goods does the shop ship itself" read back (checks/not-shipped.ts):
 * by codes typed in, a file of codes, or a tag. An answer that is half there must mean
 * "STOCKCREW ships everything" (undefined), never a matcher that takes goods by accident.
 * Written from the survivors of the Stryker run over the file (test/MUTATION.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotShipped } from '../../src/checks/not-shipped.js';
import type { Answers } from '../../src/state/answers.js';
import { tempDir } from '../helpers/context.js';

const load = (answers: Answers) => loadNotShipped(answers, tempDir());

describe('goods the shop ships itself', () => {
  it('by codes typed in: exactly those codes; an answer that is not a list names none', async () => {
    const byList = await load({ 'tags.notShippedBy': 'codes', 'tags.notShippedCodes': ['SELF-1', 'SELF-2'] });
    expect([...byList!.codes]).toEqual(['SELF-1', 'SELF-2']);
    expect([byList!.has('SELF-1', ''), byList!.has('self-1', ''), byList!.has('A', '[自社発送]')]).toEqual([true, false, false]);
    const notAList = await load({ 'tags.notShippedBy': 'codes', 'tags.notShippedCodes': 'SELF-1' } as unknown as Answers);
    expect(notAList!.codes.size).toBe(0);
    expect(notAList!.has('SELF-1', '')).toBe(false);
  });

  it('by a file of codes: the codes it lists (not its heading), named by the file; no file answered means none', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'jisha.csv');
    fs.writeFileSync(file, '商品コード\r\nSELF-1\r\n');
    const s = await loadNotShipped({ 'tags.notShippedBy': 'file', 'files.notShipped': file }, dir);
    expect([...s!.codes]).toEqual(['SELF-1']);
    expect(s!.source.en).toBe('jisha.csv');
    expect(await load({ 'tags.notShippedBy': 'file' })).toBeUndefined();
    expect(await load({ 'tags.notShippedBy': 'file', 'files.notShipped': '' })).toBeUndefined();
  });

  it('by a tag: goods whose tag field carries it; a blank or missing tag means none', async () => {
    const s = await load({ 'tags.notShippedBy': 'tag', 'tags.notShippedTag': '[自社発送]' });
    expect([s!.has('A', '[セール対象][自社発送]'), s!.has('A', '[セール対象]')]).toEqual([true, false]);
    expect(s!.codes.size).toBe(0);
    expect(await load({ 'tags.notShippedBy': 'tag' })).toBeUndefined();
    expect(await load({ 'tags.notShippedBy': 'tag', 'tags.notShippedTag': '' })).toBeUndefined();
  });

  it('is nothing when STOCKCREW ships every product, though a tag or codes were typed before', async () => {
    expect(await load({ 'tags.notShippedBy': 'none', 'tags.notShippedTag': '[自社発送]', 'tags.notShippedCodes': ['SELF-1'] })).toBeUndefined();
    expect(await load({ 'tags.notShippedTag': '[自社発送]' })).toBeUndefined();
  });
});
