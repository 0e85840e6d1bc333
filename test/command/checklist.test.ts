import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContinue } from '../../src/commands/continue.js';
import { runInit } from '../../src/commands/init.js';
import { runReset } from '../../src/commands/reset.js';
import { runStatus } from '../../src/commands/status.js';
import { runStep } from '../../src/commands/step.js';
import { STEPS } from '../../src/checklist/steps.js';
import { displayWidth } from '../../src/locale/display-width.js';
import { decodeCp932, encodeCp932 } from '../../src/csv/cp932.js';
import { statePath } from '../../src/state/file.js';
import { exitOf, sampleAnswersFile, SAMPLE } from '../helpers/commands.js';
import { fakeContext, scriptedPrompter, tempDir, type Scripted } from '../helpers/context.js';

const DANGER_KEYS = STEPS.flatMap((s) => (s.danger ?? []).map((d) => `confirm.${d.id}`));
const STEP30_KEYS = ['confirm.mails-created', 'confirm.unwanted-deleted', 'confirm.send-mail'];
const readState = (dir: string) => JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));

describe('init without a terminal', () => {
  it('lists every missing answer at once, exit 2, and leaves no state file', async () => {
    const ctx = fakeContext();
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    for (const key of ['sc.companyCode', 'files.neGoods', 'mail.from', ...DANGER_KEYS.filter((k) => !STEP30_KEYS.includes(k))]) {
      expect(ctx.err.text).toContain(key);
    }
    // Each key once, at the first step that needs it.
    expect(ctx.err.text.match(/files\.neGoods\b/g)).toHaveLength(1);
    // No auto mails chosen (the default): steps 19 and 30 do not apply and ask nothing.
    expect(ctx.err.text).not.toContain('mail.templatesReviewed');
    expect(ctx.err.text).not.toContain('confirm.send-mail');
    expect(fs.existsSync(statePath(ctx.dir))).toBe(false);
  });

  it('--yes never stands in for a dangerous confirmation', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, yes: true, answersFile: sampleAnswersFile(dir, DANGER_KEYS) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    const missingLines = ctx.err.text.split('\n').filter((l) => /^\s+step \d+ /.test(l));
    expect(missingLines.map((l) => l.trim().split(' ')[2]!.replace(/:$/, '')).sort()).toEqual([...DANGER_KEYS].sort());
  });

  it('runs all 30 steps from a complete answers file and writes every upload file', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir), json: true });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    const state = readState(dir);
    for (let n = 1; n <= 30; n++) expect(state.steps[String(n)].state).toBe('done');
    for (const artifact of ['ne-goods', 'ne-tags', 'sc-goods', 'sc-shipping-methods', 'sc-payment-methods', 'sc-item-map', 'cancel-list', 'stock-diff']) {
      expect(fs.existsSync(path.join(dir, 'out', `${artifact}.csv`))).toBe(true);
    }
    expect(fs.existsSync(path.join(dir, 'out', 'ne-mall-items-01.csv'))).toBe(true);
    expect(state.steps['26'].evidence.stock).toMatchObject({ differences: 1, accepted: 1 });
    expect(state.steps['27'].evidence.confirmations).toEqual({ 'auto-cancel-off': 'AUTO-CANCEL-OFF' });
    // --json: the run ends with the status document on stdout, nothing else there.
    const doc = JSON.parse(ctx.out.text);
    expect(doc.next).toBeNull();
    expect(doc.steps).toHaveLength(30);
  });

  it('reports every bad key and value of an answers file before anything runs', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'sc.companyCod': '100123', 'sc.companyCode': '999', 'mail.from': 'not-an-address' }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toContain('unknown key "sc.companyCod" (did you mean "sc.companyCode"?)');
    expect(ctx.err.text).toContain('"sc.companyCode" (step 1)');
    expect(ctx.err.text).toContain('"mail.from"');
    expect(fs.existsSync(statePath(dir))).toBe(false);
  });

  it('--set gives any answers key as a flag and wins over the answers file', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    const set = ['sc.companyCode=100999', 'ne.locations=倉庫A, 倉庫B', 'sc.stockLocation=倉庫B'];
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false, set }))).toBe(0);
    const answers = readState(dir).answers;
    expect(answers['sc.companyCode']).toBe('100999');
    expect(answers['ne.locations']).toEqual(['倉庫A', '倉庫B']);

    // A --set that makes another answer of the file wrong (the file's location is not among the
    // locations set) is refused before any step, not at step 4 with steps 1–3 done.
    const clash = tempDir();
    const c = fakeContext({ dir: clash, answersFile: sampleAnswersFile(clash) });
    expect(await exitOf(c, () => runInit(c, { fresh: false, set: ['ne.locations=A倉庫, B倉庫'] }))).toBe(2);
    expect(c.err.text).toContain('"sc.stockLocation" (step 4) is not valid');
    expect(fs.existsSync(path.join(clash, 'sc-setup.json'))).toBe(false);

    const bad = fakeContext({ dir: tempDir() });
    expect(await exitOf(bad, () => runInit(bad, { fresh: false, set: ['sc.companyCode'] }))).toBe(2);
    expect(bad.err.text).toContain('--set takes "key=value"');
    expect(await exitOf(bad, () => runInit(bad, { fresh: false, set: ['sc.companyCode=42'] }))).toBe(2);
    expect(bad.err.text).toContain('--set: "sc.companyCode" (step 1) is not valid');
    expect(await exitOf(bad, () => runInit(bad, { fresh: false, set: ['confirm.send-mail=SEND-MAIL'] }))).toBe(2);
    expect(bad.err.text).toContain('cannot be given with --set');
  });

  /** Steps recorded in the folder after a run (none when the state file was never written). */
  const stepsDone = (dir: string): string[] => (fs.existsSync(path.join(dir, 'sc-setup.json')) ? Object.keys(readState(dir).steps ?? {}) : []);

  it('a wrong confirmation word in an answers file is refused before any step runs (exit 2), every wrong word named', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'confirm.auto-cancel-off': 'ON', 'confirm.sc-toggles-off': 'off' }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toContain('"confirm.auto-cancel-off" (step 27) is not valid: write the confirmation word "AUTO-CANCEL-OFF" exactly');
    expect(ctx.err.text).toContain('"confirm.sc-toggles-off" (step 3) is not valid: write the confirmation word "OFF" exactly');
    expect(stepsDone(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
  // An empty cell is what a half-filled answers file (or a spreadsheet export of one) holds:
  // it must stop the run like a wrong word, never count as confirmed or as "not asked".
  for (const [key, step, blank] of [
    ['confirm.auto-cancel-off', 27, ''],
    ['confirm.orders-on', 28, ''],
    ['confirm.orders-on', 28, '   '],
  ] as const) {
    it(`a blank ${key} ("${blank}") in an answers file is refused before any step runs (exit 2)`, async () => {
      const dir = tempDir();
      const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { [key]: blank }) });
      expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
      expect(ctx.err.text).toContain(`"${key}" (step ${step}) is not valid: write the confirmation word`);
      expect(stepsDone(dir)).toEqual([]);
    });
  }
});

