/**
 * Every question of the checklist, one object per answers key. A key that several steps
 * need (files.neGoods at 9, 13, 21, 23) is the same object in each, so one key has one
 * meaning, one kind and one validator. Validators are named here and live in validators.ts
 * (zod), so loading the table stays cheap for `status`.
 */
import { withoutNe } from './ne-route.js';
import type { Text } from '../i18n/text.js';
import type { Question } from './types.js';
import type { AnswerValue, Answers } from '../state/answers.js';
import { shippingNeedingValues } from './shipping-needs.js';

/** NE names in use, derived from a Yahoo → NE map: each target once, in first-seen order. */
function targetsOf(key: string): (answers: Answers) => AnswerValue | undefined {
  return (answers) => {
    const map = answers[key];
    if (!map || typeof map !== 'object' || Array.isArray(map)) return undefined;
    const names = [...new Set(Object.values(map))];
    return names.length > 0 ? names : undefined;
  };
}

const yes = (answers: Answers, key: string): boolean => answers[key] === true;

/** Whether step 9 named goods that STOCKCREW does not ship. */
export function notShipping(answers: Answers): boolean {
  const by = answers['tags.notShippedBy'];
  return typeof by === 'string' && by !== '' && by !== 'none';
}

/**
 * The seed guides Yahoo!ショッピング only and sends every other mall or cart to Next
 * Engine's per-mall guides (seed preamble: 「他のモール・カートとの連携については、
 * モール・カート別ガイドをご参照ください」). Said once, at step 5 and for a refused value.
 */
export const OTHER_MALLS: Text = {
  ja: 'sc-setup が案内するのは Yahoo!ショッピングだけです。ほかのモール・カートは、ネクストエンジンのモール・カート別ガイドに沿って設定してください。',
  en: 'sc-setup guides Yahoo!Shopping only. For any other mall or cart, follow Next Engine’s guide for that mall or cart.',
};

/** The Next Engine shop name: step 5 asks it, and step 10 when step 5 was skipped. */
const NE_SHOP_NAME = {
  key: 'ne.shopName',
  kind: 'text',
  label: { ja: 'ネクストエンジンに登録した店舗名', en: 'Shop name registered in Next Engine' },
  validator: 'shopName',
} satisfies Question;

