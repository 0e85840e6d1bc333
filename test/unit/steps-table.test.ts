import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKeys, findStep, STEPS } from '../../src/checklist/steps.js';
import type { Question, Step } from '../../src/checklist/types.js';
import { VALIDATOR_NAMES } from '../../src/checklist/validators.js';
import { manualLines } from '../../src/checklist/intro.js';
import type { Text } from '../../src/i18n/text.js';

/** DOMAIN.md "The 30 steps": owner per step, S = STOCKCREW, N = Next Engine. */
const OWNERS = 'SSSSNNNNNNNNSSSSNNNNSNNSSNNSNN';

/**
 * The seed checklist's titles, step by step, with 「本システム」 said as ネクストエンジン
 * (DOMAIN.md "Corrections": inside sc-setup 「本システム」 would read as sc-setup itself).
 */
const SEED_TITLES = [
  'ユーザー登録', 'ログイン', '店舗の登録', 'ネクストエンジンとのAPI連携設定', '店舗の登録', 'APIの設定', '商品の登録',
  '拠点マスタの追加', '商品分類タグの登録', '受注メールの取込設定', '配送方法・支払方法の紐づけ',
  '配達希望日・時間指定の取込設定', '商品マスタの登録', '配送方法マスタ登録', '配送時間マスタ登録', '支払方法マスタ登録',
  '自動で購入者にメールを送信するための設定', 'メール時のアドレス・署名の設定', 'メールのテンプレート設定',
  '送り状発行ソフト側の設定', '商品対応表の登録', '在庫連携対象となる商品データの出力', '在庫連携対象となる商品データの取込',
  'ネクストエンジンとのAPI連携設定:在庫連携', '在庫の入庫', '在庫数が反映されている確認', '受注データ連携開始のための操作',
  'ネクストエンジンとのAPI連携設定:受注連携', '連携の開始', 'メールの自動送信の開始',
];

const KEYS = [
  'sc-user-registration', 'sc-login', 'sc-shop', 'sc-api-ne', 'ne-shop', 'ne-api', 'ne-goods', 'ne-locations', 'ne-tags',
  'ne-order-mail', 'ne-method-mapping', 'ne-delivery-time', 'sc-goods', 'sc-shipping-methods', 'sc-delivery-times',
  'sc-payment-methods', 'ne-auto-mail', 'ne-mail-sender', 'ne-mail-templates', 'ne-label-software', 'sc-item-map',
  'ne-stock-target-export', 'ne-stock-target-import', 'sc-api-stock-on', 'sc-inbound', 'ne-stock-verify',
  'ne-cancel-old-orders', 'sc-api-orders-on', 'ne-start-sync', 'ne-start-mail',
];

const step = (n: number): Step => STEPS[n - 1]!;

function texts(s: Step): Array<[string, Text]> {
  const out: Array<[string, Text]> = [['title', s.title], ['guidance', s.guidance]];
  s.cautions.forEach((c, i) => out.push([`caution ${i}`, c]));
  for (const q of s.asks) {
    out.push([`${q.key} label`, q.label]);
    if (q.help) out.push([`${q.key} help`, q.help]);
    for (const c of q.choices ?? []) out.push([`${q.key} choice ${c.value}`, c.label]);
  }
  for (const d of s.danger ?? []) out.push([`danger ${d.id}`, d.prompt]);
  return out;
}