describe('files named in an answers file', () => {
  it('must all be there before any step runs: every missing one listed at once, exit 2, nothing done (a step-26 file once stopped step 9)', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neStock': path.join(dir, 'nonexist.csv'), 'files.yahooData': path.join(dir, 'nope.csv') }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toContain(`"files.neStock" (step 26) is not valid: File ${path.join(dir, 'nonexist.csv')} not found`);
    expect(ctx.err.text).toContain(`"files.yahooData" (step 7) is not valid: File ${path.join(dir, 'nope.csv')} not found`);
    expect(fs.existsSync(path.join(dir, 'sc-setup.json'))).toBe(false);
  });
});

/** The sample's orders file of step 28 (downloaded after step 27's cancellations), edited: CP932 text in, a file path out. */
function afterCancel(dir: string, edit: (text: string) => string): string {
  const sample = fs.readFileSync(path.join(SAMPLE, 'ne-orders-after-cancel.csv'));
  const file = path.join(dir, 'orders-after-cancel.csv');
  fs.writeFileSync(file, encodeCp932(edit(decodeCp932(sample, 0, sample.length))));
  return file;
}

describe('step 28 (order sync ON): the open orders are checked first', () => {
  it('an open order on a shipping method STOCKCREW does not take stops step 28 before ORDERS-ON (exit 1); steps 1–27 stay done', async () => {
    const dir = tempDir();
    // One more open slip, placed on go-live day, paid by card, shipped ゆうパック (not in STOCKCREW's shipping master).
    const extra = '1099,zakka-10099,1,2026/11/02 10:00:00,,20,納品書印刷待ち,有効な受注です。,ゆうパック,クレジットカード,確認必要なし（非表示）,入金済み,1,有効,mug-001,髙橋窯 マグカップ 白,1\r\n';
    const orders = afterCancel(dir, (text) => text + extra);
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrdersAfterCancel': orders }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(1);
    expect(ctx.err.text).toContain('Order shipping method "ゆうパック" (1 lines) is not in STOCKCREW\'s shipping master');
    const state = readState(dir);
    expect(state.steps['27'].state).toBe('done');
    expect(state.steps['28']).toBeUndefined();
    expect(state.steps['28']?.evidence?.confirmations).toBeUndefined();
  });
});

