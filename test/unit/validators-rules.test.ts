/** The named rules: what passes, and what the operator reads when it does not. */
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/checklist/questions.js';
import type { Question } from '../../src/checklist/types.js';
import type { Answers } from '../../src/state/answers.js';
import { checkDanger } from '../../src/checklist/danger.js';
import { parseAnswer } from '../../src/checklist/validators.js';

const NOW = new Date(2025, 1, 10, 12, 0, 0);

function ok(q: Question, raw: unknown, answers: Answers = {}) {
  const r = parseAnswer(q, raw, { now: NOW, answers });
  if (!r.ok) throw new Error(`expected ${JSON.stringify(raw)} to pass: ${r.message.en}`);
  return r.value;
}
function err(q: Question, raw: unknown, answers: Answers = {}) {
  const r = parseAnswer(q, raw, { now: NOW, answers });
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to fail, got ${JSON.stringify(r.value)}`);
  return r.message;
}

describe('company code (step 1)', () => {
  it('is 6 digits starting with 100; full-width digits from an IME are folded', () => {
    expect(ok(Q.companyCode, '100234')).toBe('100234');
    expect(ok(Q.companyCode, '１００２３４')).toBe('100234');
  });
  it('says what a company code looks like and where it is shown (goqsystem.com/manual/177380: in the SC admin after login)', () => {
    for (const bad of ['200234', '10023', '1002345', 'abc']) {
      expect(err(Q.companyCode, bad).ja).toBe(`会社コードは100で始まる6桁の半角数字です (STOCKCREWの管理画面にログインすると表示されます)。入力値: ${bad}`);
    }
  });
});

describe('Yahoo store account (step 5; seller_id of developer.yahoo.co.jp/webapi/shopping/setStock.html)', () => {
  it('is lower-case letters, digits, hyphens and underscores, up to 128 characters', () => {
    expect(ok(Q.yahooStoreAccount, 'sakura-zakka2')).toBe('sakura-zakka2');
    expect(ok(Q.yahooStoreAccount, 'sakura_zakka')).toBe('sakura_zakka');
    expect(ok(Q.yahooStoreAccount, 'a'.repeat(128))).toBe('a'.repeat(128));
    expect(err(Q.yahooStoreAccount, 'a'.repeat(129)).ja).toContain('(129文字) はストアアカウントとして使えません');
    expect(err(Q.yahooStoreAccount, 'sakura.zakka').en).toContain('lower-case letters, digits, hyphens (-) and underscores (_), at most 128 characters');
  });
  it('turns a pasted store URL or upper case into a suggestion', () => {
    expect(err(Q.yahooStoreAccount, 'https://store.shopping.yahoo.co.jp/sakura-zakka/index.html').ja).toBe(
      'URLではなくストアアカウントだけを入力してください。このURLなら「sakura-zakka」です。',
    );
    expect(err(Q.yahooStoreAccount, 'Sakura-Zakka').en).toBe('Yahoo!Shopping store accounts are lower case: did you mean "sakura-zakka"?');
    expect(err(Q.yahooStoreAccount, 'Sakura_Zakka').ja).toBe('Yahoo!ショッピングのストアアカウントは小文字です。「sakura_zakka」ではありませんか。');
  });
});

describe('mall (step 5)', () => {
  it('offers Yahoo!ショッピング only, and points other malls to their guide in one sentence', () => {
    expect(ok(Q.mall, 'yahoo')).toBe('yahoo');
    expect(Q.mall.choices.map((c) => c.label.ja)).toEqual(['Yahoo!ショッピング']);
    expect(err(Q.mall, 'rakuten').ja).toBe(
      '「rakuten」は選べません。sc-setup が案内するのは Yahoo!ショッピングだけです。ほかのモール・カートは、ネクストエンジンのモール・カート別ガイドに沿って設定してください。',
    );
  });
});

describe('e-mail (steps 10, 18)', () => {
  it('accepts an address, folding full-width characters typed by an IME', () => {
    expect(ok(Q.mailFrom, 'shop@sakura-zakka.example.jp')).toBe('shop@sakura-zakka.example.jp');
    expect(ok(Q.orderMailAddress, 'ｏｒｄｅｒ＠example.jp')).toBe('order@example.jp');
  });
  it('refuses a malformed address with an example', () => {
    expect(err(Q.mailFrom, 'shop@').ja).toBe('「shop@」はメールアドレスとして正しくありません (例: order@example.co.jp)。');
    expect(err(Q.mailReplyTo, 'shop example.jp').en).toBe('"shop example.jp" is not a valid e-mail address (e.g. order@example.co.jp).');
  });
});

describe('locations (steps 4, 8)', () => {
  it('allows at most 10 added locations, each once, never 基本拠点', () => {
    expect(ok(Q.locations, 'STOCKCREW倉庫, 本社')).toEqual(['STOCKCREW倉庫', '本社']);
    expect(err(Q.locations, Array.from({ length: 11 }, (_, i) => `拠点${i}`)).ja).toBe('追加する拠点は10件までです (11件指定されています)。');
    expect(err(Q.locations, ['本社', '本社']).en).toBe('Location "本社" is given twice.');
    expect(err(Q.locations, ['基本拠点']).ja).toContain('「基本拠点」は最初からある');
  });
  it('links SC stock to an added location when there is one, else to any name (基本拠点 by default)', () => {
    expect(ok(Q.stockLocation, '基本拠点')).toBe('基本拠点');
    expect(ok(Q.stockLocation, 'STOCKCREW倉庫', { 'ne.locations': ['STOCKCREW倉庫'] })).toBe('STOCKCREW倉庫');
    expect(err(Q.stockLocation, '基本拠点', { 'ne.locations': ['STOCKCREW倉庫', '本社'] }).ja).toBe(
      '「基本拠点」は手順8で追加した拠点 (STOCKCREW倉庫、本社) のどれでもありません。拠点を追加した場合は、追加した拠点と紐づけます。ネクストエンジンの拠点名をそのまま入力してください。',
    );
  });
});

describe('product codes (step 9 hard packaging, step 26 accepted differences)', () => {
  it('accepts NE product codes and refuses others, case-only twins and repeats', () => {
    expect(ok(Q.hardCodes, 'CUP-01, vase_02')).toEqual(['CUP-01', 'vase_02']);
    expect(err(Q.hardCodes, 'CUP 01').ja).toBe('商品コード「CUP 01」は使えません。使えるのは半角英数字・ハイフン(-)・アンダーバー(_)で、30文字以内です。');
    expect(err(Q.hardCodes, 'X'.repeat(31)).en).toContain('at most 30 characters');
    expect(err(Q.hardCodes, 'CUP-01, cup-01').ja).toBe(
      '商品コード「CUP-01」と「cup-01」は大文字・小文字だけが違います。ネクストエンジンに登録したとおりの表記を1つだけ書いてください。',
    );
    expect(err(Q.hardCodes, ['CUP-01', 'CUP-01']).en).toBe('Product code "CUP-01" is given twice.');
  });
  it('needs a reason for every accepted stock difference', () => {
    expect(ok(Q.stockAccepted, { 'CUP-01': '入荷検品中のため' })).toEqual({ 'CUP-01': '入荷検品中のため' });
    expect(ok(Q.stockAccepted, '')).toEqual({});
    expect(err(Q.stockAccepted, { 'CUP-01': ' ' }).ja).toBe(
      '商品コード「CUP-01」の在庫差異を受け入れる理由が空です。理由 (例: 入荷検品中のため) を書いてください。',
    );
    expect(err(Q.stockAccepted, { 'CUP 01': '検品中' }).en).toContain('Product code "CUP 01" is not allowed');
  });
});

describe('Next Engine method names (step 11)', () => {
  it('accepts exact names, renamed ones included', () => {
    expect(ok(Q.shippingMap, '宅配便=ヤマト(発払い)B2v6; ネコポス=ヤマト(ネコポス)')).toEqual({
      宅配便: 'ヤマト(発払い)B2v6',
      ネコポス: 'ヤマト(ネコポス)',
    });
    expect(ok(Q.paymentMethods, ['クレジットカード', '自社後払い'])).toEqual(['クレジットカード', '自社後払い']);
  });
  it('refuses spaces around a name from an answers file, since a mapping must match to the character', () => {
    expect(err(Q.paymentMap, { クレジットカード決済: 'クレジットカード ' }).ja).toBe(
      '「クレジットカード 」の前後に空白があります。名称は1文字でも違うと紐づけが効かないので、ネクストエンジンの表記どおりに入力してください。',
    );
    expect(err(Q.shippingMethods, ['\u3000ヤマト(ネコポス)']).en).toContain('has spaces at its start or end');
  });
  it('catches a default name copied with full-width brackets or letters', () => {
    expect(err(Q.shippingMap, '宅配便=ヤマト（発払い）B2v6').ja).toBe(
      '「ヤマト（発払い）B2v6」はネクストエンジンの初期の名称「ヤマト(発払い)B2v6」と、括弧や英数字の全角・半角が違います。ネクストエンジンの画面の表記どおりに入力してください。',
    );
    expect(err(Q.paymentMethods, 'ＮＰ後払い').en).toContain('differs from the Next Engine default name "NP後払い"');
  });
  it('refuses a name listed twice', () => {
    expect(err(Q.shippingMethods, ['ヤマト(ネコポス)', 'ヤマト(ネコポス)']).ja).toBe('「ヤマト(ネコポス)」が2回指定されています。');
  });
});

describe('cash on delivery (step 14)', () => {
  it('is refused for a shop moving from Yamato Fulfillment', () => {
    expect(ok(Q.codUsed, true)).toBe(true);
    expect(ok(Q.codUsed, false, { 'sc.fromYamatoFF': true })).toBe(false);
    expect(err(Q.codUsed, 'はい', { 'sc.fromYamatoFF': true }).ja).toBe(
      'ヤマトフルフィルメントから切り替える場合、STOCKCREWではヤマト(コレクト) (代金引換) を利用できません。「いいえ」にしてください。',
    );
  });
});

describe('automatic mails (step 17) and signature (step 18)', () => {
  it('reads the three kinds, with or without メール, and "なし" / "none" as no mail', () => {
    expect(ok(Q.autoMailTypes, '受注確認メール、発送連絡, 受注確認')).toEqual(['受注確認', '発送連絡']);
    expect(ok(Q.autoMailTypes, 'なし')).toEqual([]);
    expect(ok(Q.autoMailTypes, ['none'])).toEqual([]);
    // Half-width kana and full-width letters, as an IME or a paste leaves them, are read as the kinds they spell.
    expect(ok(Q.autoMailTypes, 'ﾌｫﾛｰﾒｰﾙ, 発送連絡')).toEqual(['フォロー', '発送連絡']);
    expect(ok(Q.autoMailTypes, 'ＮＯＮＥ')).toEqual([]);
    expect(err(Q.autoMailTypes, 'お礼メール').ja).toBe('「お礼」は自動送信メールの種類ではありません。選べるもの: 受注確認、発送連絡、フォロー、印刷日待ち、印刷待ち以降 (使わない場合は「なし」)');
    // NE also has 印刷日待ち / 印刷待ち以降 mails (manual.next-engine.net mail_settei/14733).
    expect(ok(Q.autoMailTypes, '印刷日待ちメール, 印刷待ち以降')).toEqual(['印刷日待ち', '印刷待ち以降']);
  });
  it('turns a typed \\n into a line break in the signature', () => {
    expect(ok(Q.mailSignature, 'さくら雑貨店\\nTEL 03-0000-0000')).toBe('さくら雑貨店\nTEL 03-0000-0000');
  });
});

describe('confirmations that must be yes', () => {
  it('refuses no, naming the question', () => {
    expect(ok(Q.testOrderSeen, true)).toBe(true);
    expect(err(Q.testOrderSeen, 'いいえ').ja).toBe(
      '「テスト注文が [受注]→[受注伝票管理] の「新規受付」に表示されましたか」が「はい」になるまで、この手順は完了できません。管理画面で作業を済ませてから答えてください。',
    );
    expect(err(Q.singleShop, false).en).toBe(
      '"Is there exactly one STOCKCREW shop for Next Engine?" must be yes before this step can be done: finish the work in the admin screen first.',
    );
  });
});

describe('supplier code (step 7)', () => {
  it('is 4 digits or empty', () => {
    expect(ok(Q.supplierCode, '0001')).toBe('0001');
    expect(ok(Q.supplierCode, '')).toBe('');
    expect(err(Q.supplierCode, '12').ja).toBe('仕入先コードは4桁の半角数字です (ネクストエンジンの仕入先マスタに登録済みのもの)。入力値: 12');
  });
});

describe('unknown validator names', () => {
  it('are a bug in the table, not a user error', () => {
    const q: Question = { key: 'x', kind: 'text', label: { ja: 'x', en: 'x' }, validator: 'nope' };
    expect(() => parseAnswer(q, 'a')).toThrow(/unknown validator "nope"/);
  });
});

describe('typed confirmations', () => {
  const d = { id: 'sc-toggles-off', word: 'OFF', prompt: { ja: 'OFF', en: 'OFF' } };
  const mail = { id: 'send-mail', word: 'SEND-MAIL', prompt: { ja: 'SEND-MAIL', en: 'SEND-MAIL' } };
  it('match the word exactly, ignoring surrounding spaces and IME full-width letters', () => {
    expect(checkDanger(d, 'OFF')).toBe(true);
    expect(checkDanger(d, '  OFF\n')).toBe(true);
    expect(checkDanger(d, 'ＯＦＦ')).toBe(true);
    expect(checkDanger(mail, 'ＳＥＮＤ－ＭＡＩＬ')).toBe(true);
    expect(checkDanger(mail, 'ＳＥＮＤーＭＡＩＬ')).toBe(true);
  });
  it('refuse anything else: other case, partial words, yes', () => {
    for (const typed of ['off', 'Off', 'OF', 'OFFF', 'O FF', 'yes', 'y', '']) expect(checkDanger(d, typed), typed).toBe(false);
    expect(checkDanger(mail, 'SEND MAIL')).toBe(false);
    expect(checkDanger(mail, 'SENDMAIL')).toBe(false);
  });
});

describe('public key expiry (step 6; NE manual zaiko_yahoo/21128: the key is renewed yearly)', () => {
  it('takes a future expiry and refuses one already past, saying how to renew', () => {
    expect(ok(Q.keyExpiresAt, '2026-02-01')).toBe('2026-02-01');
    expect(ok(Q.keyExpiresAt, '2025-02-10')).toBe('2025-02-10');
    const e = err(Q.keyExpiresAt, '2025-02-09');
    expect(e.ja).toContain('公開鍵の有効期限 2025-02-09 は過ぎています');
    expect(e.ja).toContain('[設定]→[暗号鍵管理]');
    expect(e.en).toContain('[設定]→[基本]→[API]');
  });
});

describe('time slots (step 12): right sides from templates/mappings/time-slots.json (DOMAIN.md carrier labels)', () => {
  it('accepts the carriers\' labels and names the unknown one', () => {
    expect(ok(Q.timeSlotMap, { '14:00-16:00': '14時-16時', '12:00-14:00': '12時-14時' })).toEqual({ '14:00-16:00': '14時-16時', '12:00-14:00': '12時-14時' });
    const e = err(Q.timeSlotMap, { '14:00-16:00': '14-16時' });
    expect(e.ja).toContain('「14-16時」はネクストエンジンの配送会社の時間帯区分にありません');
    expect(e.ja).toContain('19時-21時');
  });
});

describe('values copied from STOCKCREW or the seed page (steps 14, 16)', () => {
  it('refuse stray spaces and full-width letters, digits or spaces', () => {
    expect(ok(Q.scPaymentValues, { クレジットカード: 'カード決済' })).toEqual({ クレジットカード: 'カード決済' });
    expect(err(Q.scPaymentValues, { クレジットカード: 'カード決済 ' }).ja).toContain('前後に空白があります');
    expect(err(Q.scPaymentValues, { クレジットカード: 'ｶｰﾄﾞ　決済' }).ja).toContain('(全角スペース)');
    expect(err(Q.scShippingValues, { '定形外郵便': 'ＤＭ便' }).en).toContain('full-width letter, digit or sign');
  });
});
