/**
 * The seed's preamble (https://manual.next-engine.net/?p=59474): an existing Next Engine
 * user skips the steps already done. 「設定済み (スキップ)」 at 5–8, 10–12, 17–20, 22–23 only
 * (DOMAIN.md "Added 2026-12-01"); a skipped step counts for gates; status shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/commands/init.js';
import { runReset } from '../../src/commands/reset.js';
import { runSet } from '../../src/commands/set.js';
import { runStatus } from '../../src/commands/status.js';
import { runStep } from '../../src/commands/step.js';
import { statePath } from '../../src/state/file.js';
import { exitOf, sampleAnswersFile } from '../helpers/commands.js';
import { fakeContext, scriptedPrompter, tempDir } from '../helpers/context.js';

const readState = (dir: string) => JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));
const SKIPS = { 'ne.existingUser': true, 'skip.5': true, 'skip.6': true, 'skip.7': true, 'skip.8': true, 'skip.10': true };

async function statusJson(dir: string) {
  const ctx = fakeContext({ dir, json: true });
  expect(await runStatus(ctx)).toBe(0);
  return JSON.parse(ctx.out.text) as { steps: Array<{ n: number; state: string }>; next: number | null; reminders: { afterGoLive: string[] } };
}

describe('existing users: 設定済み (スキップ)', () => {
  it('an answers file marks steps set up: state "skipped", nothing written for them, later gates open', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], SKIPS) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    const state = readState(dir);
    for (const n of [5, 6, 7, 8, 10]) expect(state.steps[String(n)], `step ${n}`).toMatchObject({ state: 'skipped', evidence: { skip: 'already-set-up' } });
    expect(state.steps['9'].state).toBe('done'); // gated on 7: a skipped 7 counts
    expect(fs.existsSync(path.join(dir, 'out', 'ne-goods.csv'))).toBe(false);
    const doc = await statusJson(dir);
    expect(doc.steps.filter((s) => s.state === 'skipped').map((s) => s.n)).toEqual([5, 6, 7, 8, 10]);

    const text = fakeContext({ dir, lang: 'ja' });
    await runStatus(text);
    expect(text.out.text).toMatch(/7 +ネクストエンジン +設定済み/);
  });

  it('refuses a skip for a STOCKCREW connection step, naming those that can be skipped (exit 2)', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'skip.9': true, 'skip.24': true }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toContain('skip.9 is not allowed');
    expect(ctx.err.text).toContain('skip.24 is not allowed');
    expect(ctx.err.text).toContain('5, 6, 7, 8, 10, 11, 12, 17, 18, 19, 20, 22, 23');
    expect(fs.existsSync(statePath(dir))).toBe(false);
  });

  it('asks a person once whether they use Next Engine, then offers the choice at the start of each such step', async () => {
    const dir = tempDir();
    // A setup run without a terminal: a new user by default, nothing skipped, nothing stored about it.
    const first = fakeContext({ dir, answersFile: sampleAnswersFile(dir, ['ne.existingUser']) });
    expect(await exitOf(first, () => runInit(first, { fresh: false }))).toBe(0);
    expect(readState(dir).answers['ne.existingUser']).toBeUndefined();
    const log: string[] = [];
    // Step 5 again at a terminal: "already use it?" yes → "set it up now / already set up" → already set up.
    const ctx = fakeContext({ dir, interactive: true, prompter: scriptedPrompter([true, 'skip'], log) });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '5', redo: true }))).toBe(0);
    expect(log[0]).toContain('Do you already use this Next Engine account?');
    expect(log[1]).toContain('Step 5 "Register the shop" may already be set up');
    expect(readState(dir).steps['5'].state).toBe('skipped');
    expect(readState(dir).answers['ne.existingUser']).toBe(true);
    // Step 6: not asked again whether they use Next Engine; choosing to set it up runs its questions.
    const log2: string[] = [];
    const ctx2 = fakeContext({ dir, interactive: true, prompter: scriptedPrompter(['do', { interrupt: true }], log2) });
    expect(await exitOf(ctx2, () => runStep(ctx2, { step: '6', redo: true }))).toBe(130);
    expect(log2[0]).toContain('Step 6 "API settings" may already be set up');
    expect(log2[1]).toContain('Date the Yahoo!Shopping API was authorised');
  });
});

describe('step 10 after step 5 was skipped as set up', () => {
  // Step 10 finds the test order among the orders of the shop named at step 5 (ne-evidence.ts):
  // a skipped step 5 asked no name, so step 10 asks it instead of searching for a shop named ''.
  it('asks the Next Engine shop name at step 10, and only then', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, ['ne.shopName', 'ne.existingUser'], { 'skip.5': true }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toMatch(/10[^\n]*ne\.shopName|ne\.shopName[^\n]*10/);
    expect(ctx.err.text).not.toMatch(/^.*\b5\b.*ne\.shopName/m);

    const given = tempDir();
    const ok = fakeContext({ dir: given, answersFile: sampleAnswersFile(given, ['ne.existingUser'], { 'skip.5': true }) });
    expect(await exitOf(ok, () => runInit(ok, { fresh: false }))).toBe(0);
    expect(readState(given).steps['5'].state).toBe('skipped');
    expect(readState(given).steps['10'].state).toBe('done');

    // Step 5 not skipped: its own question has the name, and step 10 does not ask for it.
    const plain = tempDir();
    const log: string[] = [];
    const init = fakeContext({ dir: plain, answersFile: sampleAnswersFile(plain, []) });
    expect(await exitOf(init, () => runInit(init, { fresh: false }))).toBe(0);
    const again = fakeContext({ dir: plain, interactive: true, prompter: scriptedPrompter([{ interrupt: true }], log) });
    expect(await exitOf(again, () => runStep(again, { step: '10', redo: true }))).toBe(130);
    expect(log[0]).not.toContain('Shop name registered in Next Engine');
  });
});

describe('step <n> --redo on a step skipped as set up', () => {
  it('offers the choice again at a terminal, even when the skip came from an answers file without ne.existingUser', async () => {
    const dir = tempDir();
    const init = fakeContext({ dir, answersFile: sampleAnswersFile(dir, ['ne.existingUser'], { 'skip.6': true }) });
    expect(await exitOf(init, () => runInit(init, { fresh: false }))).toBe(0);
    expect(readState(dir).steps['6'].state).toBe('skipped');
    // The message after a skip names both ways to do it after all: --redo at a terminal, set from a script.
    expect(init.out.text + init.err.text).toContain('`sc-setup step 6 --redo`');
    expect(init.out.text + init.err.text).toContain('`sc-setup set skip.6=no`');
    const log: string[] = [];
    const ctx = fakeContext({ dir, interactive: true, prompter: scriptedPrompter(['do', { interrupt: true }], log) });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '6', redo: true }))).toBe(130);
    expect(log[0]).toContain('Step 6 "API settings" may already be set up');
    expect(log[1]).toContain('Date the Yahoo!Shopping API was authorised');
  });
});

describe('ne.existingUser from an answers file', () => {
  it('is saved with the other answers (answers and set see it afterwards)', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'ne.existingUser': true, 'skip.5': true }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    const saved = JSON.parse(fs.readFileSync(statePath(dir), 'utf8')) as { answers: Record<string, unknown> };
    expect(saved.answers['ne.existingUser']).toBe(true);
  });
});

describe('sc-setup set on a skip: the step is set up after all', () => {
  it('skip.<n>=いいえ reopens a step skipped as set up, and what it gates; status then shows it to do', async () => {
    const dir = tempDir();
    const init = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], SKIPS) });
    expect(await exitOf(init, () => runInit(init, { fresh: false }))).toBe(0);
    const ctx = fakeContext({ dir, json: true });
    expect(await exitOf(ctx, () => runSet(ctx, 'skip.7=いいえ'))).toBe(0);
    const doc = JSON.parse(ctx.out.text);
    expect(doc.reopened).toEqual(expect.arrayContaining([7, 9, 13, 21]));
    expect(doc.reopened).not.toContain(5);
    const status = await statusJson(dir);
    expect(status.steps.find((s) => s.n === 7)!.state).toBe('todo');
    expect(status.steps.find((s) => s.n === 5)!.state).toBe('skipped');
    expect(status.next).toBe(7);
  });

  it('ne.existingUser=いいえ reopens every step skipped as set up and forgets those skips, so continue runs them', async () => {
    const dir = tempDir();
    const init = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], SKIPS) });
    expect(await exitOf(init, () => runInit(init, { fresh: false }))).toBe(0);
    const ctx = fakeContext({ dir, json: true });
    expect(await exitOf(ctx, () => runSet(ctx, 'ne.existingUser=いいえ'))).toBe(0);
    expect(JSON.parse(ctx.out.text).reopened).toEqual(expect.arrayContaining([5, 6, 7, 8, 10]));
    const state = readState(dir);
    for (const n of [5, 6, 7, 8, 10]) {
      expect(state.steps[String(n)], `step ${n}`).toBeUndefined();
      expect(state.answers[`skip.${n}`], `skip.${n}`).toBeUndefined();
    }
    expect((await statusJson(dir)).steps.filter((s) => s.state === 'skipped')).toEqual([]);
  });
});

describe('status after go-live (step 29 done)', () => {
  it('reminds to watch held slips and [STOCKCREW出荷指示失敗] (STOCKCREW attention page)', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    // Step 6 itself says when to renew, from the dates just recorded (NE manual zaiko_yahoo/21128).
    expect(ctx.err.text).toContain('The Yahoo!Shopping API public key expires on 2099-11-01');
    expect(ctx.err.text).toContain('Yahoo!Shopping API re-authorisation is due soon: 2026-11-30');
    const doc = await statusJson(dir);
    expect(doc.reminders.afterGoLive).toEqual(['held-orders', 'shipping-instruction-failed']);
    const text = fakeContext({ dir, lang: 'ja' });
    await runStatus(text);
    expect(text.out.text).toContain('「確認待ち」「入金待ち」に止まった受注は「印刷待ち」に進まないため、STOCKCREWには届きません');
    expect(text.out.text).toContain('[STOCKCREW出荷指示失敗]');
  });

  it('says nothing of it before go-live', async () => {
    const dir = tempDir();
    // The whole setup, then step 29 and what it gates opened again: 1–28 done, 29 not.
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    expect(await runReset(fakeContext({ dir }), { step: '29', all: false })).toBe(0);
    expect(await runReset(fakeContext({ dir }), { step: '30', all: false })).toBe(0);
    const doc = await statusJson(dir);
    expect(doc.next).toBe(29);
    expect(doc.reminders.afterGoLive).toEqual([]);
  });
});

describe('step 7 on an account that already holds goods', () => {
  it('writes only codes not yet in Next Engine, from the current goods file (files.neGoodsBefore)', async () => {
    const dir = tempDir();
    const goods = path.join(dir, 'ne-goods-now.csv');
    fs.writeFileSync(goods, 'syohin_code,syohin_name\r\nmug-001,登録済みの名前\r\nTOWEL-01-WH,大文字で登録済み\r\n');
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'ne.hasGoods': true, 'files.neGoodsBefore': goods }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    const written = fs.readFileSync(path.join(dir, 'out', 'ne-goods.csv'), 'latin1');
    expect(written).not.toMatch(/\r\nmug-001,/);
    expect(written).not.toMatch(/\r\ntowel-01-wh,/);
    expect(written).toMatch(/\r\nmug-002,/);
    expect(ctx.err.text).toContain('1 codes are already in Next Engine');
    expect(ctx.err.text).toContain('"towel-01-wh" differs only in case from "TOWEL-01-WH"');
  });
});
