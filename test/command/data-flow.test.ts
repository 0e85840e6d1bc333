/**
 * Each step works on the data as it is at that point: sc-goods and the item map come from
 * the goods file downloaded after the tag upload, and only once that file shows every tag
 * step 9 added. A step whose checks fail is ✘, writes nothing and stays (or becomes) open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/commands/init.js';
import { runStatus } from '../../src/commands/status.js';
import { runStep } from '../../src/commands/step.js';
import { decodeCp932 } from '../../src/csv/cp932.js';
import { continueTyping, exitOf, readState, sampleAnswersFile, sampleDone, SAMPLE, testFolders } from '../helpers/commands.js';
import { fakeContext, scriptedPrompter } from '../helpers/context.js';
import { column, invariantBreaks, readTagFlow } from '../helpers/invariant.js';

const cp932 = (file: string) => {
  const bytes = fs.readFileSync(file);
  return decodeCp932(bytes, 0, bytes.length);
};
const NEWLY_TAGGED = ['tee-01-wh-s', 'tee-01-wh-m', 'tee-01-bk-s', 'tee-01-bk-m', 'candle-01', 'pen-01', 'soap-01', 'bag-01-nt', 'bag-01-nv'];

const folder = testFolders();

describe('the sample shop', () => {
  it('puts every product tagged at step 9 into sc-goods and the item map, and the product the shop ships itself into neither', async () => {
    const dir = folder();
    await sampleDone(dir);
    const flow = await readTagFlow(dir);
    expect(flow.tagged).toHaveLength(17);
    expect(flow.tagged).toEqual(expect.arrayContaining(NEWLY_TAGGED));
    expect(flow.tagged).not.toContain('tray-01');
    expect(invariantBreaks(flow, ['tray-01'])).toEqual([]);
    expect(new Set(flow.scGoods)).toEqual(new Set(flow.tagged));
    expect(new Set(flow.itemMap)).toEqual(new Set(flow.tagged));
    const state = readState(dir);
    expect(state.steps['9'].evidence.tagged).toMatchObject({ codes: 17, added: 9 });
    expect(state.steps['13'].evidence.tagsConfirmed).toMatchObject({ expected: 17, tagged: 17, extra: 0 });
  });

  it('tags exactly what the sample goods file downloaded after the upload shows (tool and sample generator agree)', async () => {
    const dir = folder();
    await sampleDone(dir);
    const before = await column(path.join(SAMPLE, 'ne-goods.csv'), 'tag');
    const codes = await column(path.join(SAMPLE, 'ne-goods.csv'), 'syohin_code');
    const uploaded = new Map(
      cp932(path.join(dir, 'out', 'ne-tags.csv'))
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',') as [string, string]),
    );
    expect([...uploaded.keys()]).toEqual(NEWLY_TAGGED);
    const applied = codes.map((c, i) => uploaded.get(c) ?? before[i]);
    expect(applied).toEqual(await column(path.join(SAMPLE, 'ne-goods-tagged.csv'), 'tag'));
  });
});

describe('step 13 holds the new download against step 9', () => {
  it('refuses the file downloaded before the upload (✘, codes listed, no sc-goods), and continue asks for that file again', async () => {
    const dir = folder();
    const early = path.join(SAMPLE, 'ne-goods.csv');
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neGoodsTagged': early }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(1);
    expect(ctx.err.text).toContain('✘ Check that the tags of step 9 arrived: 9 do not match step 9');
    expect(ctx.err.text).toContain(`9 of the goods tagged [STOCKCREW連携対象] at step 9 lack the tag: ${NEWLY_TAGGED.join(', ')}`);
    expect(ctx.err.text).not.toContain('Write sc-goods');
    expect(fs.existsSync(path.join(dir, 'out', 'sc-goods.csv'))).toBe(false);
    const state = readState(dir);
    expect(state.steps['12'].state).toBe('done');
    expect(state.steps['13']).toBeUndefined();
    expect(state.cursor).toMatchObject({ step: 13, question: 'files.neGoodsTagged' });
    const status = fakeContext({ dir });
    expect(await runStatus(status)).toBe(0);
    expect(status.out.text).toContain('  This file stopped the step: In ');

    const again = await continueTyping(dir, 'files.neGoodsTagged', path.join(SAMPLE, 'ne-goods-tagged.csv'));
    expect(again.code).toBe(0);
    expect(again.prompts).toHaveLength(1);
    expect(again.prompts[0]).toContain('Next Engine goods CSV downloaded again after the tag upload');
    expect(again.err).toContain('Last time this file stopped the step:\nIn ');
    expect(again.err).toContain('lack the tag: tee-01-wh-s');
    expect(invariantBreaks(await readTagFlow(dir), ['tray-01'])).toEqual([]);
    expect(readState(dir).cursor).toBeNull();
  });

  it('step 21 refuses a goods file that lost a tag since step 13, and writes no item map', async () => {
    const dir = folder();
    await sampleDone(dir);
    const lost = path.join(dir, 'goods-lost-tag.csv');
    fs.writeFileSync(lost, fs.readFileSync(path.join(SAMPLE, 'ne-goods-tagged.csv')).toString('latin1').replace('pen-01,,', 'pen-00,,'), 'latin1');
    fs.rmSync(path.join(dir, 'out', 'sc-item-map.csv'));
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '21', redo: true, set: [`files.neGoodsTagged=${lost}`] }))).toBe(1);
    expect(ctx.err.text).toContain('does not list 1 of the goods tagged [STOCKCREW連携対象] at step 9: pen-01');
    expect(ctx.err.text).toContain('1 goods got [STOCKCREW連携対象] after step 9 (e.g. pen-00)');
    expect(fs.existsSync(path.join(dir, 'out', 'sc-item-map.csv'))).toBe(false);
    // Step 21 is open again, so what it gates waits.
    const state = readState(dir);
    expect(state.steps['21']).toBeUndefined();
    const gated = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(gated, () => runStep(gated, { step: '24', redo: true }))).toBe(1);
    expect(gated.err.text).toMatch(/finish step\(s\) 21 first/);
  });
});

describe('step 22 asks for its own fresh Yahoo file', () => {
  it('and checks it against the goods registered and tagged before: a case-only code stops it, and step 23 waits', async () => {
    const dir = folder();
    await sampleDone(dir);
    const ctx = fakeContext({ dir });
    const fresh = path.join(SAMPLE, 'traps', 'yahoo-quantity.csv');
    expect(await exitOf(ctx, () => runStep(ctx, { step: '22', redo: true, set: [`files.yahooQuantitySync=${fresh}`] }))).toBe(1);
    expect(ctx.err.text).toMatch(/✘ Check: yahoo-match: \d+ error\(s\)/);
    expect(ctx.err.text).toContain('Mug-002');
    expect(readState(dir).steps['22']).toBeUndefined();
    // Step 7's file is not the one step 22 asked for: it stays as it was.
    expect(readState(dir).answers['files.yahooQuantity']).toBe(path.join(SAMPLE, 'yahoo-quantity.csv'));
    const next = fakeContext({ dir });
    expect(await exitOf(next, () => runStep(next, { step: '23', redo: true }))).toBe(1);
    expect(next.err.text).toMatch(/finish step\(s\) 22 first/);
  });
});

describe('goods the shop ships itself (step 9)', () => {
  const goods = (rows: string[]) => 'syohin_code,syohin_name,tag\r\n' + rows.join('\r\n') + '\r\n';

  it('named by a tag: left untagged, and a product carrying both tags stops step 9 before any upload file', async () => {
    const dir = folder();
    await sampleDone(dir);
    const file = path.join(dir, 'goods-own.csv');
    fs.writeFileSync(file, goods(['own-1,Own,[自社発送]', 'sc-1,SC,', 'both-1,Both,[自社発送][STOCKCREW連携対象]']));
    fs.rmSync(path.join(dir, 'out', 'ne-tags.csv'));
    const set = [`files.neGoods=${file}`, 'tags.notShippedBy=tag', 'tags.notShippedTag=[自社発送]', 'tags.hardCodes='];
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: true, set }))).toBe(1);
    expect(ctx.err.text).toMatch(/✘ Check: tags, code-format, code-case, duplicates: 1 error\(s\)/);
    expect(ctx.err.text).toContain('"both-1" is named as not shipped by STOCKCREW (tag [自社発送]) but carries [STOCKCREW連携対象]');
    expect(fs.existsSync(path.join(dir, 'out', 'ne-tags.csv'))).toBe(false);

    fs.writeFileSync(file, goods(['own-1,Own,[自社発送]', 'sc-1,SC,']));
    const ok = fakeContext({ dir });
    expect(await exitOf(ok, () => runStep(ok, { step: '9', redo: true, set }))).toBe(0);
    expect(cp932(path.join(dir, 'out', 'ne-tags.csv'))).toBe('syohin_code,tag\r\nsc-1,[STOCKCREW連携対象]\r\n');
    expect(readState(dir).steps['9'].evidence.tagged).toMatchObject({ codes: 1, added: 1 });
  });

  it('named in a file of codes: left untagged, and the hard-packaging list may not name them too', async () => {
    const dir = folder();
    await sampleDone(dir);
    const list = path.join(dir, 'own.txt');
    fs.writeFileSync(list, 'candle-01\r\npen-01\r\n');
    const set = ['tags.notShippedBy=file', `files.notShipped=${list}`];
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: true, set }))).toBe(0);
    const written = cp932(path.join(dir, 'out', 'ne-tags.csv'));
    expect(written).not.toContain('candle-01');
    expect(written).not.toContain('pen-01');
    expect(written).toContain('soap-01,[STOCKCREW連携対象]');

    const both = fakeContext({ dir });
    expect(await exitOf(both, () => runStep(both, { step: '9', redo: true, set: [...set, 'tags.hardCodes=pen-01'] }))).toBe(2);
    expect(both.err.text).toContain('"pen-01" is listed for hard packaging (tags.hardCodes) and also as not shipped by STOCKCREW (own.txt)');
  });

  it('step 20 warns when the shop ships goods itself but step 9 named none, and refuses "no" when step 9 named some', async () => {
    const dir = folder();
    await sampleDone(dir);
    const warned = fakeContext({ dir });
    expect(await exitOf(warned, () => runStep(warned, { step: '20', redo: true, set: ['tags.notShippedBy=none'] }))).toBe(0);
    expect(warned.err.text).toContain('Step 9 named no goods that STOCKCREW does not ship, so every item got [STOCKCREW連携対象]');
    const quiet = fakeContext({ dir });
    expect(await exitOf(quiet, () => runStep(quiet, { step: '20', redo: true }))).toBe(0);
    expect(quiet.err.text).not.toContain('Step 9 named no goods');
    const refused = fakeContext({ dir });
    expect(await exitOf(refused, () => runStep(refused, { step: '20', redo: true, set: ['ne.selfShipping=no'] }))).toBe(2);
    expect(refused.err.text).toContain('Step 9 names goods STOCKCREW does not ship (the shop ships them): the answer is yes.');
  });
});

describe('failures leave the step open', () => {
  it('130,000 findings: step 9 fails with exit 1 (no crash), is reopened, and the previous upload file is left as it was', async () => {
    const dir = folder();
    await sampleDone(dir);
    const previous = fs.readFileSync(path.join(dir, 'out', 'ne-tags.csv'));
    const rows: string[] = [];
    for (let i = 0; i < 130_000; i++) rows.push(`code-${i},［STOCKCREW連携対象］`);
    const file = path.join(dir, 'goods-many.csv');
    fs.writeFileSync(file, 'syohin_code,tag\r\n' + rows.join('\r\n') + '\r\n');
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: true, set: [`files.neGoods=${file}`, 'tags.notShippedBy=none'] }))).toBe(1);
    expect(ctx.err.text).toContain('130000 error(s)');
    expect(ctx.err.text).toContain('The checks of step 9 found 130000 error(s)');
    expect(readState(dir).steps['9']).toBeUndefined();
    expect(fs.readFileSync(path.join(dir, 'out', 'ne-tags.csv'))).toEqual(previous);
  }, 60_000);

  it('an internal error in a redone step (exit 70) reopens it too', async () => {
    const dir = folder();
    await sampleDone(dir);
    // The scripted prompter has no answer for "finished?": it throws a plain Error, as a bug would.
    const ctx = fakeContext({ dir, interactive: true, answersFile: sampleAnswersFile(dir), prompter: scriptedPrompter([]) });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: true }))).toBe(70);
    expect(ctx.err.text).toContain('Step 9 was run again and its evidence no longer holds');
    expect(readState(dir).steps['9']).toBeUndefined();
  });
});