describe('step 28 (order sync ON): the slips step 27 listed must show as cancelled first', () => {
  it('the file step 27 read, given again, still shows the listed slips open: step 28 stops before ORDERS-ON (exit 1) and continue asks for the file again', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrdersAfterCancel': path.join(SAMPLE, 'ne-orders.csv') }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(1);
    expect(ctx.err.text).toContain('2 slips ordered before 2026-11-01 are still open (slips 1004, 1006)');
    expect(ctx.err.text).toContain('STOCKCREW could ship orders the mall handled long ago');
    expect(ctx.err.text).not.toContain('ORDERS-ON to confirm');
    const state = readState(dir);
    expect(state.steps['27'].state).toBe('done');
    expect(state.steps['28']).toBeUndefined();
    expect(state.cursor).toMatchObject({ step: 28, question: 'files.neOrdersAfterCancel' });
  });

  it('a slip listed at step 27 and missing from the file cannot be confirmed: exit 1, naming it', async () => {
    const dir = tempDir();
    // Downloaded with the recent orders only: slip 1006 is not in it.
    const orders = afterCancel(dir, (text) => text.split('\r\n').filter((l) => !l.startsWith('1006,')).join('\r\n'));
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrdersAfterCancel': orders }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(1);
    expect(ctx.err.text).toContain('lacks 1 of the slips step 27 listed for cancellation (slips 1006): whether they were cancelled cannot be seen');
    expect(ctx.err.text).toContain('with the slips ordered before 2026-11-01 and the cancelled slips included');
    expect(readState(dir).steps['28']).toBeUndefined();
  });

  it('an old slip step 27 did not list (it came in later) but still open stops the step too; a listed slip shipped since counts as closed', async () => {
    const dir = tempDir();
    const late = '1098,zakka-10098,1,2026/10/31 23:59:59,,1,受注メール取込済,有効な受注です。,ヤマト(ネコポス),クレジットカード,確認必要なし（非表示）,入金済み,1,有効,mug-001,髙橋窯 マグカップ 白,1\r\n';
    // 1004 shipped by the mall meanwhile (出荷確定済（完了）), not cancelled.
    const orders = afterCancel(dir, (text) => text.replaceAll(',,20,納品書印刷待ち,取りやめ,', ',2026/11/01 09:00:00,50,出荷確定済（完了）,有効な受注です。,') + late);
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrdersAfterCancel': orders }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(1);
    expect(ctx.err.text).toContain('1 slips ordered before 2026-11-01 are still open (slips 1098)');
    expect(readState(dir).steps['28']).toBeUndefined();
  });

  for (const [what, date] of [['blank', ''], ['in full-width digits', '２０２６/１０/１５ ０９:００:００']] as const) {
    it(`an open slip step 27 did not list whose 受注日 is ${what} cannot be shown to be recent: exit 2 naming file and line, step 28 not done`, async () => {
      const dir = tempDir();
      const slip = `1097,zakka-10097,1,${date},,20,納品書印刷待ち,有効な受注です。,ヤマト(ネコポス),クレジットカード,確認必要なし（非表示）,入金済み,1,有効,mug-001,髙橋窯 マグカップ 白,1\r\n`;
      const orders = afterCancel(dir, (text) => text + slip);
      const lines = decodeCp932(fs.readFileSync(orders), 0, fs.statSync(orders).size).split('\r\n').length - 1;
      const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrdersAfterCancel': orders }) });
      expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
      expect(ctx.err.text).toContain(`orders-after-cancel.csv line ${lines}: order date "${date}" is not a date`);
      expect(readState(dir).steps['28']).toBeUndefined();
    });
  }

  it('a cancel list edited after step 27 is not trusted: exit 1, and the list is made again by step 27', async () => {
    const dir = tempDir();
    const prompter = scriptedPrompter([{ interrupt: true }]);
    const answers = sampleAnswersFile(dir, ['confirm.orders-on']);
    const first = fakeContext({ dir, interactive: true, yes: true, answersFile: answers, prompter });
    // Stopped at ORDERS-ON: steps 1–27 done, step 28's own checks passed.
    expect(await exitOf(first, () => runInit(first, { fresh: false }))).toBe(130);
    const list = path.join(dir, 'out', 'cancel-list.csv');
    fs.writeFileSync(list, encodeCp932('伝票番号,受注日,受注状態\r\n1006,2026/10/30 23:11:47,受注メール取込済\r\n'));
    const again = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(again, () => runContinue(again))).toBe(1);
    expect(again.err.text).toContain("Step 27’s cancel list out/cancel-list.csv was changed after step 27 wrote it");
    expect(again.err.text).toContain('Run sc-setup step 27 to write the list again');
    expect(readState(dir).steps['28']).toBeUndefined();
  });

  it('records what it saw as the step\'s evidence', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    expect(ctx.err.text).toContain('the 2 slips of step 27 show as cancelled (or shipped) in');
    expect(readState(dir).steps['28'].evidence.cancelled).toMatchObject({ listed: 2, closed: 2, stillOpen: 0, absent: 0 });
  });
});

