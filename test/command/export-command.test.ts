/** `sc-setup export` as the operator meets it: refusals, --force, --dry-run, --json, inputs. */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { ScError } from '../../src/errors.js';
import { decodeCp932 } from '../../src/csv/cp932.js';
import { fakeContext, tempDir } from '../helpers/context.js';

const SAMPLE = path.resolve(__dirname, '../../templates/sample');
const goods = path.join(SAMPLE, 'ne-goods.csv');

async function failure(p: Promise<unknown>): Promise<ScError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ScError);
  return err as ScError;
}

describe('export command', () => {
  it('writes <dir>/out/<artifact>.csv by default and prints the CLI.md JSON document', async () => {
    const ctx = fakeContext({ json: true });
    expect(await runExportCommand(ctx, 'sc-item-map', { neGoods: goods })).toBe(0);
    const out = path.join(ctx.dir, 'out', 'sc-item-map.csv');
    const bytes = fs.readFileSync(out);
    const doc = JSON.parse(ctx.out.text);
    expect(Object.keys(doc)).toEqual(['artifact', 'dryRun', 'files', 'warnings']);
    expect(doc.dryRun).toBe(false);
    expect(doc.artifact).toBe('sc-item-map');
    expect(doc.files).toEqual([
      { path: out, rows: 8, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), encoding: 'cp932' },
    ]);
    expect(doc.warnings).toHaveLength(1);
    expect(ctx.err.text).toContain('STOCKCREW admin, item map (step 21)');
  });

  it('refuses --out - (standard output) with exit 2 instead of writing a file named "-"', async () => {
    const ctx = fakeContext({ lang: 'en' });
    const err = await failure(runExportCommand(ctx, 'sc-item-map', { neGoods: goods, out: '-' }));
    expect(err.exitCode).toBe(2);
    expect(err.text.en).toContain('--out - (standard output) is not supported');
    expect(fs.existsSync(path.join(process.cwd(), '-'))).toBe(false);
    expect(fs.existsSync(path.join(ctx.dir, '-'))).toBe(false);
  });

  it('refuses to replace an existing output (exit 2) and leaves it untouched; --force replaces it', async () => {
    const ctx = fakeContext();
    const out = path.join(ctx.dir, 'mine.csv');
    fs.writeFileSync(out, 'keep me');
    const err = await failure(runExportCommand(ctx, 'ne-tags', { neGoods: goods, out }));
    expect(err.exitCode).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect(fs.readdirSync(ctx.dir)).toEqual(['mine.csv']);

    expect(await runExportCommand(ctx, 'ne-tags', { neGoods: goods, out, force: true })).toBe(0);
    expect(decodeCp932(fs.readFileSync(out), 0, 16)).toBe('syohin_code,tag\r');
  });

  it('--dry-run reports the rows, bytes and hash the real run writes, and writes nothing', async () => {
    const ctx = fakeContext({ json: true, lang: 'ja' });
    expect(await runExportCommand(ctx, 'ne-tags', { neGoods: goods, dryRun: true })).toBe(0);
    expect(fs.existsSync(path.join(ctx.dir, 'out'))).toBe(false);
    expect(fs.readdirSync(ctx.dir)).toEqual([]);
    const dry = JSON.parse(ctx.out.text).files[0];
    expect(ctx.err.text).toContain('--dry-run のため書き込んでいません');

    const real = fakeContext({ json: true });
    expect(await runExportCommand(real, 'ne-tags', { neGoods: goods })).toBe(0);
    const written = fs.readFileSync(path.join(real.dir, 'out', 'ne-tags.csv'));
    expect(dry).toEqual({
      path: path.join(ctx.dir, 'out', 'ne-tags.csv'),
      rows: 10,
      bytes: written.length,
      sha256: createHash('sha256').update(written).digest('hex'),
      encoding: 'cp932',
    });
    expect(JSON.parse(ctx.out.text).dryRun).toBe(true);
  });

  it('--dry-run never refuses because the output exists, and leaves it as it was', async () => {
    const ctx = fakeContext({ json: true });
    const out = path.join(ctx.dir, 'mine.csv');
    fs.writeFileSync(out, 'keep me');
    expect(await runExportCommand(ctx, 'ne-tags', { neGoods: goods, out, dryRun: true })).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect(JSON.parse(ctx.out.text)).toMatchObject({ artifact: 'ne-tags', dryRun: true, files: [{ path: out, rows: 10 }] });
  });

  it('lists every missing input at once', async () => {
    const err = await failure(runExportCommand(fakeContext(), 'ne-goods', {}));
    expect(err.exitCode).toBe(2);
    expect(err.text.en).toContain('--yahoo-quantity, --yahoo-data');
  });

  it('lists a missing input and a missing --before together', async () => {
    const err = await failure(runExportCommand(fakeContext(), 'cancel-list', {}));
    expect(err.text.en).toBe('"cancel-list" needs: --ne-orders, --before <YYYY-MM-DD>');
  });

  it('takes input files saved in the answers when no flag is given', async () => {
    const dir = tempDir();
    const answersFile = path.join(dir, 'answers.json');
    fs.writeFileSync(answersFile, JSON.stringify({ 'files.neGoods': goods }));
    const ctx = fakeContext({ dir, answersFile });
    expect(await runExportCommand(ctx, 'sc-item-map', {})).toBe(0);
    const flagged = fakeContext();
    expect(await runExportCommand(flagged, 'sc-item-map', { neGoods: goods })).toBe(0);
    const fromAnswers = fs.readFileSync(path.join(dir, 'out', 'sc-item-map.csv'));
    expect(fromAnswers.equals(fs.readFileSync(path.join(flagged.dir, 'out', 'sc-item-map.csv')))).toBe(true);
    expect(decodeCp932(fromAnswers, 0, fromAnswers.length).split('\r\n')[1]).toBe('mug-001,mug-001');
  });

  it('rejects an unknown artifact and an unknown encoding', async () => {
    expect((await failure(runExportCommand(fakeContext(), 'ne-stock', {}))).text.en).toContain('No artifact "ne-stock"');
    expect((await failure(runExportCommand(fakeContext(), 'ne-tags', { neGoods: goods, encoding: 'sjis' }))).text.en).toContain('--encoding');
  });

  it('refuses an option that does not apply to the artifact instead of ignoring it', async () => {
    const err = await failure(runExportCommand(fakeContext(), 'sc-goods', { neGoods: goods, hard: 'hard.txt' }));
    expect(err.exitCode).toBe(2);
    expect(err.text.en).toBe('--hard applies to ne-tags only, not to "sc-goods"');
  });

  it('cancel-list needs a real --before date', async () => {
    const orders = path.join(SAMPLE, 'ne-orders.csv');
    expect((await failure(runExportCommand(fakeContext(), 'cancel-list', { neOrders: orders }))).text.en).toContain('--before');
    expect((await failure(runExportCommand(fakeContext(), 'cancel-list', { neOrders: orders, before: '2026-02-30' }))).exitCode).toBe(2);
  });

  it('a UTF-8 (with BOM) input gives the same output as the CP932 one', async () => {
    const dir = tempDir();
    const utf8 = path.join(dir, 'ne-goods-utf8.csv');
    const raw = fs.readFileSync(goods);
    fs.writeFileSync(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decodeCp932(raw, 0, raw.length), 'utf8')]));
    const a = fakeContext({ json: true });
    const b = fakeContext({ json: true });
    await runExportCommand(a, 'ne-tags', { neGoods: goods });
    await runExportCommand(b, 'ne-tags', { neGoods: utf8 });
    expect(JSON.parse(a.out.text).files[0].sha256).toBe(JSON.parse(b.out.text).files[0].sha256);
  });

  // The sample orders are in Next Engine's own wording: 「有効な受注です。」, 出荷確定済（完了） and
  // 出荷確定済(完了), 取りやめ, one slip (1006) with a single line cancelled by its キャンセル区分.
  it('cancel-list on an order file in NE wording lists the open slips, once each, and not a slip with one cancelled line', async () => {
    const ctx = fakeContext({ json: true });
    expect(await runExportCommand(ctx, 'cancel-list', { neOrders: path.join(SAMPLE, 'ne-orders.csv'), before: '2026-11-01' })).toBe(0);
    expect(JSON.parse(ctx.out.text).files[0].rows).toBe(2);
  });

  it('cancel-list refuses an order file without the slip cancel column (the line キャンセル区分 is not it)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'orders.csv');
    fs.writeFileSync(file, '伝票番号,受注日,受注状態,キャンセル区分\r\n1,2026/10/01,納品書印刷待ち,キャンセル\r\n');
    const err = await failure(runExportCommand(fakeContext(), 'cancel-list', { neOrders: file, before: '2026-11-01' }));
    expect(err.exitCode).toBe(2);
    expect(err.text.ja).toContain('受注キャンセルの列がありません');
  });

  it('--encoding utf8 writes UTF-8 with CRLF', async () => {
    const ctx = fakeContext();
    await runExportCommand(ctx, 'cancel-list', { neOrders: path.join(SAMPLE, 'ne-orders.csv'), before: '2026-11-01', encoding: 'utf8' });
    expect(fs.readFileSync(path.join(ctx.dir, 'out', 'cancel-list.csv'), 'utf8')).toBe(
      '伝票番号,受注日,受注状態\r\n1004,2026/10/20 13:22:09,納品書印刷待ち\r\n1006,2026/10/30 23:11:47,受注メール取込済\r\n',
    );
  });

  it('sc-shipping-methods names every missing answer', async () => {
    const err = await failure(runExportCommand(fakeContext(), 'sc-shipping-methods', {}));
    expect(err.text.en).toContain('ne.shippingMethods, sc.codUsed, sc.fromYamatoFF');
  });
});
