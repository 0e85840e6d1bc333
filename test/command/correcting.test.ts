/**
 * Correcting a mistake: see the saved answers, change one (and see which steps that
 * reopens), give a file again after it failed, start over on purpose only, and get told
 * plainly when a folder is already started.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runAnswers } from '../../src/commands/answers.js';
import { runContinue } from '../../src/commands/continue.js';
import { runInit } from '../../src/commands/init.js';
import { runReset } from '../../src/commands/reset.js';
import { runSet } from '../../src/commands/set.js';
import { statePath } from '../../src/state/file.js';
import { continueTyping, exitOf, readState, sampleAnswersFile, sampleDone, SAMPLE, testFolders } from '../helpers/commands.js';
import { fakeContext, scriptedPrompter } from '../helpers/context.js';


const folder = testFolders();

describe('sc-setup answers', () => {
  it('lists the saved answers in step order, in Japanese by default; --json is the answers object', async () => {
    const dir = folder();
    await sampleDone(dir);
    const ja = fakeContext({ dir, lang: 'ja' });
    expect(await runAnswers(ja)).toBe(0);
    expect(ja.out.text).toContain('手順1  sc.companyCode = 100234\n        STOCKCREWの会社コード (6桁)');
    expect(ja.out.text).toContain('手順1  sc.fromYamatoFF = いいえ');
    expect(ja.out.text).toContain('手順9  tags.notShippedCodes = tray-01');
    expect(ja.out.text.indexOf('sc.companyCode')).toBeLessThan(ja.out.text.indexOf('files.neGoodsTagged'));
    expect(ja.out.text).toContain('sc-setup set キー=値');
    // A choice reads as the question offered it, with the value `set` takes beside it.
    expect(ja.out.text).toContain('手順5  mall = Yahoo!ショッピング (yahoo)');
    expect(ja.out.text).toMatch(/手順9  tags\.notShippedBy = [^\n(]*[ぁ-んァ-ン一-龠][^\n]* \(codes\)/);
    expect(ja.out.text).not.toMatch(/\bstep\b|\byes\b|\bno\b/);
    const json = fakeContext({ dir, json: true });
    expect(await runAnswers(json)).toBe(0);
    expect(JSON.parse(json.out.text)).toEqual({ answers: readState(dir).answers });
  });

  it('says there is no setup (exit 2) in a folder never started', async () => {
    const ctx = fakeContext({ dir: folder() });
    expect(await exitOf(ctx, () => runAnswers(ctx))).toBe(2);
    expect(ctx.err.text).toContain('sc-setup init');
  });
});

describe('sc-setup set', () => {
  it('changes one answer and reopens the steps that used it and those they gate, naming them', async () => {
    const dir = folder();
    await sampleDone(dir);
    const ctx = fakeContext({ dir, json: true });
    expect(await runSet(ctx, 'tags.hardCodes=vase-01, mug-002')).toBe(0);
    const doc = JSON.parse(ctx.out.text);
    expect(doc).toEqual({ ok: true, key: 'tags.hardCodes', value: ['vase-01', 'mug-002'], changed: true, reopened: [9, 13, 21, 24, 25, 26, 28, 29, 30] });
    expect(ctx.err.text).toContain('step(s) 9, 13, 21, 24, 25, 26, 28, 29, 30');
    const state = readState(dir);
    expect(state.answers['tags.hardCodes']).toEqual(['vase-01', 'mug-002']);
    for (const n of doc.reopened) expect(state.steps[String(n)], `step ${n}`).toBeUndefined();
    for (const n of [1, 7, 8, 12, 22, 23, 27]) expect(state.steps[String(n)].state, `step ${n}`).toBe('done');
  });

  it('reopens what depends on the answer beyond its own step (the locations feed step 4)', async () => {
    const dir = folder();
    await sampleDone(dir);
    const ctx = fakeContext({ dir, json: true });
    expect(await runSet(ctx, 'ne.locations=STOCKCREW倉庫, 予備倉庫')).toBe(0);
    expect(JSON.parse(ctx.out.text).reopened).toEqual(expect.arrayContaining([4, 8, 24, 28]));
  });

  it('changes nothing when the value is the same', async () => {
    const dir = folder();
    await sampleDone(dir);
    const before = fs.readFileSync(statePath(dir), 'utf8');
    const ctx = fakeContext({ dir });
    expect(await runSet(ctx, 'sc.companyCode=100234')).toBe(0);
    expect(ctx.err.text).toContain('sc.companyCode already has that value: nothing changed.');
    expect(fs.readFileSync(statePath(dir), 'utf8')).toBe(before);
  });

  it('validates like the answers file: bad value, unknown key, a confirmation, a missing file, a contradiction (exit 2, nothing changed)', async () => {
    const dir = folder();
    await sampleDone(dir);
    const before = fs.readFileSync(statePath(dir), 'utf8');
    const cases: Array<[string, string]> = [
      ['sc.companyCode=42', '"sc.companyCode" (step 1) is not valid'],
      ['sc.companyCod=100123', 'did you mean "sc.companyCode"?'],
      ['confirm.send-mail=SEND-MAIL', 'cannot be given with sc-setup set'],
      ['files.neGoodsTagged=no-such.csv', 'not found'],
      ['ne.selfShipping=no', 'Step 9 names goods STOCKCREW does not ship'],
      ['sc.companyCode', 'takes "key=value"'],
    ];
    for (const [pair, said] of cases) {
      const ctx = fakeContext({ dir });
      expect(await exitOf(ctx, () => runSet(ctx, pair)), pair).toBe(2);
      expect(ctx.err.text, pair).toContain(said);
    }
    expect(fs.readFileSync(statePath(dir), 'utf8')).toBe(before);
  });

  it('speaks of `sc-setup set`, not of the --set flag, and a bad value is told to be corrected, not sent to the keys table', async () => {
    const dir = folder();
    await sampleDone(dir);
    const bad = fakeContext({ dir, lang: 'ja' });
    expect(await exitOf(bad, () => runSet(bad, 'sc.companyCode=12345'))).toBe(2);
    expect(bad.err.text).toContain('sc-setup set: 「sc.companyCode」(手順1) の値が正しくありません');
    expect(bad.err.text).toContain('値を直して、もう一度指定してください');
    expect(bad.err.text).not.toContain('--set');
    expect(bad.err.text).not.toContain('使えるキーは');
    const notPair = fakeContext({ dir, lang: 'ja' });
    expect(await exitOf(notPair, () => runSet(notPair, 'mall'))).toBe(2);
    expect(notPair.err.text).toContain('例: sc-setup set sc.companyCode=100123');
    expect(notPair.err.text).not.toContain('--set');
    const unknown = fakeContext({ dir, lang: 'en' });
    expect(await exitOf(unknown, () => runSet(unknown, 'foo.bar=1'))).toBe(2);
    expect(unknown.err.text).toContain('sc-setup set: unknown key "foo.bar"');
    expect(unknown.err.text).toContain('The keys are listed in the README');
  });

  it('takes a path as a terminal leaves it: quotes and a trailing space from drag-and-drop, ~ for the home folder', async () => {
    const dir = folder();
    await sampleDone(dir);
    const home = folder();
    fs.copyFileSync(path.join(SAMPLE, 'ne-goods-tagged.csv'), path.join(home, '商品 マスタ.csv'));
    // The home folder through os.homedir(), not $HOME: in a worker thread (as under
    // `npm run mutate`) a change of process.env does not reach os.homedir().
    const homedir = vi.spyOn(os, 'homedir').mockReturnValue(home);
    try {
      const quoted = fakeContext({ dir });
      expect(await exitOf(quoted, () => runSet(quoted, `files.neGoodsTagged="${path.join(home, '商品 マスタ.csv')}" `))).toBe(0);
      expect(readState(dir).answers['files.neGoodsTagged']).toBe(path.join(home, '商品 マスタ.csv'));
      const tilde = fakeContext({ dir });
      expect(await exitOf(tilde, () => runSet(tilde, 'files.neGoods=~/商品\\ マスタ.csv'))).toBe(0);
      expect(readState(dir).answers['files.neGoods']).toBe(path.join(home, '商品 マスタ.csv'));
    } finally {
      homedir.mockRestore();
    }
  });
});

describe('a file that failed is asked again', () => {
  it('the Yahoo item file given as the goods file: the hint names it, and continue asks for the goods file again showing why', async () => {
    const dir = folder();
    const wrong = path.join(SAMPLE, 'yahoo-data.csv');
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neGoods': wrong }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toContain('required column "syohin_code" not found');
    expect(ctx.err.text).toContain('The headers of this file are those of the Yahoo!Shopping item CSV (data.csv): do not rename columns');
    expect(ctx.err.text).not.toContain('--ne-code-column');
    expect(readState(dir).cursor).toMatchObject({ step: 9, question: 'files.neGoods' });

    const again = await continueTyping(dir, 'files.neGoods', path.join(SAMPLE, 'ne-goods.csv'));
    expect(again.code).toBe(0);
    expect(again.prompts).toHaveLength(1);
    expect(again.prompts[0]).toContain('Next Engine goods CSV (downloaded)');
    expect(again.err).toContain('Last time this file stopped the step:');
    expect(again.err).toContain('those of the Yahoo!Shopping item CSV (data.csv)');
    expect(readState(dir).steps['30'].state).toBe('done');
  });

  it('the orders file given as the goods file at step 9 (it has 商品コード but no tag): the message names the file, its header line and the kind of file, and continue asks again', async () => {
    const dir = folder();
    const wrong = path.join(SAMPLE, 'ne-orders.csv');
    const ctx = fakeContext({ dir, lang: 'ja', answersFile: sampleAnswersFile(dir, [], { 'files.neGoods': wrong }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toMatch(/ne-orders\.csv:1: 「tag」の列がありません/);
    expect(ctx.err.text).toContain('このファイルの見出し: 伝票番号, 受注番号');
    expect(ctx.err.text).toContain('このファイルの見出しはネクストエンジンの受注伝票CSVのものです');
    expect(ctx.err.text).not.toContain('その列を含めてダウンロードし直した');
    expect(readState(dir).cursor).toMatchObject({ step: 9, question: 'files.neGoods' });

    const again = await continueTyping(dir, 'files.neGoods', path.join(SAMPLE, 'ne-goods.csv'));
    expect(again.code).toBe(0);
    expect(again.prompts).toHaveLength(1);
    expect(again.err).toContain('those of the Next Engine orders CSV');
  });

  it('set of another answer of the failed step clears the old reason: continue runs the step again instead of asking the wrong file', async () => {
    const dir = folder();
    const wrong = path.join(SAMPLE, 'ne-orders.csv');
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neGoods': wrong }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(readState(dir).cursor).toMatchObject({ step: 9, question: 'files.neGoods' });
    // An answer of step 9 that is not the file: the failure may have been its doing.
    expect(await runSet(fakeContext({ dir }), 'tags.hardCodes=mug-002')).toBe(0);
    expect(readState(dir).cursor).toEqual({ step: 9 });
    // An answer of another step leaves the reason as it was.
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: true }))).toBe(2);
    expect(await runSet(fakeContext({ dir }), 'mail.from=shop@example.jp')).toBe(0);
    expect(readState(dir).cursor).toMatchObject({ step: 9, question: 'files.neGoods' });
  });

  it('a missing column of a download names the header line too (file:1)', async () => {
    const dir = folder();
    const wrong = path.join(SAMPLE, 'ne-orders.csv');
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.yahooQuantity': wrong }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toMatch(/ne-orders\.csv:1: required column "code" not found/);
  });

  it('a folder given for a file is refused at once, at the prompt (asked again) and by set (exit 2), not accepted and then failing the step', async () => {
    const dir = folder();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neGoods': path.join(SAMPLE, 'ne-orders.csv') }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    const prompter = scriptedPrompter([{ rejected: SAMPLE }, path.join(SAMPLE, 'ne-goods.csv')]);
    const again = fakeContext({ dir, interactive: true, yes: true, answersFile: sampleAnswersFile(dir, ['files.neGoods']), prompter });
    expect(await exitOf(again, () => runContinue(again))).toBe(0);
    expect(prompter.rejections).toHaveLength(1);
    expect(prompter.rejections[0]).toContain(`${SAMPLE} is a folder`);
    const set = fakeContext({ dir, lang: 'ja' });
    expect(await exitOf(set, () => runSet(set, `files.neGoods=${SAMPLE}`))).toBe(2);
    expect(set.err.text).toContain(`${SAMPLE} はフォルダです`);
  });

  it('without a terminal, continue tries the saved file again (nobody can be asked)', async () => {
    const dir = folder();
    const noTags = path.join(dir, 'goods.csv');
    fs.writeFileSync(noTags, 'syohin_code,syohin_name\r\nmug-001,Mug\r\n');
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neGoods': noTags }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    const again = fakeContext({ dir, answersFile: sampleAnswersFile(dir, ['files.neGoods']) });
    expect(await exitOf(again, () => runContinue(again))).toBe(2);
    expect(again.err.text).toContain('goods.csv:1: no "tag" column');
    expect(again.err.text).toContain('This is the Next Engine goods CSV, downloaded without the "tag" column');
  });
});

describe('starting and starting over', () => {
  it('init in a folder already started, without a terminal: "already started" (exit 2), not a list of missing answers', async () => {
    const dir = folder();
    await sampleDone(dir);
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toContain('a setup has already been started here');
    expect(ctx.err.text).toContain('Resume with `sc-setup continue`, or start over with `sc-setup init --fresh`');
    expect(ctx.err.text).not.toContain('Missing answers');
  });

  it('reset --all: refused without a terminal unless --yes; a terminal asks, and "no" keeps everything', async () => {
    const dir = folder();
    await sampleDone(dir);
    const before = fs.readFileSync(statePath(dir), 'utf8');

    const script = fakeContext({ dir, lang: 'ja' });
    expect(await exitOf(script, () => runReset(script, { all: true }))).toBe(2);
    expect(script.err.text).toContain('端末がないため確認できないので、何もしませんでした');
    expect(script.err.text).toContain('--yes');
    expect(fs.readFileSync(statePath(dir), 'utf8')).toBe(before);

    const log: string[] = [];
    const no = fakeContext({ dir, interactive: true, prompter: scriptedPrompter([false], log) });
    expect(await runReset(no, { all: true })).toBe(0);
    expect(log[0]).toContain('Clear every answer and all progress and start over?');
    expect(no.err.text).toContain('Not reset: nothing was changed.');
    expect(fs.readFileSync(statePath(dir), 'utf8')).toBe(before);

    const yes = fakeContext({ dir, interactive: true, prompter: scriptedPrompter([true]) });
    expect(await runReset(yes, { all: true })).toBe(0);
    expect(fs.existsSync(statePath(dir))).toBe(false);

    await sampleDone(dir);
    const scripted = fakeContext({ dir, yes: true, json: true });
    expect(await runReset(scripted, { all: true })).toBe(0);
    expect(JSON.parse(scripted.out.text)).toMatchObject({ ok: true, reset: 'all' });
    expect(fs.existsSync(statePath(dir))).toBe(false);
  });
});