describe('the step table', () => {
  it('has the 30 steps of the seed, numbered 1..30 in order, with the seed titles and the agreed keys', () => {
    expect(STEPS.map((s) => s.n)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(STEPS.map((s) => s.title.ja)).toEqual(SEED_TITLES);
    expect(STEPS.map((s) => s.key)).toEqual(KEYS);
    expect(new Set(STEPS.map((s) => s.key)).size).toBe(30);
  });

  it('matches DOMAIN.md for owner (SC/NE) and phase (事前設定 1–23, 運用開始 24–30)', () => {
    expect(STEPS.map((s) => (s.owner === 'SC' ? 'S' : 'N')).join('')).toBe(OWNERS);
    for (const s of STEPS) expect(s.phase, `step ${s.n}`).toBe(s.n <= 23 ? 'prep' : 'golive');
  });

  it('has every text in both Japanese and English, and guidance of 2–6 sentences', () => {
    for (const s of STEPS) {
      for (const [where, t] of texts(s)) {
        expect(t.ja.trim(), `step ${s.n} ${where} ja`).not.toBe('');
        expect(t.en.trim(), `step ${s.n} ${where} en`).not.toBe('');
        expect(t.ja, `step ${s.n} ${where}: ja should be Japanese`).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      }
      const sentences = s.guidance.ja.split('。').filter((x) => x.trim() !== '').length;
      expect(sentences, `step ${s.n} guidance`).toBeGreaterThanOrEqual(2);
      expect(sentences, `step ${s.n} guidance`).toBeLessThanOrEqual(6);
    }
  });

  it('only requires earlier steps, and holds every gate of DOMAIN.md', () => {
    for (const s of STEPS) for (const r of s.requires) expect(r, `step ${s.n} requires ${r}`).toBeLessThan(s.n);
    const gates: Record<number, number[]> = { 21: [13], 24: [21], 25: [21], 28: [24, 26, 27], 29: [28], 30: [17, 18, 19, 29] };
    for (const [n, needed] of Object.entries(gates)) expect(step(Number(n)).requires).toEqual(expect.arrayContaining(needed));
  });

  it('does not hold back the first steps of either side: operators work on STOCKCREW and Next Engine in parallel', () => {
    expect(step(1).requires).toEqual([]);
    expect(step(5).requires).toEqual([]);
    for (const n of [5, 6, 7, 8, 10, 11, 12]) {
      expect(step(n).requires.filter((r) => step(r).owner === 'SC'), `step ${n}`).toEqual([]);
    }
  });

  it('asks a typed word exactly at the steps that change live behaviour (3, 24, 27, 28, 29, 30)', () => {
    const words = Object.fromEntries(STEPS.filter((s) => s.danger?.length).map((s) => [s.n, s.danger!.map((d) => `${d.id}=${d.word}`)]));
    expect(words).toEqual({
      3: ['sc-toggles-off=OFF'],
      24: ['stock-sync-on=STOCK-ON'],
      27: ['auto-cancel-off=AUTO-CANCEL-OFF'],
      28: ['orders-on=ORDERS-ON'],
      29: ['start=START', 'auto-create-stopped=STOPPED'],
      30: ['mails-created=CREATED', 'unwanted-deleted=DELETED', 'send-mail=SEND-MAIL'],
    });
    for (const s of STEPS) {
      for (const d of s.danger ?? []) {
        expect(d.word).toMatch(/^[A-Z-]+$/);
        expect(d.prompt.ja, `step ${s.n} ${d.id}`).toContain(d.word);
        expect(d.prompt.en, `step ${s.n} ${d.id}`).toContain(d.word);
      }
    }
  });

  it('names the exports and checks of each step in the order they run', () => {
    const acts = Object.fromEntries(
      STEPS.filter((s) => s.actions?.length).map((s) => [
        s.n,
        s.actions!.map((a) =>
          a.kind === 'export' ? `export:${a.artifact}` : a.kind === 'check' ? `check:${a.families.join('+')}` : a.kind === 'neEvidence' ? `ne:${a.what}` : a.kind,
        ),
      ]),
    );
    expect(acts).toEqual({
      6: ['apiReminders'],
      7: ['export:ne-goods'],
      // ne:* confirm in Next Engine itself, only when logged in (sc-setup ne login); tagUpload is
      // ne-tags and the record of what carries [STOCKCREW連携対象] once it is uploaded
      9: ['check:tags+code-format+code-case+duplicates', 'tagUpload', 'ne:tags'],
      10: ['ne:testOrder'],
      11: ['ne:methods'],
      // the goods file downloaded after the upload must carry step 9's tags before anything is built from it
      13: ['confirmTags', 'check:code-format+code-case+duplicates+jan', 'export:sc-goods'],
      14: ['export:sc-shipping-methods'],
      16: ['export:sc-payment-methods'],
      21: ['confirmTags', 'export:sc-item-map'],
      22: ['check:yahoo-match'],
      23: ['export:ne-mall-items'],
      26: ['verifyStock'], // writes stock-diff from the same comparison
      27: ['export:cancel-list'],
      28: ['cancelDone', 'check:orders+mappings'],
      30: ['mailBackfill'],
    });
  });
});

describe('evidence before upload files', () => {
  it('runs every check and tag confirmation of a step before its upload files are written', () => {
    for (const s of STEPS) {
      const kinds = (s.actions ?? []).map((a) => a.kind);
      const firstWrite = kinds.findIndex((k) => k === 'export' || k === 'tagUpload');
      if (firstWrite < 0) continue;
      expect(kinds.slice(firstWrite).filter((k) => k === 'check' || k === 'confirmTags'), `step ${s.n}`).toEqual([]);
    }
  });

  it('builds sc-goods and the item map from the goods file downloaded again after the tag upload, never from the one of step 9', () => {
    for (const n of [13, 21]) {
      const files = step(n).asks.map((q) => q.key).filter((k) => k.startsWith('files.'));
      expect(files, `step ${n}`).toEqual(['files.neGoodsTagged']);
      expect(step(n).requires.some((r) => r === 9 || step(r).requires.includes(9)), `step ${n} waits for step 9`).toBe(true);
    }
    expect(step(9).asks[0]!.key).toBe('files.neGoods');
  });
});

describe('questions and answers keys', () => {
  const all: Array<{ n: number; q: Question }> = STEPS.flatMap((s) => s.asks.map((q) => ({ n: s.n, q })));

  it('asks each agreed key at its step', () => {
    const expected: Record<string, number[]> = {
      'sc.companyCode': [1], 'sc.fromYamatoFF': [1], 'sc.shopName': [3], 'sc.stockLocation': [4], mall: [5], 'ne.shopName': [5, 10],
      'yahoo.storeAccount': [5], 'yahoo.apiAuthorizedAt': [6], 'yahoo.keyExpiresAt': [6], 'files.yahooQuantity': [7],
      'files.yahooData': [7], 'ne.sellsOnYahuoku': [7], 'ne.hasGoods': [7], 'files.neGoodsBefore': [7], 'ne.locations': [8], 'files.neGoods': [9],
      'tags.notShippedBy': [9], 'tags.notShippedCodes': [9], 'files.notShipped': [9], 'tags.notShippedTag': [9],
      'tags.hardCodes': [9], 'files.neGoodsTagged': [13, 21], 'files.yahooQuantitySync': [22, 23], 'ne.orderMailAddress': [10], 'ne.testOrderSeen': [10], 'yahoo.shippingMap': [11],
      'yahoo.paymentMap': [11], 'ne.shippingMethods': [11], 'ne.paymentMethods': [11], 'yahoo.timeSlotMap': [12],
      'sc.codUsed': [14], 'sc.shippingValues': [14], 'sc.paymentValues': [16], 'sc.itemMapRoute': [21], 'mail.autoTypes': [17], 'mail.from': [18], 'mail.replyTo': [18], 'mail.signature': [18],
      'mail.templatesReviewed': [19], 'ne.selfShipping': [20], 'ne.labelSoftware': [20], 'files.neStock': [26],
      'files.scStock': [26], 'stock.accepted': [26], 'files.neOrders': [27], 'orders.cancelBefore': [27],
    };
    for (const [key, steps] of Object.entries(expected)) {
      expect(all.filter((a) => a.q.key === key).map((a) => a.n), key).toEqual(steps);
    }
  });

  it('gives one key one meaning: a key asked at several steps is the same question (its help and when aside)', () => {
    const meaning = (q: Question) => ({ kind: q.kind, label: q.label, validator: q.validator, choices: q.choices, optional: q.optional, default: q.default });
    const byKey = new Map<string, Question>();
    for (const { q } of all) {
      const first = byKey.get(q.key);
      if (first) expect(meaning(q), q.key).toEqual(meaning(first));
      else byKey.set(q.key, q);
    }
  });

  it('refers only to validators that exist, and gives select questions their choices', () => {
    for (const { n, q } of all) {
      if (q.validator) expect(VALIDATOR_NAMES, `step ${n} ${q.key}`).toContain(q.validator);
      // A single choice is a list only when the question says why nothing else is offered (step 5's mall).
      if (q.kind === 'select') expect(q.choices?.length, q.key).toBeGreaterThan(q.notOffered ? 0 : 1);
    }
  });

  it('never asks for a password, token or key', () => {
    for (const { q } of all) {
      expect(q.key).not.toMatch(/password|passwd|token|secret|apikey|api-key|privatekey/i);
      expect(q.label.en).not.toMatch(/password|token|secret/i);
      expect(q.label.ja).not.toMatch(/パスワード|トークン|秘密鍵/);
    }
  });

  it('documents every answers key once, with the first step that asks it and the confirmation words', () => {
    const docs = answerKeys();
    const keys = docs.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    const skips = ['ne.existingUser', ...STEPS.filter((s) => s.existingUserSkip).map((s) => `skip.${s.n}`)];
    expect(new Set(keys)).toEqual(new Set([...all.map((a) => a.q.key), ...STEPS.flatMap((s) => (s.danger ?? []).map((d) => `confirm.${d.id}`)), ...skips]));
    expect(docs.find((d) => d.key === 'skip.7')).toMatchObject({ step: 7, kind: 'confirm', optional: false });
    expect(docs.find((d) => d.key === 'ne.existingUser')).toMatchObject({ step: 5, kind: 'confirm' });
    expect(docs.find((d) => d.key === 'files.neGoods')).toMatchObject({ step: 9, kind: 'file', optional: false });
    expect(docs.find((d) => d.key === 'tags.hardCodes')).toMatchObject({ step: 9, kind: 'list', optional: true });
    expect(docs.find((d) => d.key === 'confirm.auto-cancel-off')).toMatchObject({ step: 27, kind: 'danger', word: 'AUTO-CANCEL-OFF' });
  });
});

describe('conditional steps and questions', () => {
  it('skips step 8 only when no location is added', () => {
    expect(step(8).skipWhen?.({ 'ne.locations': [] })).toBe(true);
    expect(step(8).skipWhen?.({ 'ne.locations': ['STOCKCREW倉庫'] })).toBe(false);
    expect(step(8).skipWhen?.({})).toBe(false);
  });

  it('skips step 20 when the shop ships nothing itself, and asks the label software only when it does', () => {
    expect(step(20).skipWhen?.({ 'ne.selfShipping': false })).toBe(true);
    expect(step(20).skipWhen?.({ 'ne.selfShipping': true })).toBe(false);
    const label = step(20).asks.find((q) => q.key === 'ne.labelSoftware')!;
    expect(label.when?.({ 'ne.selfShipping': false })).toBe(false);
    expect(label.when?.({ 'ne.selfShipping': true })).toBe(true);
  });

  it('skips the template and mail-start steps (19, 30) when no automatic mail is used', () => {
    for (const n of [19, 30]) {
      expect(step(n).skipWhen?.({ 'mail.autoTypes': [] }), `step ${n}`).toBe(true);
      expect(step(n).skipWhen?.({ 'mail.autoTypes': ['受注確認'] }), `step ${n}`).toBe(false);
    }
  });

  it('derives the NE names in use from the step-11 maps, and the Reply-To from the From address', () => {
    const shipping = step(11).asks.find((q) => q.key === 'ne.shippingMethods')!;
    expect(shipping.defaultFrom?.({ 'yahoo.shippingMap': { 宅配便: 'ヤマト(発払い)B2v6', 宅配便2: 'ヤマト(発払い)B2v6', メール便: 'ヤマト(ネコポス)' } })).toEqual([
      'ヤマト(発払い)B2v6',
      'ヤマト(ネコポス)',
    ]);
    expect(shipping.defaultFrom?.({})).toBeUndefined();
    const replyTo = step(18).asks.find((q) => q.key === 'mail.replyTo')!;
    expect(replyTo.defaultFrom?.({ 'mail.from': 'shop@example.jp' })).toBe('shop@example.jp');
  });

  it('finds a step by number or key, and nothing for anything else', () => {
    expect(findStep('7')?.key).toBe('ne-goods');
    expect(findStep(' 07 ')?.n).toBe(7);
    expect(findStep('ne-start-mail')?.n).toBe(30);
    expect(findStep('NE-GOODS')?.n).toBe(7);
    expect(findStep('31')).toBeUndefined();
    expect(findStep('0')).toBeUndefined();
    expect(findStep('ne-good')).toBeUndefined();
    expect(findStep('')).toBeUndefined();
  });
});

describe('start-up cost', () => {
  it('keeps the table free of zod and other heavy imports (status loads it)', () => {
    const dir = path.join(import.meta.dirname, '../../src/checklist');
    const allowed = new Set([
      './types.js', './questions.js', './steps-prep.js', './steps-golive.js', './ne-route.js', './skip.js', './shipping-needs.js',
      '../i18n/text.js', '../i18n/guide.js', '../state/answers.js', '../exports/shipping-names.js', '../templates-path.js',
      'node:fs', 'node:path',
    ]);
    for (const file of ['steps.ts', 'steps-prep.ts', 'steps-golive.ts', 'questions.ts', 'ne-route.ts', 'skip.ts', 'shipping-needs.ts']) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      // Type-only imports are erased at build time: they cost nothing at start-up.
      const imports = [...source.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gm)].map((m) => m[1]!);
      for (const i of imports) expect(allowed, `${file} imports ${i}`).toContain(i);
    }
  });
});