/** The sample's orders file of step 27, edited: CP932 text in, a file path out. */
function ordersEdited(dir: string, name: string, edit: (text: string) => string): string {
  const sample = fs.readFileSync(path.join(SAMPLE, 'ne-orders.csv'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, encodeCp932(edit(decodeCp932(sample, 0, sample.length))));
  return file;
}

describe('a step redone: what the steps it gates stood on', () => {
  // Downloaded again without a filter: one more old slip, still open (納品書印刷待ち).
  const slip1009 = '1009,zakka-10009,1,2026/10/28 18:12:40,,20,納品書印刷待ち,有効な受注です。,ヤマト(発払い)B2v6,クレジットカード,確認必要なし（非表示）,入金済み,1,有効,mug-001,髙橋窯 マグカップ 白,1\r\n';
  const finished = async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
    return dir;
  };
  const open = (dir: string) => STEPS.map((s) => s.n).filter((n) => readState(dir).steps[String(n)] === undefined);

  it('step 27 redone with a fuller download writes another cancel list: 28 (ORDERS-ON), 29 and 30 wait again, and step 28 then checks the new slip', async () => {
    const dir = await finished();
    const fuller = ordersEdited(dir, 'orders-full.csv', (text) => text + slip1009);
    const redo = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrders': fuller }) });
    expect(await exitOf(redo, () => runStep(redo, { step: '27', redo: true }))).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out', 'cancel-list.csv'), 'latin1')).toContain('1009');
    expect(redo.err.text).toContain('Step 27 gave another result than before, so the steps that build on it are marked not done: step(s) 28, 29, 30');
    expect(open(dir)).toEqual([28, 29, 30]);
    // The orders downloaded after cancelling (the sample's) still show 1009 open: step 28 stops before ORDERS-ON.
    const again = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrders': fuller }) });
    expect(await exitOf(again, () => runContinue(again))).toBe(1);
    expect(again.err.text).toContain('1009');
    expect(open(dir)).toEqual([28, 29, 30]);
  });

  it('step 27 redone with the same download and day changes nothing: the steps after it stay done', async () => {
    const dir = await finished();
    const redo = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(redo, () => runStep(redo, { step: '27', redo: true }))).toBe(0);
    expect(redo.err.text).not.toContain('another result');
    expect(open(dir)).toEqual([]);
  });

  it('step 27 redone on a file it cannot read: 27 and every step it gates are not done (continue then runs 28 again)', async () => {
    const dir = await finished();
    const bad = ordersEdited(dir, 'orders-bad-date.csv', (text) => text.replace('1001,zakka-10001,1,2026/10/02 10:15:00', '1001,zakka-10001,1,２０２６/１０/０２ １０:１５:００'));
    const redo = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neOrders': bad }) });
    expect(await exitOf(redo, () => runStep(redo, { step: '27', redo: true }))).toBe(2);
    expect(redo.err.text).toContain('The steps it gates are marked not done too: step(s) 28, 29, 30');
    expect(open(dir)).toEqual([27, 28, 29, 30]);
  });
});