export const Q = {
  companyCode: {
    key: 'sc.companyCode',
    kind: 'text',
    label: { ja: 'STOCKCREWの会社コード (6桁)', en: 'STOCKCREW company code (6 digits)' },
    help: {
      ja: '100で始まる6桁の数字で、STOCKCREWの管理画面にログインすると表示されます。',
      en: 'The 6-digit number starting with 100, shown in the STOCKCREW admin once you log in.',
    },
    validator: 'companyCode',
  },
  fromYamatoFF: {
    key: 'sc.fromYamatoFF',
    kind: 'confirm',
    label: {
      ja: 'ヤマトフルフィルメントからSTOCKCREWに切り替えますか',
      en: 'Are you moving from Yamato Fulfillment to STOCKCREW?',
    },
    help: {
      ja: '「はい」の場合、STOCKCREWが取り込むのはヤマト(発払い)B2v6・B2v5とヤマト(ネコポス)の受注だけで、代金引換 (ヤマト(コレクト)) は使えません。',
      en: 'If yes, STOCKCREW takes only orders shipped by ヤマト(発払い)B2v6/B2v5 or ヤマト(ネコポス), and cash on delivery (ヤマト(コレクト)) is not available.',
    },
    default: false,
  },
  loggedIn: {
    key: 'sc.loggedIn',
    kind: 'confirm',
    label: { ja: 'STOCKCREWの管理画面にログインできましたか', en: 'Could you log in to the STOCKCREW admin?' },
    validator: 'yes',
  },
  scShopName: {
    key: 'sc.shopName',
    kind: 'text',
    label: { ja: 'STOCKCREWに登録した店舗名 (ネクストエンジン連携用)', en: 'Shop name registered in STOCKCREW (the one for Next Engine)' },
    validator: 'shopName',
  },
  singleShop: {
    key: 'sc.singleShop',
    kind: 'confirm',
    label: {
      ja: 'STOCKCREWのネクストエンジン連携用の店舗は1つだけですか',
      en: 'Is there exactly one STOCKCREW shop for Next Engine?',
    },
    validator: 'yes',
  },
  stockLocation: {
    key: 'sc.stockLocation',
    kind: 'text',
    label: { ja: '在庫連携先拠点 (ネクストエンジンの拠点名)', en: 'Stock-sync location (Next Engine location name)' },
    help: {
      ja: 'ネクストエンジンに拠点を追加していなければ「基本拠点」。追加していれば、STOCKCREWの在庫を入れる拠点の名前です。',
      en: '基本拠点 when no location was added in Next Engine; otherwise the name of the location that holds the STOCKCREW stock.',
    },
    default: '基本拠点',
    defaultFrom: (answers) => {
      const added = answers['ne.locations'];
      return Array.isArray(added) && added.length > 0 ? added[0] : undefined;
    },
    validator: 'stockLocation',
  },
  mall: {
    key: 'mall',
    kind: 'select',
    label: { ja: '連携するモール・カート', en: 'Mall or cart to connect' },
    choices: [{ value: 'yahoo', label: { ja: 'Yahoo!ショッピング', en: 'Yahoo!Shopping' } }],
    notOffered: OTHER_MALLS,
    default: 'yahoo',
  },
  neShopName: NE_SHOP_NAME,
  yahooStoreAccount: {
    key: 'yahoo.storeAccount',
    kind: 'text',
    label: { ja: 'Yahoo!ショッピングのストアアカウント', en: 'Yahoo!Shopping store account' },
    help: {
      ja: 'ストアURL https://store.shopping.yahoo.co.jp/<ストアアカウント>/ の部分です (半角の小文字英字・数字・ハイフン・アンダーバー、128文字まで)。',
      en: 'The part of the store URL https://store.shopping.yahoo.co.jp/<account>/ (lower-case letters, digits, hyphens and underscores, up to 128 characters).',
    },
    validator: 'yahooStoreAccount',
  },
  apiAuthorizedAt: {
    key: 'yahoo.apiAuthorizedAt',
    kind: 'date',
    label: { ja: 'Yahoo!ショッピングのAPIを認可した日 (YYYY-MM-DD)', en: 'Date the Yahoo!Shopping API was authorised (YYYY-MM-DD)' },
    help: {
      ja: '4週間ごとの再認可の期限を知らせるために記録します。',
      en: 'Recorded so that the 4-weekly re-authorisation can be reminded.',
    },
    validator: 'pastDate',
  },
  keyExpiresAt: {
    key: 'yahoo.keyExpiresAt',
    kind: 'date',
    label: { ja: '公開鍵の有効期限 (YYYY-MM-DD)', en: 'Expiry date (有効期限) of the public key (YYYY-MM-DD)' },
    help: {
      ja: 'ストアクリエイターProの [設定]→[暗号鍵管理] に表示される有効期限です。期限が近づくと sc-setup status が知らせます。',
      en: 'The expiry date shown under [設定]→[暗号鍵管理] in Store Creator Pro. sc-setup status reminds you as it approaches.',
    },
    validator: 'keyExpiry',
  },
  yahooQuantity: {
    key: 'files.yahooQuantity',
    kind: 'file',
    label: { ja: 'Yahoo!ショッピングの在庫CSV (quantity.csv)', en: 'Yahoo!Shopping stock CSV (quantity.csv)' },
    help: {
      ja: 'ストアクリエイターProからダウンロードした、code, sub-code, quantity の列がある在庫ファイルです。',
      en: 'The stock file downloaded from Store Creator Pro, with code, sub-code and quantity columns.',
    },
  },
  yahooData: {
    key: 'files.yahooData',
    kind: 'file',
    label: { ja: 'Yahoo!ショッピングの商品CSV (data.csv)', en: 'Yahoo!Shopping item data CSV (data.csv)' },
    help: {
      ja: 'ストアクリエイターProからダウンロードした、code, name, price の列がある商品ファイルです。',
      en: 'The item file downloaded from Store Creator Pro, with code, name and price columns.',
    },
  },
  supplierCode: {
    key: 'ne.supplierCode',
    kind: 'text',
    label: { ja: '新規商品に付ける仕入先コード (4桁、任意)', en: 'Supplier code for new goods (4 digits, optional)' },
    help: {
      ja: 'ネクストエンジンの仕入先マスタに登録済みの4桁のコードです。空なら 0001 を使います。',
      en: 'A 4-digit code already in Next Engine’s supplier master (仕入先マスタ). Empty means 0001.',
    },
    optional: true,
    validator: 'supplierCode',
  },
  sellsOnYahuoku: {
    key: 'ne.sellsOnYahuoku',
    kind: 'confirm',
    label: { ja: 'このネクストエンジンでヤフオク!にも出品していますか', en: 'Does this Next Engine account also sell on Yahoo!Auctions (ヤフオク!)?' },
    help: {
      ja: 'ヤフオク!に出品している間は、商品コードは20文字以内である必要があります。',
      en: 'While the account sells on ヤフオク!, product codes must be at most 20 characters.',
    },
    default: false,
  },
  neHasGoods: {
    key: 'ne.hasGoods',
    kind: 'confirm',
    label: { ja: 'このネクストエンジンには、既に商品が登録されていますか', en: 'Does this Next Engine account already hold goods?' },
    help: {
      ja: '「はい」の場合、今の商品マスタCSVを指定してもらい、まだない商品コードだけを登録用CSVに書き出します (登録済みの商品名・原価を上書きしないため)。',
      en: 'If yes, give the current goods CSV: only codes not yet in Next Engine are written, so registered names and costs are never overwritten.',
    },
    default: false,
  },
  neGoodsBefore: {
    key: 'files.neGoodsBefore',
    kind: 'file',
    label: { ja: '今のネクストエンジンの商品マスタCSV (登録済みの商品)', en: 'Current Next Engine goods CSV (goods already registered)' },
    help: {
      ja: 'ネクストエンジンの商品マスタから今ダウンロードしたCSVです (syohin_code の列が必要です)。',
      en: 'The goods CSV downloaded from Next Engine now (it needs the syohin_code column).',
    },
    when: (answers) => yes(answers, 'ne.hasGoods'),
  },
  locations: {
    key: 'ne.locations',
    kind: 'list',
    label: { ja: '追加する拠点の名前 (最大10件。1拠点だけなら空)', en: 'Names of added locations (up to 10; empty for a single location)' },
    help: {
      ja: '「基本拠点」は最初からあるので含めません。商品の保管場所が1か所なら空のままにすると、手順8は「不要」になります。',
      en: '基本拠点 exists already and is not listed. With a single storage place leave it empty: step 8 is then skipped.',
    },
    optional: true,
    validator: 'locations',
  },
  neGoods: {
    key: 'files.neGoods',
    kind: 'file',
    label: { ja: 'ネクストエンジンの商品マスタCSV (ダウンロードしたもの)', en: 'Next Engine goods CSV (downloaded)' },
    help: {
      ja: '商品登録後にネクストエンジンからダウンロードした商品マスタです。syohin_code と tag の列が必要です。',
      en: 'The goods master downloaded from Next Engine after registration; it needs the syohin_code and tag columns.',
    },
  },
  neGoodsTagged: {
    key: 'files.neGoodsTagged',
    kind: 'file',
    label: {
      ja: 'タグ登録 (手順9) の後にダウンロードし直した、ネクストエンジンの商品マスタCSV',
      en: 'Next Engine goods CSV downloaded again after the tag upload (step 9)',
    },
    help: {
      ja: '手順9の ne-tags.csv をアップロードした後に、ネクストエンジンからもう一度ダウンロードした商品マスタです。手順9で指定したファイルとは別のファイルです。タグが反映されているかをこのファイルで確かめます。',
      en: 'The goods master downloaded from Next Engine again once ne-tags.csv of step 9 was uploaded; not the file given at step 9. It is how sc-setup sees that the tags arrived.',
    },
  },
  notShippedBy: {
    key: 'tags.notShippedBy',
    kind: 'select',
    label: {
      ja: 'STOCKCREWから出荷しない商品 (自社から発送する商品) の指定方法',
      en: 'How to name the goods STOCKCREW does not ship (the ones you ship yourself)',
    },
    help: {
      ja: 'ここで指定した商品には [STOCKCREW連携対象] を付けません (既に付いていればエラーとして知らせます)。すべてSTOCKCREWから出荷するなら「なし」です。',
      en: 'These goods do not get [STOCKCREW連携対象] (one that already carries it is reported as an error). If STOCKCREW ships everything, choose none.',
    },
    choices: [
      { value: 'none', label: { ja: 'なし (すべてSTOCKCREWから出荷)', en: 'None (STOCKCREW ships everything)' } },
      { value: 'codes', label: { ja: '商品コードを入力する', en: 'Type the product codes' } },
      { value: 'file', label: { ja: '商品コードを1行に1つ書いたファイル', en: 'A file with one product code per line' } },
      { value: 'tag', label: { ja: '目印として付けている商品分類タグ', en: 'A product tag the shop already uses to mark them' } },
    ],
    default: 'none',
  },
  notShippedCodes: {
    key: 'tags.notShippedCodes',
    kind: 'list',
    label: { ja: 'STOCKCREWから出荷しない商品コード', en: 'Product codes STOCKCREW does not ship' },
    validator: 'productCodes',
    when: (answers) => answers['tags.notShippedBy'] === 'codes',
  },
  notShippedFile: {
    key: 'files.notShipped',
    kind: 'file',
    label: {
      ja: 'STOCKCREWから出荷しない商品コードのファイル (1行に1コード)',
      en: 'File of the product codes STOCKCREW does not ship (one per line)',
    },
    help: {
      ja: 'Excel の1列目に商品コードを並べて CSV で保存したものでも構いません。',
      en: 'A CSV saved from Excel with the codes in the first column works too.',
    },
    when: (answers) => answers['tags.notShippedBy'] === 'file',
  },
  notShippedTag: {
    key: 'tags.notShippedTag',
    kind: 'text',
    label: {
      ja: '自社から発送する商品に付けている商品分類タグ (例: [自社発送])',
      en: 'Product tag that marks the goods you ship yourself (e.g. [自社発送])',
    },
    validator: 'ownTag',
    when: (answers) => answers['tags.notShippedBy'] === 'tag',
  },
  hardCodes: {
    key: 'tags.hardCodes',
    kind: 'list',
    label: { ja: 'ハード資材で発送する商品コード (任意)', en: 'Product codes to ship in hard packaging (optional)' },
    help: {
      ja: 'STOCKCREWの標準の梱包はソフト (簡易包装) です。箱で送りたい商品だけを書きます。',
      en: 'STOCKCREW packs in soft packaging by default; list only the items that must ship in a box.',
    },
    optional: true,
    validator: 'productCodes',
  },
  orderMailAddress: {
    key: 'ne.orderMailAddress',
    kind: 'text',
    label: { ja: '受注メールの転送先 (ネクストエンジンの取込用アドレス)', en: 'Order-mail forwarding address (Next Engine import address)' },
    validator: 'email',
  },
  /**
   * Step 10 looks for the test order in the shop named at step 5 (with a Next Engine login):
   * a step 5 skipped as already set up asked nothing, so step 10 asks the name itself.
   */
  neShopNameForTestOrder: {
    ...NE_SHOP_NAME,
    help: {
      ja: '手順5を「設定済み」にしたので、ここで伺います。テスト注文はこの店舗の受注として探します。',
      en: 'Asked here because step 5 was marked as already set up: the test order is looked for among this shop’s orders.',
    },
    when: (answers) => yes(answers, 'skip.5'),
  },
  testOrderSeen: {
    key: 'ne.testOrderSeen',
    kind: 'confirm',
    label: {
      ja: 'テスト注文が [受注]→[受注伝票管理] の「新規受付」に表示されましたか',
      en: 'Did a test order appear under 新規受付 in [受注]→[受注伝票管理]?',
    },
    validator: 'yes',
    // With a Next Engine login the order endpoint shows the test order instead (ne-evidence.ts).
    when: withoutNe,
  },
  shippingMap: {
    key: 'yahoo.shippingMap',
    kind: 'map',
    label: {
      ja: 'Yahoo!ショッピングの配送方法名 = ネクストエンジンの発送方法名',
      en: 'Yahoo!Shopping shipping name = Next Engine 発送方法 name',
    },
    help: {
      ja: '右側はネクストエンジンの表記どおりにします。例: 宅配便=ヤマト(発払い)B2v6; ネコポス=ヤマト(ネコポス)',
      en: 'The right side must be spelled exactly as in Next Engine. Example: 宅配便=ヤマト(発払い)B2v6; ネコポス=ヤマト(ネコポス)',
    },
    validator: 'methodMap',
  },
  paymentMap: {
    key: 'yahoo.paymentMap',
    kind: 'map',
    label: {
      ja: 'Yahoo!ショッピングの支払方法名 = ネクストエンジンの支払方法名',
      en: 'Yahoo!Shopping payment name = Next Engine 支払方法 name',
    },
    help: {
      ja: '右側はネクストエンジンの表記どおりにします。例: クレジットカード決済=クレジットカード; 銀行振込=銀行振込前払い',
      en: 'The right side must be spelled exactly as in Next Engine. Example: クレジットカード決済=クレジットカード; 銀行振込=銀行振込前払い',
    },
    validator: 'methodMap',
  },
  shippingMethods: {
    key: 'ne.shippingMethods',
    kind: 'list',
    label: { ja: '使っているネクストエンジンの発送方法名', en: 'Next Engine 発送方法 names in use' },
    help: {
      ja: '既定は上の配送方法の対応先です。STOCKCREWの配送方法マスタ (手順14) はこの名前で作ります。',
      en: 'Defaults to the targets of the shipping map above; STOCKCREW’s shipping master (step 14) is built from these names.',
    },
    defaultFrom: targetsOf('yahoo.shippingMap'),
    validator: 'neMethodNames',
  },
  paymentMethods: {
    key: 'ne.paymentMethods',
    kind: 'list',
    label: { ja: '使っているネクストエンジンの支払方法名', en: 'Next Engine 支払方法 names in use' },
    help: {
      ja: '既定は上の支払方法の対応先です。STOCKCREWの支払方法マスタ (手順16) はこの名前で作ります。',
      en: 'Defaults to the targets of the payment map above; STOCKCREW’s payment master (step 16) is built from these names.',
    },
    defaultFrom: targetsOf('yahoo.paymentMap'),
    validator: 'neMethodNames',
  },
  timeSlotMap: {
    key: 'yahoo.timeSlotMap',
    kind: 'map',
    label: {
      ja: 'Yahoo!ショッピングの時間指定 = ネクストエンジンの時間指定 (任意)',
      en: 'Yahoo!Shopping time slot = Next Engine time slot (optional)',
    },
    help: {
      ja: '右側は配送会社の時間帯区分 (templates/mappings/time-slots.json) の表記にします。時間指定を受け付けていないお店は空欄のままにします。例: 午前中=午前中; 14:00-16:00=14時-16時',
      en: 'The right side must be a carrier time-slot label (templates/mappings/time-slots.json). Leave it empty if the shop takes no time slots. Example: 午前中=午前中; 14:00-16:00=14時-16時',
    },
    optional: true,
    validator: 'timeSlotMap',
  },
  codUsed: {
    key: 'sc.codUsed',
    kind: 'confirm',
    label: { ja: '代金引換 (ヤマト(コレクト)) を使いますか', en: 'Do you use cash on delivery (ヤマト(コレクト))?' },
    help: {
      ja: 'ヤマトフルフィルメントから切り替える場合は使えないので「いいえ」です。',
      en: 'Shops moving from Yamato Fulfillment cannot use it: answer no.',
    },
    default: false,
    validator: 'codAllowed',
  },
  scShippingValues: {
    key: 'sc.shippingValues',
    kind: 'map',
    label: {
      ja: 'STOCKCREWの配送方法 (ネクストエンジンの発送方法名=STOCKCREWの画面に表示される配送方法)',
      en: 'STOCKCREW shipping methods (Next Engine 発送方法 name=the method STOCKCREW’s screen shows)',
    },
    help: {
      ja: 'STOCKCREWが初期値で紐づけていない発送方法ごとに、STOCKCREWの配送方法マスタの画面に表示される値をそのまま書きます。公開されている値は「ヤマト運輸 ソフト」(ヤマト(発払い)B2v6・B2v5) と「ネコポスソフト」(ヤマト(ネコポス)) だけです。例: ヤマト(コレクト)B2v6=〈STOCKCREWの画面の値〉',
      en: 'For each method STOCKCREW does not map by default, write the value exactly as STOCKCREW’s shipping-method master screen shows it. The only published values are 「ヤマト運輸 ソフト」 (ヤマト(発払い)B2v6, B2v5) and 「ネコポスソフト」 (ヤマト(ネコポス)). Example: ヤマト(コレクト)B2v6=〈the value on STOCKCREW’s screen〉',
    },
    validator: 'scValues',
    // Asked (and, without a terminal, listed as missing up front) only when a method in use needs a row.
    when: (answers) => shippingNeedingValues(answers).length > 0,
  },
  scPaymentValues: {
    key: 'sc.paymentValues',
    kind: 'map',
    label: {
      ja: 'STOCKCREWの支払方法 (ネクストエンジンの支払方法名=マニュアル手順16の「設定する値」)',
      en: 'STOCKCREW payment methods (Next Engine 支払方法 name=the 設定する値 of the manual’s step 16)',
    },
    help: {
      ja: 'https://manual.next-engine.net/?p=59474 の手順16に画像で載っている値を、支払方法ごとに一字一句そのまま書きます。ダブルクリックで範囲選択してコピーしないでください。例: 代金引換=〈手順16の値〉; 銀行振込前払い=〈手順16の値〉',
      en: 'For each payment method, write the value shown as an image at step 16 of https://manual.next-engine.net/?p=59474, exactly. Do not select it by double-clicking to copy. Example: 代金引換=〈the step 16 value〉; 銀行振込前払い=〈the step 16 value〉',
    },
    validator: 'scValues',
  },
  deliveryTimesChecked: {
    key: 'sc.deliveryTimesChecked',
    kind: 'confirm',
    label: {
      ja: 'STOCKCREWの配送時間マスタに初期値が登録されていることを確認しましたか',
      en: 'Did you check that STOCKCREW’s delivery-time master holds its default entries?',
    },
    validator: 'yes',
  },
  inboundReceived: {
    key: 'sc.inboundReceived',
    kind: 'confirm',
    label: {
      ja: 'STOCKCREWで入荷予定を登録し、商品が入庫されたことを管理画面で確認しましたか',
      en: 'Did you register the inbound plan in STOCKCREW and see on its screen that the goods were received?',
    },
    validator: 'yes',
  },
  autoMailTypes: {
    key: 'mail.autoTypes',
    kind: 'list',
    label: { ja: '使う自動送信メール (受注確認・発送連絡・フォロー・印刷日待ち・印刷待ち以降)', en: 'Automatic mails to use (受注確認, 発送連絡, フォロー, 印刷日待ち, 印刷待ち以降)' },
    help: {
      ja: '購入時の受注確認、出荷時の発送連絡、購入後のフォロー、印刷日待ち、印刷待ち以降から選びます。1通も送らない場合は空のまま (または「なし」) にします。手順19と30は不要になります。',
      en: 'Choose among 受注確認 (order), 発送連絡 (shipment), フォロー (follow-up), 印刷日待ち and 印刷待ち以降. Leave it empty (or type "none") to send none: steps 19 and 30 are then skipped.',
    },
    choices: [
      { value: '受注確認', label: { ja: '受注確認メール (購入時)', en: 'Order confirmation (at purchase)' } },
      { value: '発送連絡', label: { ja: '発送連絡メール (出荷時)', en: 'Shipping notice (at shipment)' } },
      { value: 'フォロー', label: { ja: 'フォローメール (購入後)', en: 'Follow-up (after purchase)' } },
      { value: '印刷日待ち', label: { ja: '印刷日待ちメール', en: '印刷日待ち mail (waiting for the print date)' } },
      { value: '印刷待ち以降', label: { ja: '印刷待ち以降メール', en: '印刷待ち以降 mail (印刷待ち or later)' } },
    ],
    optional: true,
    validator: 'mailTypes',
  },
  mailFrom: {
    key: 'mail.from',
    kind: 'text',
    label: { ja: 'メールの送信元アドレス (From)', en: 'Sender address of mails (From)' },
    validator: 'email',
  },
  mailReplyTo: {
    key: 'mail.replyTo',
    kind: 'text',
    label: { ja: '返信先アドレス (Reply-To)', en: 'Reply-To address' },
    help: { ja: '既定は送信元アドレスと同じです。', en: 'Defaults to the sender address.' },
    defaultFrom: (answers) => (typeof answers['mail.from'] === 'string' ? answers['mail.from'] : undefined),
    validator: 'email',
  },
  mailSignature: {
    key: 'mail.signature',
    kind: 'text',
    label: { ja: 'メールの署名', en: 'Mail signature' },
    help: {
      ja: 'プロンプトでは1行で入力し、改行は \\n と書きます (回答ファイルでは JSON の改行 \\n がそのまま使えます)。',
      en: 'At the prompt type one line and write line breaks as \\n (in an answers file a JSON \\n works as is).',
    },
    validator: 'signature',
  },
  templatesReviewed: {
    key: 'mail.templatesReviewed',
    kind: 'confirm',
    label: {
      ja: '自動送信するメールのテンプレートを確認・編集しましたか',
      en: 'Did you review (and edit) the templates of the automatic mails?',
    },
    validator: 'yes',
  },
  selfShipping: {
    key: 'ne.selfShipping',
    kind: 'confirm',
    label: { ja: 'STOCKCREW以外に、自社からも商品を発送しますか', en: 'Do you also ship some goods yourself, besides STOCKCREW?' },
    help: { ja: '「いいえ」なら手順20は不要です。', en: 'If no, step 20 is skipped.' },
    default: false,
    // Goods kept out of STOCKCREW at step 9 are shipped by the shop.
    defaultFrom: (answers) => (notShipping(answers) ? true : undefined),
    validator: 'selfShipping',
  },
  labelSoftware: {
    key: 'ne.labelSoftware',
    kind: 'select',
    label: { ja: '自社発送で使う送り状発行ソフト', en: 'Label software used for your own shipments' },
    choices: [
      { value: 'B2クラウド', label: { ja: 'B2クラウド (ヤマト運輸)', en: 'B2 Cloud (Yamato)' } },
      { value: 'e飛伝', label: { ja: 'e飛伝 (佐川急便)', en: 'e-Hiden (Sagawa)' } },
      { value: 'ゆうプリR', label: { ja: 'ゆうプリR (日本郵便)', en: 'Yu-Pri R (Japan Post)' } },
      { value: 'その他', label: { ja: 'その他', en: 'Other' } },
    ],
    when: (answers) => yes(answers, 'ne.selfShipping'),
  },
  itemMapRoute: {
    key: 'sc.itemMapRoute',
    kind: 'select',
    label: { ja: 'STOCKCREWへの商品対応表の登録方法', en: 'How you register the item map in STOCKCREW' },
    help: {
      ja: 'STOCKCREWの商品対応表は、モール形式CSVのインポートかAPIインポートで登録します (手入力は不可)。STOCKCREWの画面で使う方を選びます。',
      en: 'STOCKCREW registers item maps by mall-format CSV import or API import (no manual entry). Choose the one you use on STOCKCREW’s screen.',
    },
    choices: [
      { value: 'csv', label: { ja: 'CSVインポート (sc-item-map をアップロード)', en: 'CSV import (upload sc-item-map)' } },
      { value: 'api', label: { ja: 'APIインポート (sc-item-map は確認用の一覧)', en: 'API import (sc-item-map is the list to check)' } },
    ],
    default: 'csv',
  },
  yahooQuantitySync: {
    key: 'files.yahooQuantitySync',
    kind: 'file',
    label: {
      ja: '在庫連携用にダウンロードし直したYahoo!ショッピングの在庫CSV (quantity.csv)',
      en: 'Yahoo!Shopping stock CSV (quantity.csv) downloaded again for stock sync',
    },
    help: {
      ja: 'この手順でストアクリエイターProからダウンロードした最新のファイルです。手順7で指定したファイルとは別に指定します。',
      en: 'The latest file, downloaded from Store Creator Pro at this step; given separately from the file of step 7.',
    },
  },
  neStock: {
    key: 'files.neStock',
    kind: 'file',
    label: { ja: 'ネクストエンジンの在庫CSV', en: 'Next Engine stock CSV' },
    help: {
      ja: 'ネクストエンジンからダウンロードした、商品コードと在庫数の列がある在庫ファイルです。',
      en: 'The stock file downloaded from Next Engine, with product code and stock columns.',
    },
    when: withoutNe,
  },
  scStock: {
    key: 'files.scStock',
    kind: 'file',
    label: { ja: 'STOCKCREWの在庫CSV', en: 'STOCKCREW stock CSV' },
    help: {
      ja: 'STOCKCREWの管理画面からダウンロードした在庫一覧です。',
      en: 'The stock list downloaded from the STOCKCREW admin.',
    },
  },
  stockAccepted: {
    key: 'stock.accepted',
    kind: 'map',
    label: {
      ja: '受け入れる在庫差異: 商品コード=理由 (任意)',
      en: 'Stock differences to accept: product code=reason (optional)',
    },
    help: {
      ja: '差異があっても進めてよい商品だけを、理由と一緒に書きます。書かなかった差異があると手順26は完了できません。例: ABC-01=入荷検品中のため; ABC-02=破損1点を返品中',
      en: 'Only items whose difference may stand, each with its reason. Any other difference keeps step 26 open. Example: ABC-01=still being checked in; ABC-02=one damaged unit returned',
    },
    optional: true,
    validator: 'acceptedDiffs',
  },
  neOrders: {
    key: 'files.neOrders',
    kind: 'file',
    label: { ja: 'ネクストエンジンの受注伝票CSV', en: 'Next Engine orders CSV' },
    help: {
      ja: '[受注]→[受注伝票管理] からダウンロードした受注伝票です (伝票番号・受注日・受注状態の列が必要です)。',
      en: 'Order slips downloaded from [受注]→[受注伝票管理] (needs slip number, order date and status columns).',
    },
    when: withoutNe,
  },
  neOrdersAfterCancel: {
    key: 'files.neOrdersAfterCancel',
    kind: 'file',
    label: {
      ja: '手順27のキャンセルの後にダウンロードし直した、ネクストエンジンの受注伝票CSV',
      en: 'Next Engine orders CSV downloaded again after the cancellations of step 27',
    },
    help: {
      ja: '手順27の一覧の伝票をキャンセルした後に、[受注]→[受注伝票管理] からもう一度ダウンロードした受注伝票です (キャンセル済みの伝票も含めてください)。手順27で指定したファイルとは別のファイルです。キャンセルが反映されているかをこのファイルで確かめます。',
      en: 'The order slips downloaded again from [受注]→[受注伝票管理] once the slips of step 27’s list were cancelled (cancelled slips included); not the file given at step 27. It is how sc-setup sees that the cancellations took.',
    },
    when: withoutNe,
  },
  cancelBefore: {
    key: 'orders.cancelBefore',
    kind: 'date',
    label: {
      ja: 'この日より前の受注を、処理済みとしてキャンセル対象にする (YYYY-MM-DD)',
      en: 'Orders placed before this date are treated as handled and listed for cancellation (YYYY-MM-DD)',
    },
    help: {
      ja: 'モール側で処理・出荷済みなのにネクストエンジンに残っている受注を洗い出すための日付です。',
      en: 'The cut-off used to find orders already handled on the mall that are still open in Next Engine.',
    },
    validator: 'pastDate',
  },
} satisfies Record<string, Question>;
