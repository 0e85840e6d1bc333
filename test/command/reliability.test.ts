/**
 * Issue 9, the attacks that found the reader and writer wanting, each reproduced through
 * the commands: the encoding guessed from a sample (mojibake tags, exit 0), check passing
 * what exports refuse, row errors naming the output's row instead of the input's line,
 * echoed text without limit, `--out some/dir/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/commands/check.js';
import { runExportCommand } from '../../src/commands/export.js';
import { runVerifyCommand } from '../../src/commands/verify.js';
import { decodeCp932, encodeCp932 } from '../../src/csv/cp932.js';
import { exitOf } from '../helpers/commands.js';
import { fakeContext, tempDir } from '../helpers/context.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Buffer>) {
  const dir = tempDir('sc-reliability-');
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const ctx = fakeContext({ dir });
  return { dir, ctx, at: (name: string) => path.join(dir, name) };
}

describe('encoding decided from evidence over the whole file (item 1)', () => {
  // UTF-8 without BOM: the first names (α, Ω, a zero-width space) are also valid CP932,
  // the existing tags further down are Japanese.
  const goods = ['syohin_code,syohin_name,tag', 'A-1,Ω α\u200b-1,', ...Array.from({ length: 30_000 }, (_, i) => `P-${i},caf\u00e9 ${i},`), 'Z-1,x,[セール対象]'].join('\r\n') + '\r\n';

  it('export ne-tags keeps the existing tags, not their mojibake', async () => {
    const { ctx, at } = workspace({ 'goods.csv': goods });
    expect(await exitOf(ctx, () => runExportCommand(ctx, 'ne-tags', { neGoods: at('goods.csv'), out: at('tags.csv') }))).toBe(0);
    const bytes = fs.readFileSync(at('tags.csv'));
    const text = decodeCp932(bytes, 0, bytes.length);
    expect(text.split('\r\n').at(-2)).toBe('Z-1,[セール対象][STOCKCREW連携対象]');
    expect(text).not.toContain('繧');
  });

  it('a file readable both ways to its end stops every command with exit 2, naming the flag of that command', async () => {
    const ambiguous = 'syohin_code,syohin_name,tag,在庫数\r\nA-1,caf\u00e9,,1\r\n'.replace('在庫数', 'zaiko_su');
    const { ctx, at } = workspace({ 'goods.csv': ambiguous, 'ne.csv': ambiguous });
    expect(await exitOf(ctx, () => runExportCommand(ctx, 'ne-tags', { neGoods: at('goods.csv'), out: at('t.csv') }))).toBe(2);
    expect(ctx.err.text).toContain(`Cannot tell the encoding of ${at('goods.csv')}`);
    expect(ctx.err.text).toContain('--input-encoding utf8 or --input-encoding cp932');
    expect(fs.existsSync(at('t.csv'))).toBe(false);

    const check = fakeContext({ dir: ctx.dir });
    expect(await exitOf(check, () => runCheckCommand(check, { neGoods: at('goods.csv') }))).toBe(2);
    expect(check.err.text).toContain('--encoding utf8 or --encoding cp932');
    const verify = fakeContext({ dir: ctx.dir });
    expect(await exitOf(verify, () => runVerifyCommand(verify, 'stock', { scStock: at('ne.csv'), neStock: at('ne.csv') }))).toBe(2);
    expect(verify.err.text).toContain('--encoding utf8');

    // Named, it is read as named.
    const named = fakeContext({ dir: ctx.dir, json: true });
    expect(await exitOf(named, () => runCheckCommand(named, { neGoods: at('goods.csv'), encoding: 'utf8' }))).toBe(0);
    expect(await exitOf(named, () => runExportCommand(named, 'sc-goods', { neGoods: at('goods.csv'), out: at('g.csv'), inputEncoding: 'cp932' }))).toBe(0);
    const bad = fakeContext({ dir: ctx.dir });
    expect(await exitOf(bad, () => runCheckCommand(bad, { neGoods: at('goods.csv'), inputEncoding: 'latin1' }))).toBe(2);
  });
});

describe('check refuses what the exports refuse (item 9)', () => {
  it('a row with a field too many: exit 2 in check and in the export, with file, line and both counts', async () => {
    const { ctx, at } = workspace({ 'goods.csv': 'syohin_code,syohin_name,tag\r\nA-1,マグ,[x]\r\nA-2,マグ, 白,[x]\r\n' });
    expect(await exitOf(ctx, () => runCheckCommand(ctx, { neGoods: at('goods.csv') }))).toBe(2);
    expect(ctx.err.text).toContain(`${at('goods.csv')}:3: this row has 4 fields, the header 3 columns`);
    const exp = fakeContext({ dir: ctx.dir });
    expect(await exitOf(exp, () => runExportCommand(exp, 'ne-tags', { neGoods: at('goods.csv') }))).toBe(2);
    expect(exp.err.text).toContain(`${at('goods.csv')}:3: this row has 4 fields`);
  });

  it('a header naming a needed column twice: exit 2 naming both positions', async () => {
    const { ctx, at } = workspace({ 'goods.csv': 'syohin_code,tag,syohin_code\r\nA-1,[x],B-1\r\n' });
    expect(await exitOf(ctx, () => runCheckCommand(ctx, { neGoods: at('goods.csv') }))).toBe(2);
    expect(ctx.err.text).toContain('the header "syohin_code" names two columns, 1 and 3');
    const exp = fakeContext({ dir: ctx.dir, lang: 'ja' });
    expect(await exitOf(exp, () => runExportCommand(exp, 'sc-goods', { neGoods: at('goods.csv') }))).toBe(2);
    expect(exp.err.text).toContain('見出し「syohin_code」が 1列目と 3列目の2か所にあります');
  });
});

describe('messages (items 5, 10)', () => {
  it('a character the output cannot hold names the INPUT file and line, not the output row', async () => {
    const { ctx, at } = workspace({ 'goods.csv': 'syohin_code,syohin_name,tag\r\nA-1,マグ,[STOCKCREW連携対象]\r\nA-2,マグ😀,[STOCKCREW連携対象]\r\n' });
    expect(await exitOf(ctx, () => runExportCommand(ctx, 'sc-goods', { neGoods: at('goods.csv'), out: at('sc.csv') }))).toBe(2);
    expect(ctx.err.text).toContain(`${at('goods.csv')}:3: output column "商品名"`);
    expect(ctx.err.text).toContain('U+1F600');
    expect(ctx.err.text).not.toMatch(/Data row/);
    expect(fs.readdirSync(ctx.dir).sort()).toEqual(['goods.csv']);
  });

  it('a control character never reaches an output and is never echoed: refused with file, line and column', async () => {
    const { ctx, at } = workspace({ 'quantity.csv': 'code,sub-code,quantity\r\nA-1,,1\r\nA-2\u0000,,1\r\n' });
    expect(await exitOf(ctx, () => runExportCommand(ctx, 'ne-mall-items', { yahooQuantity: at('quantity.csv'), out: at('mall.csv') }))).toBe(2);
    expect(ctx.err.text).toContain(`${at('quantity.csv')}:3:1: column 1 ("code") holds a control character (U+0000)`);
    expect(ctx.err.text).not.toContain('\u0000');
    expect(fs.readdirSync(ctx.dir)).toEqual(['quantity.csv']);
  });

  it('echoes at most a readable excerpt of what the file holds (a header line of a million characters)', async () => {
    const { ctx, at } = workspace({ 'goods.csv': `${'商'.repeat(1_000_000)},\u0000tag\r\nA,x\r\n` });
    expect(await exitOf(ctx, () => runCheckCommand(ctx, { neGoods: at('goods.csv') }))).toBe(2);
    expect(ctx.err.text.length).toBeLessThan(2_000);
    expect(ctx.err.text).toContain('商商商');
    expect(ctx.err.text).toContain('\\x00tag');
    expect(ctx.err.text).not.toContain('\u0000');
  });

  it('names the input file and line when a row is too wide for a split part', async () => {
    const { ctx, at } = workspace({ 'quantity.csv': encodeCp932(`code,sub-code,quantity\r\nA-1,,1\r\nA-2,${'x'.repeat(2_100_000)},1\r\n`) });
    expect(await exitOf(ctx, () => runExportCommand(ctx, 'ne-mall-items', { yahooQuantity: at('quantity.csv'), out: at('mall.csv') }))).toBe(2);
    expect(ctx.err.text).toContain('more than the split limit of 2000000 bytes');
    expect(fs.readdirSync(ctx.dir)).toEqual(['quantity.csv']);
  });
});

describe('output paths (item 12)', () => {
  it('--out some/dir/ is an error, not a file named dir', async () => {
    const { ctx, at } = workspace({});
    const code = await exitOf(ctx, () => runExportCommand(ctx, 'ne-tags', { neGoods: path.resolve(__dirname, '../../templates/sample/ne-goods.csv'), out: `${at('some')}/` }));
    expect(code).toBe(2);
    expect(ctx.err.text).toContain('names a folder');
    expect(fs.existsSync(at('some'))).toBe(false);
  });
});
