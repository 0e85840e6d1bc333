import { defineMessages } from './text.js';

/**
 * Why an answer was refused, in the operator's terms. `{label}` is the question's own
 * label; `{value}` is what was given, so the operator sees exactly what was read.
 */
export const validatorText = defineMessages({
  empty: {
    ja: '「{label}」が空です。入力してください。',
    en: '"{label}" is empty: please give a value.',
  },
  wrongType: {
    ja: '「{label}」には{expected}を指定してください (指定値: {value})。',
    en: '"{label}" needs {expected} (got: {value}).',
  },
  expectText: { ja: '文字列', en: 'a text value' },
  expectOneLine: { ja: '1行の文字列', en: 'a single line of text' },
  expectConfirm: { ja: 'はい/いいえ (true/false)', en: 'yes/no (true/false)' },
  expectList: { ja: '一覧 (JSONの配列、または「,」で区切った値)', en: 'a list (a JSON array, or values separated by ",")' },
  expectMap: {
    ja: '対応表 (JSONのオブジェクト {"元の名前": "対応先"}、または「元=先」の組を「;」で区切ったもの)',
    en: 'pairs (a JSON object {"from": "to"}, or "from=to" pairs separated by ";")',
  },
  selectUnknown: {
    ja: '「{value}」は「{label}」の選択肢にありません。選べるもの: {list}',
    en: '"{value}" is not a choice for "{label}". Choices: {list}',
  },
  selectNotOffered: { ja: '「{value}」は選べません。{why}', en: '"{value}" cannot be chosen. {why}' },
  confirmUnknown: {
    ja: '「{value}」を はい/いいえ として読めません。「はい」か「いいえ」(y / n) で答えてください。',
    en: 'Cannot read "{value}" as yes or no: answer yes or no (y / n).',
  },
  mustBeYes: {
    ja: '「{label}」が「はい」になるまで、この手順は完了できません。管理画面で作業を済ませてから答えてください。',
    en: '"{label}" must be yes before this step can be done: finish the work in the admin screen first.',
  },
  dateFormat: {
    ja: '「{value}」を日付として読めません。YYYY-MM-DD (例: 2025-02-05) の形で入力してください。',
    en: 'Cannot read "{value}" as a date: write it as YYYY-MM-DD (e.g. 2025-02-05).',
  },
  dateInvalid: {
    ja: '{value} という日付はカレンダーにありません。月と日を確かめてください。',
    en: '{value} is not a calendar date: check the month and day.',
  },
  dateFuture: {
    ja: '「{label}」に未来の日付 ({value}) は指定できません。今日 ({today}) 以前の日付を入力してください。',
    en: '"{label}" cannot be in the future ({value}): give a date up to today ({today}).',
  },
  mapLine: {
    ja: '「{line}」が「左=右」の形になっていません。「{label}」は1組ずつ「=」で左右を区切って書きます。',
    en: '"{line}" is not a "left=right" pair: write each pair of "{label}" with "=" between the two sides.',
  },
  mapDuplicate: {
    ja: '「{from}」が2回指定されています。1つの名前に対応先は1つだけです。',
    en: '"{from}" is given twice: each name maps to exactly one target.',
  },
  companyCode: {
    ja: '会社コードは100で始まる6桁の半角数字です (STOCKCREWの管理画面にログインすると表示されます)。入力値: {value}',
    en: 'The company code is 6 digits starting with 100 (shown in the STOCKCREW admin once you log in). Got: {value}',
  },
  supplierCode: {
    ja: '仕入先コードは4桁の半角数字です (ネクストエンジンの仕入先マスタに登録済みのもの)。入力値: {value}',
    en: 'The supplier code is 4 digits, one already in Next Engine’s supplier master (仕入先マスタ). Got: {value}',
  },
  multiLine: {
    ja: '「{label}」は1行で入力してください (改行が含まれています)。',
    en: '"{label}" must be a single line (it contains a line break).',
  },
  storeAccountUrl: {
    ja: 'URLではなくストアアカウントだけを入力してください。このURLなら「{suggest}」です。',
    en: 'Give only the store account, not the URL. For this URL it is "{suggest}".',
  },
  storeAccountCase: {
    ja: 'Yahoo!ショッピングのストアアカウントは小文字です。「{suggest}」ではありませんか。',
    en: 'Yahoo!Shopping store accounts are lower case: did you mean "{suggest}"?',
  },
  storeAccount: {
    ja: '「{value}」({length}文字) はストアアカウントとして使えません。ストアアカウントは半角の小文字英字・数字・ハイフン(-)・アンダーバー(_)で128文字までの、ストアURL https://store.shopping.yahoo.co.jp/<ストアアカウント>/ の部分です。',
    en: '"{value}" ({length} characters) cannot be a store account: it is lower-case letters, digits, hyphens (-) and underscores (_), at most 128 characters, the part of the store URL https://store.shopping.yahoo.co.jp/<account>/.',
  },
  keyExpired: {
    ja: '公開鍵の有効期限 {value} は過ぎています (今日は {today})。期限切れの公開鍵ではAPIが使えません。ストアクリエイターProの [設定]→[暗号鍵管理] で新しい公開鍵を発行し、ネクストエンジンの [設定]→[基本]→[API] に登録してから、新しい有効期限を入力してください。',
    en: 'The public key expired on {value} (today is {today}); the API does not work with an expired key. Issue a new key in Store Creator Pro under [設定]→[暗号鍵管理], register it in Next Engine under [設定]→[基本]→[API], then give its new expiry date.',
  },
  timeSlotUnknown: {
    ja: '「{value}」はネクストエンジンの配送会社の時間帯区分にありません。使える表記: {list} (templates/mappings/time-slots.json)',
    en: '"{value}" is not one of Next Engine’s carrier time-slot labels. Allowed: {list} (templates/mappings/time-slots.json)',
  },
  scValueWidth: {
    ja: '「{name}」の値「{value}」に全角の英数字・記号または特殊な空白 ({char}) が入っています。コピー元の表記どおりに入力し直してください。',
    en: 'The value "{value}" for "{name}" contains a full-width letter, digit or sign, or an unusual space ({char}). Type it again exactly as the source shows it.',
  },
  email: {
    ja: '「{value}」はメールアドレスとして正しくありません (例: order@example.co.jp)。',
    en: '"{value}" is not a valid e-mail address (e.g. order@example.co.jp).',
  },
  stockLocation: {
    ja: '「{value}」は手順8で追加した拠点 ({list}) のどれでもありません。拠点を追加した場合は、追加した拠点と紐づけます。ネクストエンジンの拠点名をそのまま入力してください。',
    en: '"{value}" is none of the locations added at step 8 ({list}). With added locations, STOCKCREW links to one of them: type the Next Engine location name exactly.',
  },
  locationsTooMany: {
    ja: '追加する拠点は10件までです ({count}件指定されています)。',
    en: 'At most 10 added locations ({count} given).',
  },
  locationsDuplicate: {
    ja: '拠点「{value}」が2回指定されています。',
    en: 'Location "{value}" is given twice.',
  },
  locationsBase: {
    ja: '「基本拠点」は最初からあるので、追加する拠点には含めないでください。拠点を追加しない場合は空のままにします。',
    en: '基本拠点 exists from the start: do not list it among added locations. Leave the list empty when no location is added.',
  },
  productCode: {
    ja: '商品コード「{value}」は使えません。使えるのは半角英数字・ハイフン(-)・アンダーバー(_)で、30文字以内です。',
    en: 'Product code "{value}" is not allowed: half-width letters, digits, hyphen (-) and underscore (_), at most 30 characters.',
  },
  productCodeDuplicate: {
    ja: '商品コード「{value}」が2回指定されています。',
    en: 'Product code "{value}" is given twice.',
  },
  productCodeCase: {
    ja: '商品コード「{a}」と「{b}」は大文字・小文字だけが違います。ネクストエンジンに登録したとおりの表記を1つだけ書いてください。',
    en: 'Product codes "{a}" and "{b}" differ only in upper/lower case: give the code once, exactly as registered in Next Engine.',
  },
  nameSpaces: {
    ja: '「{value}」の前後に空白があります。名称は1文字でも違うと紐づけが効かないので、ネクストエンジンの表記どおりに入力してください。',
    en: '"{value}" has spaces at its start or end: names must match Next Engine exactly, or the mapping does not apply.',
  },
  nameWidth: {
    ja: '「{value}」はネクストエンジンの初期の名称「{known}」と、括弧や英数字の全角・半角が違います。ネクストエンジンの画面の表記どおりに入力してください。',
    en: '"{value}" differs from the Next Engine default name "{known}" in full-width/half-width brackets or letters: copy the name as Next Engine shows it.',
  },
  namesDuplicate: {
    ja: '「{value}」が2回指定されています。',
    en: '"{value}" is given twice.',
  },
  codFromYamato: {
    ja: 'ヤマトフルフィルメントから切り替える場合、STOCKCREWではヤマト(コレクト) (代金引換) を利用できません。「いいえ」にしてください。',
    en: 'Shops moving from Yamato Fulfillment cannot use ヤマト(コレクト) (cash on delivery) at STOCKCREW: answer no.',
  },
  mailType: {
    ja: '「{value}」は自動送信メールの種類ではありません。選べるもの: {list} (使わない場合は「なし」)',
    en: '"{value}" is not a kind of automatic mail. Choices: {list} (or "none")',
  },
  acceptedReason: {
    ja: '商品コード「{code}」の在庫差異を受け入れる理由が空です。理由 (例: 入荷検品中のため) を書いてください。',
    en: 'No reason given for accepting the stock difference of product code "{code}": write one (e.g. still being checked in).',
  },
  mall: {
    ja: 'このツールが案内できるのは Yahoo!ショッピングだけです。{value} との連携は、ネクストエンジンのモール・カート別ガイドに沿って設定してください。',
    en: 'This tool guides Yahoo!Shopping only. For {value}, follow Next Engine’s guide for that mall or cart.',
  },
  ownTag: {
    ja: '「{value}」は商品分類タグの形ではありません。半角の角かっこを含めて、[自社発送] のように1つだけ書いてください。',
    en: '"{value}" is not a product tag: write one tag with its half-width brackets, like [自社発送].',
  },
  ownTagReserved: {
    ja: '{value} はSTOCKCREWの出荷に使うタグです。自社から発送する商品の目印には、別のタグを指定してください。',
    en: '{value} is the tag STOCKCREW ships by: mark the goods you ship yourself with another tag.',
  },
  selfShippingContradiction: {
    ja: '手順9で、STOCKCREWから出荷しない商品 (自社から発送する商品) を指定しています。自社からも発送するので「はい」です。すべてSTOCKCREWから出荷するなら、先に `sc-setup set tags.notShippedBy=none` で手順9の指定を外してください。',
    en: 'Step 9 names goods STOCKCREW does not ship (the shop ships them): the answer is yes. If STOCKCREW ships everything, first clear that with `sc-setup set tags.notShippedBy=none`.',
  },
});