describe('step 25 (inbound stock): done on the operator\'s answer only', () => {
  it('a run without a terminal and without sc.inboundReceived stops before any step, naming it (it used to mark step 25 done on nothing)', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, ['sc.inboundReceived']) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toMatch(/step 25 .*sc\.inboundReceived/);
    const no = fakeContext({ dir: tempDir(), answersFile: sampleAnswersFile(dir, [], { 'sc.inboundReceived': false }) });
    expect(await exitOf(no, () => runInit(no, { fresh: false }))).toBe(2);
    expect(no.err.text).toContain('"sc.inboundReceived" (step 25) is not valid');
  });
});

describe('step 27: auto-cancel OFF is confirmed before the list of slips to cancel', () => {
  it('asks AUTO-CANCEL-OFF before writing cancel-list.csv; Ctrl-C there leaves no list and step 27 open', async () => {
    const dir = tempDir();
    const prompter = scriptedPrompter([{ interrupt: true }]);
    const answersFile = sampleAnswersFile(dir, ['confirm.auto-cancel-off']);
    const ctx = fakeContext({ dir, interactive: true, yes: true, answersFile, prompter });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(130);
    expect(prompter.log).toEqual(['Type "AUTO-CANCEL-OFF" to confirm (Ctrl-C to stop)']);
    expect(ctx.err.text).toContain('注文ステータス自動キャンセル');
    expect(fs.existsSync(path.join(dir, 'out', 'cancel-list.csv'))).toBe(false);
    const state = readState(dir);
    expect(state.steps['26'].state).toBe('done');
    expect(state.steps['27']).toBeUndefined();
    expect(state.artifacts?.['cancel-list']).toBeUndefined();
  });
});