describe('what the seed says for existing users and the manuals it names', () => {
  it('offers 「設定済み (スキップ)」 at exactly 5–8, 10–12, 17–20, 22–23 (seed preamble; DOMAIN.md "Added 2026-12-01")', () => {
    expect(STEPS.filter((s) => s.existingUserSkip).map((s) => s.n)).toEqual([5, 6, 7, 8, 10, 11, 12, 17, 18, 19, 20, 22, 23]);
    // No skip ever stands in for a typed confirmation.
    for (const s of STEPS.filter((x) => x.existingUserSkip)) expect(s.danger ?? [], `step ${s.n}`).toEqual([]);
  });

  it('shows the manual titles the seed names at steps 4, 10, 23 and 30 (https://manual.next-engine.net/?p=59474)', () => {
    const titled = Object.fromEntries(STEPS.filter((s) => s.manuals?.some((m) => m.title)).map((s) => [s.n, s.manuals!.filter((m) => m.title).map((m) => m.title)]));
    expect(titled).toMatchObject({
      4: ['【STOCKCREW】API連携を行うための設定(ネクストエンジン)'],
      10: ['【ネクストエンジン】受注メールの取込設定【Yahoo!ショッピング】'],
      23: ['【ネクストエンジン】在庫連携対象となる商品データの取込【Yahoo!ショッピング】'],
      30: ['(必読)【ネクストエンジン】メール送信開始・メール種類追加時の操作'],
    });
    expect(step(30).manuals![0]!.url).toBe('https://manual.next-engine.net/main/orders/ord_mail/mail_settei/14789/');
    for (const s of STEPS) for (const m of s.manuals ?? []) if (m.url) expect(m.url, `step ${s.n}`).toMatch(/^https:\/\//);
  });

  it('prints the manual title and its address under the guidance', () => {
    expect(manualLines(step(30), 'ja')).toEqual([
      '  📖 マニュアル: (必読)【ネクストエンジン】メール送信開始・メール種類追加時の操作',
      '     https://manual.next-engine.net/main/orders/ord_mail/mail_settei/14789/',
    ]);
    expect(manualLines(step(12), 'en')).toEqual(['  📖 See: https://manual.next-engine.net/main/orders/ord_torikomi-shori/juchu_torikomi/juchu_hanyo/37633']);
  });

  it('never calls Next Engine 「本システム」 (DOMAIN.md "Corrections")', () => {
    for (const s of STEPS) for (const [where, t] of texts(s)) expect(t.ja, `step ${s.n} ${where}`).not.toContain('本システム');
  });

  it('has no certificate left at step 6: certificates were abolished 2023-07-27 (NE manual zaiko_yahoo/21128)', () => {
    for (const [where, t] of texts(step(6))) {
      if (where.startsWith('caution')) continue;
      expect(t.ja, where).not.toContain('証明書');
    }
    expect(step(6).asks.map((q) => q.key)).toEqual(['yahoo.apiAuthorizedAt', 'yahoo.keyExpiresAt']);
  });
});