describe('interactive checklist with scripted answers', () => {
  // Step 1: company code, Yamato Fulfillment, finished? Step 2 asks only whether the login worked.
  const stepOne: Scripted[] = ['100123', false, true];

  it('Ctrl-C at a question exits 130 with earlier answers saved; continue asks that question first', async () => {
    const dir = tempDir();
    const log: string[] = [];
    const ctx = fakeContext({ dir, interactive: true, prompter: scriptedPrompter([...stepOne, true, 'Shop A', { interrupt: true }], log) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(130);
    expect(ctx.err.text).toContain('Interrupted');
    const state = readState(dir);
    expect(state.answers['sc.shopName']).toBe('Shop A');
    expect(state.cursor).toEqual({ step: 3, question: 'sc.singleShop' });
    expect(fs.existsSync(path.join(dir, 'sc-setup.lock'))).toBe(false);

    const log2: string[] = [];
    const ctx2 = fakeContext({ dir, interactive: true, prompter: scriptedPrompter([true, 'OFF', false], log2) });
    expect(await exitOf(ctx2, () => runContinue(ctx2))).toBe(0);
    expect(log2[0]).toContain('exactly one STOCKCREW shop');
    expect(log2[1]).toContain('Type "OFF"');
    // "not finished yet": the step stays open and the run pauses there.
    expect(ctx2.err.text).toContain('Paused at step 3');
    expect(readState(dir).steps['3']).toBeUndefined();
  });

  it('a refused answer is asked again and the corrected one goes on: company code, login, danger word', async () => {
    const dir = tempDir();
    const log: string[] = [];
    const prompter = scriptedPrompter(
      [
        { rejected: '12345' }, '100123', false, true, // step 1: a five-digit code, then the right one
        false, true, // step 2: "no" cannot complete a yes-only question, which is asked again
        'Shop A', true, { rejected: 'off' }, { rejected: '' }, 'OFF', true, // step 3: the word in lower case, blank, then exact
        '', true, // step 4: the default location
        { interrupt: true }, // step 5
      ],
      log,
    );
    const ctx = fakeContext({ dir, interactive: true, prompter });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(130);
    expect(prompter.rejections).toEqual([
      expect.stringContaining('Got: 12345'),
      'Type exactly "OFF"',
      'Type exactly "OFF"',
    ]);
    expect(ctx.err.text).toContain('"Could you log in to the STOCKCREW admin?" must be yes before this step can be done');
    expect(log.filter((m) => m.startsWith('Could you log in to the STOCKCREW admin?'))).toHaveLength(2);
    const state = readState(dir);
    expect(state.answers['sc.companyCode']).toBe('100123');
    expect(state.answers['sc.loggedIn']).toBe(true);
    expect(state.steps['3'].evidence.confirmations).toEqual({ 'sc-toggles-off': 'OFF' });
    expect(state.steps['4'].state).toBe('done');
    expect(prompter.remaining()).toBe(0);
  });

  it('--yes takes defaults and skips the "finished?" question but still asks the danger word', async () => {
    const dir = tempDir();
    const log: string[] = [];
    const ctx = fakeContext({ dir, interactive: true, yes: true, prompter: scriptedPrompter(['100123', true, 'Shop A', true, { interrupt: true }], log) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(130);
    expect(log.some((m) => /Yamato Fulfillment/.test(m))).toBe(false);
    expect(log[log.length - 1]).toContain('Type "OFF"');
    expect(readState(dir).answers['sc.fromYamatoFF']).toBe(false);
  });
});

describe('gates, step, reset, status', () => {
  async function sampleDone(dir: string): Promise<void> {
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
  }

  it('reset --step also marks the steps it gates not done, as set does (status stays consistent)', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const ctx = fakeContext({ dir, json: true });
    expect(await runReset(ctx, { step: '26', all: false })).toBe(0);
    expect(JSON.parse(ctx.out.text)).toEqual({ ok: true, reset: 26, reopened: [28, 29, 30] });
    expect(ctx.err.text).toContain('The steps it gates are marked not done too: step(s) 28, 29, 30');
    const steps = readState(dir).steps;
    expect(['25', '26', '27', '28', '29', '30'].map((n) => steps[n]?.state ?? 'todo')).toEqual(['done', 'todo', 'done', 'todo', 'todo', 'todo']);
  });

  it('a file given for two questions of one step (quantity.csv as data.csv) is refused before the step reads either', async () => {
    const dir = tempDir();
    const sample = JSON.parse(fs.readFileSync(sampleAnswersFile(dir), 'utf8')) as Record<string, string>;
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.yahooData': sample['files.yahooQuantity'] }) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(2);
    expect(ctx.err.text).toContain('yahoo-quantity.csv is also given as "Yahoo!Shopping item data CSV (data.csv)". The files of this step are separate downloads: give each its own file');
    expect(readState(dir).steps['7']).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'out', 'ne-goods.csv'))).toBe(false);
  });

  it('a step whose gate is not met is refused with exit 1 and the reason', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const r = fakeContext({ dir });
    expect(await runReset(r, { step: '21', all: false })).toBe(0);
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '24', redo: true }))).toBe(1);
    expect(ctx.err.text).toMatch(/Step 24 .* cannot run yet: finish step\(s\) 21 first/);
  });

  it('a done step needs --redo; an unknown step is a usage error', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '7', redo: false }))).toBe(1);
    expect(ctx.err.text).toContain('--redo');
    expect(await exitOf(ctx, () => runStep(ctx, { step: '31', redo: false }))).toBe(2);
    const redo = fakeContext({ dir });
    expect(await exitOf(redo, () => runStep(redo, { step: 'ne-goods', redo: true }))).toBe(0);
  });

  it('step 26 refuses an unexplained stock difference; a reason typed at the prompt lets it complete', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const state = readState(dir);
    delete state.answers['stock.accepted'];
    fs.writeFileSync(statePath(dir), JSON.stringify(state));
    const refused = fakeContext({ dir });
    expect(await exitOf(refused, () => runStep(refused, { step: '26', redo: true }))).toBe(1);
    expect(refused.err.text).toContain('towel-01-gy');

    const ctx = fakeContext({ dir, interactive: true, prompter: scriptedPrompter(['', '', '', '汚損1点 (入荷検品)', true]) });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '26', redo: true }))).toBe(0);
    expect(readState(dir).answers['stock.accepted']).toEqual({ 'towel-01-gy': '汚損1点 (入荷検品)' });
  });

  it('step 9 refuses to complete when the tag and code checks find errors', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neGoods': path.join(SAMPLE, 'traps', 'ne-goods.csv') }) });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: true }))).toBe(1);
    expect(ctx.err.text).toMatch(/checks of step 9 found \d+ error/);
    expect(readState(dir).steps['9']).toBeUndefined();
  });

  it('step 9 writes the hard-packaging tag for the codes answered in tags.hardCodes', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: true, set: ['tags.hardCodes=candle-01, vase-01'] }))).toBe(0);
    const bytes = fs.readFileSync(path.join(dir, 'out', 'ne-tags.csv'));
    const rows = decodeCp932(bytes, 0, bytes.length).split('\r\n');
    expect(rows).toContain('candle-01,[STOCKCREW連携対象][SCハード資材発送]');
  });

  it('a redone step 9 whose goods file lacks the tag column is refused (exit 2) and reopened', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const noTags = path.join(dir, 'goods-no-tags.csv');
    fs.writeFileSync(noTags, 'syohin_code,syohin_name\r\nmug-01,Mug\r\n');
    const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir, [], { 'files.neGoods': noTags }) });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: true }))).toBe(2);
    expect(ctx.err.text).toContain('goods-no-tags.csv:1: no "tag" column (header row, line 1): the checks of step 9 (tags) need it.');
    // The redone step lost its evidence: it is open again, and what it gates waits.
    expect(readState(dir).steps['9']).toBeUndefined();
  });

  it('reset --step marks one step not done; reset --all keeps a backup', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    const ctx = fakeContext({ dir, json: true });
    expect(await runReset(ctx, { step: '30', all: false })).toBe(0);
    expect(JSON.parse(ctx.out.text)).toEqual({ ok: true, reset: 30, reopened: [] });
    ctx.out.text = '';
    expect(readState(dir).steps['30']).toBeUndefined();
    expect(readState(dir).answers['mail.from']).toBe('shop@takahashi-zakka.example.jp');
    expect(await exitOf(ctx, () => runReset(ctx, { all: false }))).toBe(2);
    const sure = fakeContext({ dir, yes: true });
    expect(await runReset(sure, { all: true })).toBe(0);
    expect(fs.existsSync(statePath(dir))).toBe(false);
    expect(fs.readdirSync(dir).some((f) => /^sc-setup\..*\.bak\.json$/.test(f))).toBe(true);
  });

  it('status --json follows the contract and names the next step', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, interactive: true, prompter: scriptedPrompter(['100123', false, true, { interrupt: true }]) });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(130);
    const s = fakeContext({ dir, json: true, lang: 'ja' });
    expect(await runStatus(s)).toBe(0);
    const doc = JSON.parse(s.out.text);
    expect(doc).toMatchObject({ schemaVersion: 1, next: 2 });
    expect(doc.steps[0]).toMatchObject({ n: 1, key: 'sc-user-registration', owner: 'STOCKCREW', phase: 'prep', title: 'ユーザー登録', state: 'done' });
    expect(doc.steps[4].owner).toBe('ネクストエンジン');
    expect(doc.steps[1]).toMatchObject({ state: 'todo', doneAt: null });
  });

  it('status on a terminal narrower than 60 columns gives each step two lines, the date never cut', async () => {
    const dir = tempDir();
    await sampleDone(dir);
    expect(await runReset(fakeContext({ dir }), { step: '30', all: false })).toBe(0);
    const wide = fakeContext({ dir, lang: 'ja' });
    await runStatus(wide);
    expect(wide.out.text).toMatch(/ 29\s+ネクストエンジン\s+完了\s+\d{4}-\d{2}-\d{2} 連携の開始/);
    const narrow = fakeContext({ dir, lang: 'ja' });
    Object.assign(narrow.out, { isTTY: true, columns: 40 });
    await runStatus(narrow);
    const lines = narrow.out.text.split('\n');
    const at = lines.findIndex((l) => /^ 29\s/.test(l));
    expect(lines[at]).toMatch(/^ 29\s+完了\s+\d{4}-\d{2}-\d{2}$/);
    expect(lines[at + 1]).toBe('     [ネクストエンジン] 連携の開始');
    expect(lines.find((l) => /^▶30\s/.test(l))).toMatch(/^▶30\s+未完了$/);
    // The number, state and date line never wraps (a long title may, on its own line).
    for (const l of lines.filter((x) => /^[ ▶][ \d]\d\s/.test(x))) expect(displayWidth(l), l).toBeLessThanOrEqual(40);
  });

  it('a damaged state file is explained (exit 2) and left untouched', async () => {
    const dir = tempDir();
    fs.writeFileSync(statePath(dir), '{ "schemaVersion": 1, ');
    const ctx = fakeContext({ dir });
    expect(await exitOf(ctx, () => runContinue(ctx))).toBe(2);
    expect(ctx.err.text).toContain('reset --all');
    expect(ctx.err.text).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(statePath(dir), 'utf8')).toBe('{ "schemaVersion": 1, ');
    const s = fakeContext({ dir });
    expect(await exitOf(s, () => runStatus(s))).toBe(2);
  });
});
