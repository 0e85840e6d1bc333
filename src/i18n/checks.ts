import { defineMessages } from './text.js';

/** Messages of stock comparison (`verify stock`, `export stock-diff`). */
export const stockText = defineMessages({
  noteOnlyInSc: { ja: 'STOCKCREWのみ (ネクストエンジンに商品コードなし)', en: 'only in STOCKCREW (no such Next Engine code)' },
  noteOnlyInNe: { ja: 'ネクストエンジンのみ (STOCKCREWに商品コードなし)', en: 'only in Next Engine (no such STOCKCREW code)' },
  noteCaseOnly: {
    ja: '大文字小文字だけ違うコードが{side}にあります: {other}',
    en: '{side} has a code that differs only in upper/lower case: {other}',
  },
  noteDifferent: { ja: '在庫数が一致しません', en: 'counts differ' },
  sideSc: { ja: 'STOCKCREW', en: 'STOCKCREW' },
  sideNe: { ja: 'ネクストエンジン', en: 'Next Engine' },
  badQuantity: {
    ja: '{file} の {line} 行目: 列「{column}」の在庫数「{value}」が整数ではありません',
    en: '{file} line {line}: stock count "{value}" in column "{column}" is not a whole number',
  },
  badQuantityHint: {
    ja: '在庫数は半角の整数で入れてください (在庫なしは 0)。列を取り違えている場合は {flag} で在庫数の列見出しを指定してください。',
    en: 'Counts must be whole numbers (0 for none). If the wrong column was picked, name the count column with {flag}.',
  },
  duplicateSummed: {
    ja: '{file}: 商品コード {code} が {lines} 行目に重複しているため、在庫数を合計して比較しました',
    en: '{file}: code {code} appears on lines {lines}; its counts were added together for the comparison',
  },
  missingInput: {
    ja: '{what}がありません。{flag} <CSVファイル> で指定してください',
    en: 'No {what} given. Name it with {flag} <csv file>',
  },
  missingInputHint: {
    ja: '在庫の照合には STOCKCREW の在庫CSV (--sc-stock) とネクストエンジンの在庫CSV (--ne-stock) の両方が必要です。',
    en: 'Comparing stock needs both the STOCKCREW stock CSV (--sc-stock) and the Next Engine stock CSV (--ne-stock).',
  },
  scStockFile: { ja: 'STOCKCREW の在庫CSV', en: 'STOCKCREW stock CSV' },
  neStockFile: { ja: 'ネクストエンジンの在庫CSV', en: 'Next Engine stock CSV' },
  qtyColumnChosen: {
    ja: '{file}: 在庫数は列「{column}」で照合しました。ほかに在庫数の列「{others}」もあります (別の列で照合するには {flag} で指定します)',
    en: '{file}: counts were compared from column "{column}"; the file also has "{others}" (name another with {flag})',
  },
  locationCompared: {
    ja: '{file}: 拠点「{location}」(STOCKCREWと連携する拠点、手順4) の行だけを照合しました',
    en: '{file}: only the rows of location "{location}" (the one linked to STOCKCREW, step 4) were compared',
  },
  locationAbsent: {
    ja: '{file} の列「{column}」に、STOCKCREWと連携する拠点「{location}」の行がありません (あった拠点: {found})',
    en: '{file}: column "{column}" has no row of "{location}", the location linked to STOCKCREW (locations found: {found})',
  },
  locationsUnnamed: {
    ja: '{file} の列「{column}」に {count} か所の拠点 ({found}) の行があり、どれがSTOCKCREWと連携する拠点か分からないため照合できません (拠点の在庫を合計すると、違いが隠れます)',
    en: '{file}: column "{column}" has rows of {count} locations ({found}), and which one is linked to STOCKCREW is not known, so nothing was compared (adding the locations together would hide differences)',
  },
  locationsUnnamedHint: {
    ja: 'STOCKCREWの「在庫連携先拠点設定」(手順4) で選んだ拠点名を --ne-location で指定するか、sc-setup set sc.stockLocation=拠点名 で記録してから、もう一度実行してください。',
    en: 'Name the location chosen in STOCKCREW’s 在庫連携先拠点設定 (step 4) with --ne-location, or record it with sc-setup set sc.stockLocation=<name>, then run again.',
  },
  locationAbsentHint: {
    ja: 'STOCKCREWの「在庫連携先拠点設定」(手順4) とネクストエンジンの拠点名が一致しているか、拠点がYahoo!ショッピングの店舗と紐づき商品が追加されているかを確かめてください (回答 sc.stockLocation)。',
    en: 'Check that STOCKCREW’s 在庫連携先拠点設定 (step 4) names the Next Engine location exactly, and that the location is linked to the Yahoo!Shopping shop with the goods added (answer sc.stockLocation).',
  },
  duplicatesMore: {
    ja: '{file}: ほかにも重複した商品コードが {count} 件あります (同様に合計しました)',
    en: '{file}: {count} more codes appear more than once (also added together)',
  },
  codeSpaced: {
    ja: '{file} {line} 行目: 商品コード「{code}」の前後に空白があります。空白を除いた {trimmed} として比較しました。システム上のコードに本当に空白が付いているなら、{trimmed} とは別の商品として扱われ、在庫が連携されません。元の管理画面でコードを確かめてください',
    en: '{file} line {line}: code "{code}" has spaces around it; it was compared as {trimmed}. If the code in the system really carries them, it is another product than {trimmed} and its stock is not synced: check the code in the admin screen it came from',
  },
  codeSpacedMore: {
    ja: '{file}: ほかにも前後に空白がある商品コードが {count} 件あります (同様に空白を除いて比較しました)',
    en: '{file}: {count} more codes have spaces around them (also compared without them)',
  },
});

/** Messages of preflight rules (`check`). Each says what is wrong and what to do. */
export const checkText = defineMessages({
  // code-format
  codeEmpty: {
    ja: '商品コードが空です。ネクストエンジンの商品には必ず商品コードが必要です。この行に商品コードを入れるか、行を削除してください',
    en: 'The product code is empty. Every Next Engine product needs one: fill it in or delete the row',
  },
  codeCharset: {
    ja: '商品コード「{code}」に使えない文字 {chars} があります。使えるのは半角英数字と - _ だけです (全角文字・空白は不可)。ネクストエンジンに登録する前に直してください',
    en: 'Product code "{code}" contains characters that are not allowed: {chars}. Only half-width A-Z a-z 0-9 - _ are allowed (no full-width characters, no spaces). Fix it before registering in Next Engine',
  },
  codeLength: {
    ja: '商品コード「{code}」が {length} 文字です。上限は {max} 文字です{why}。短いコードに変えてから登録してください',
    en: 'Product code "{code}" is {length} characters long; the limit is {max}{why}. Shorten it before registering',
  },
  codeLengthWhy20: {
    ja: ' (ヤフオク!に出品している間は 20 文字)',
    en: ' (20 while the account sells on ヤフオク!)',
  },
  codeUnderscore: {
    ja: '商品コード「{code}」に「_」があります。Yahoo!ショッピングの商品コードには「_」が使えないため、この商品は Yahoo!ショッピングと在庫連携できません。Yahoo!ショッピングで販売するなら「-」などに変えてください',
    en: 'Product code "{code}" contains "_". Yahoo!Shopping codes cannot contain "_", so this product can never be stock-synced with Yahoo!Shopping. If you sell it there, use "-" or another allowed character',
  },
  yahooCodeFormat: {
    ja: 'Yahoo!ショッピングの{column}「{code}」が使えない形です。使えるのは半角英数字と「-」だけ、1〜30文字です。ネクストエンジンの商品コードと完全一致させる必要があるので、ストアクリエイターProで直してください',
    en: 'Yahoo!Shopping {column} "{code}" has a form that is not allowed: only half-width A-Z a-z 0-9 and "-", 1 to 30 characters. It must equal a Next Engine product code exactly, so fix it in Store Creator Pro',
  },
  // code-case
  codeCase: {
    ja: '大文字小文字だけが違う商品コードがあります: {members}。ネクストエンジンの在庫連携は大文字小文字まで完全一致で照合するため、STOCKCREWの在庫が加算され続けたり在庫連携されなかったりします。どれか1つの表記にそろえてください (ネクストエンジンに登録済みの商品コードの大文字小文字は変えないでください)',
    en: 'Product codes that differ only in upper/lower case: {members}. Next Engine matches codes exactly, case included, so STOCKCREW stock can keep being added or never synced. Make them one spelling (do not change the case of a code already registered in Next Engine)',
  },
  // duplicates
  duplicate: {
    ja: '商品コード「{code}」が同じファイルの {first} 行目にもあります。1つの商品コードは1行だけにしてください (どちらの行が正しいか確認して、もう一方を削除)',
    en: 'Product code "{code}" already appears on line {first} of the same file. Keep one row per code (check which row is right and delete the other)',
  },
  // jan
  janExponent: {
    ja: 'JANコード「{jan}」は、Excel が指数表記に変えた値です。{kept}桁目より後の数字が失われているため、元の JAN コードを入力し直してください (書き出しはこの値で止まります)',
    en: 'JAN code "{jan}" is a number Excel turned into its exponent form: its digits after digit {kept} are lost. Enter the original JAN code again (the exports stop at this value)',
  },
  janExponentWhole: {
    ja: 'JANコード「{jan}」は、Excel が指数表記に変えた値です。数字は残っていて {whole} と読めますが、コードとしてはこのまま使えません。{whole} を文字列として入力し直してください (書き出しはこの値で止まります)',
    en: 'JAN code "{jan}" is a number Excel turned into its exponent form. Its digits are all there ({whole}), but it is no code as written: enter {whole} again as text (the exports stop at this value)',
  },
  janNotScannable: {
    ja: 'JANコード「{jan}」は、JAN・EAN・UPC の数字にも FNSKU にもなりません (Excel の「.0」や先頭の「\'」、全角数字など)。スキャンできないコードのため、正しい値を入れ直してください (書き出しはこの値で止まります)',
    en: 'JAN code "{jan}" is neither JAN/EAN/UPC digits nor an FNSKU (an Excel ".0" or leading "\'", full-width digits …): nothing scans it. Enter the right value (the exports stop at this value)',
  },
  janFormat: {
    ja: 'JANコード「{jan}」は、STOCKCREW が受け付ける JAN (13桁)・EAN (8桁/13桁)・UPC (12桁)・FNSKU (X0 で始まる10文字) のどの形でもありません。正しい値を入れるか、空欄にしてください (空欄なら STOCKCREW が13桁の物流IDを発行します)',
    en: 'JAN code "{jan}" is none of the forms STOCKCREW accepts: JAN (13 digits), EAN (8 or 13 digits), UPC (12 digits), FNSKU (10 characters starting with X0). Enter a correct value or leave it blank (STOCKCREW then issues a 13-digit logistics ID)',
  },
  janCheckDigit: {
    ja: 'バーコード「{jan}」のチェックデジット (最後の1桁) が違います。正しくは {expected} のはずです。商品パッケージのバーコードの数字を確認してください',
    en: 'Barcode "{jan}" has a wrong check digit (the last digit); it should be {expected}. Check the number printed under the barcode',
  },
  // tags
  tagFullWidth: {
    ja: 'タグ「{tag}」のかっこが全角です。タグは半角の [ ] を含めて「{target}」と完全に同じでないと STOCKCREW に連携されません。商品分類タグを「{target}」に直してください',
    en: 'Tag "{tag}" uses full-width brackets. A tag must be exactly "{target}", half-width [ ] included, or STOCKCREW ignores it. Change the product tag to "{target}"',
  },
  tagSpaces: {
    ja: 'タグ「{tag}」に空白が入っています。空白があると別のタグとみなされ、STOCKCREW に連携されません。「{target}」に直してください',
    en: 'Tag "{tag}" contains spaces, which make it a different tag that STOCKCREW ignores. Change it to "{target}"',
  },
  tagNoBrackets: {
    ja: '商品分類タグ欄の「{text}」が [ ] で囲まれていません。タグは [ ] も含めて登録します。「{target}」と入れてください',
    en: '"{text}" in the tag field is not inside [ ]. Tags include their brackets: enter "{target}"',
  },
  tagNearMiss: {
    ja: 'タグ「{tag}」は「{target}」と似ていますが一致しません。STOCKCREW はタグの文字が完全に一致する商品だけを出荷します。「{target}」に直してください',
    en: 'Tag "{tag}" looks like "{target}" but is not the same. STOCKCREW only ships products whose tag matches exactly. Change it to "{target}"',
  },
  tagHardWithoutTarget: {
    ja: '「{hard}」が付いていますが「{target}」がありません。ハード資材のタグだけでは STOCKCREW から出荷されません。「{target}」も付けてください (STOCKCREW から出荷しない商品なら「{hard}」を外してください)',
    en: '"{hard}" is set but "{target}" is missing; the hard-packaging tag alone does not make STOCKCREW ship it. Add "{target}" too (or remove "{hard}" if STOCKCREW does not ship this product)',
  },
  // yahoo-match
  yahooNoNe: {
    ja: 'Yahoo!ショッピングの{column}「{code}」と同じ商品コードがネクストエンジンの商品マスタにありません。このままでは在庫連携されません。ネクストエンジンに商品を登録するか、コードを一致させてください',
    en: 'Yahoo!Shopping {column} "{code}" has no Next Engine product with exactly this code, so it will not be stock-synced. Register the product in Next Engine or make the codes equal',
  },
  yahooCaseOnly: {
    ja: 'Yahoo!ショッピングの{column}「{code}」はネクストエンジンの商品コード「{ne}」({neAt}) と大文字小文字だけが違います。在庫連携は完全一致のため、このままでは在庫連携されません。Yahoo!ショッピング側のコードを「{ne}」に直してください (ネクストエンジン側の大文字小文字は変えないでください)',
    en: 'Yahoo!Shopping {column} "{code}" differs from Next Engine code "{ne}" ({neAt}) only in upper/lower case. Stock sync needs an exact match, so it will not be synced. Change the Yahoo!Shopping code to "{ne}" (do not change the case in Next Engine)',
  },
  yahooParentNoNe: {
    ja: 'Yahoo!ショッピングの商品コード「{code}」がネクストエンジンの商品コードにも代表商品コードにもありません。オプションのある商品はネクストエンジンの代表商品コードを Yahoo の code と同じにしてください',
    en: 'Yahoo!Shopping item code "{code}" is neither a Next Engine product code nor a representative code. For items with options, the Next Engine representative code must equal the Yahoo code',
  },
  neNotOnYahoo: {
    ja: '商品「{code}」は [STOCKCREW連携対象] ですが、指定した Yahoo!ショッピングのファイルにありません。Yahoo!ショッピングで販売しているなら、コードが完全一致しているか確認してください (販売していなければ問題ありません)',
    en: 'Product "{code}" is tagged [STOCKCREW連携対象] but is in none of the Yahoo!Shopping files given. If you sell it on Yahoo!Shopping, check that the codes match exactly (if not, this is fine)',
  },
  columnCode: { ja: '商品コード (code)', en: 'code' },
  columnSubCode: { ja: '個別商品コード (sub-code)', en: 'sub-code' },
  // mappings
  shippingUnmapped: {
    ja: 'Yahoo!ショッピングの配送方法「{yahoo}」に対応するネクストエンジンの発送方法が決まっていません。手順11で紐づけてください',
    en: 'Yahoo!Shopping shipping method "{yahoo}" has no Next Engine shipping method. Map it in step 11',
  },
  shippingNotInNe: {
    ja: 'Yahoo!ショッピングの配送方法「{yahoo}」の紐づけ先「{ne}」が、ネクストエンジンの発送方法の一覧にありません。ネクストエンジンの [設定]→[発送方法] の名前と完全に同じにしてください',
    en: 'Yahoo!Shopping shipping method "{yahoo}" maps to "{ne}", which is not in the Next Engine shipping method list. Use the name exactly as Next Engine shows it',
  },
  shippingNotAccepted: {
    ja: 'Yahoo!ショッピングの配送方法「{yahoo}」はネクストエンジンの「{ne}」に紐づいていますが、STOCKCREW の配送方法マスタに「{ne}」がありません。このままではこの配送方法の注文は STOCKCREW に連携されません。STOCKCREW が取り込む発送方法 ({accepted}) に紐づけ直すか、手順14で STOCKCREW の配送方法マスタに「{ne}」の行を追加し、画面に表示される配送方法を回答 sc.shippingValues に記録してください (ヤマトフルフィルメントから切り替える場合は初期値の3つだけが取り込まれます)',
    en: 'Yahoo!Shopping shipping method "{yahoo}" maps to Next Engine "{ne}", which STOCKCREW\'s shipping master does not know, so such orders never reach STOCKCREW. Map it to a method STOCKCREW takes ({accepted}), or add a row for "{ne}" to the STOCKCREW shipping master in step 14 and record the method its screen shows in the answer sc.shippingValues (after Yamato Fulfillment only the three defaults are taken)',
  },
  paymentUnmapped: {
    ja: 'Yahoo!ショッピングの支払方法「{yahoo}」に対応するネクストエンジンの支払方法が決まっていません。手順11で紐づけてください',
    en: 'Yahoo!Shopping payment method "{yahoo}" has no Next Engine payment method. Map it in step 11',
  },
  paymentNotInNe: {
    ja: 'Yahoo!ショッピングの支払方法「{yahoo}」の紐づけ先「{ne}」が、ネクストエンジンの支払方法の一覧にありません。ネクストエンジンの画面の名前と完全に同じにしてください',
    en: 'Yahoo!Shopping payment method "{yahoo}" maps to "{ne}", which is not in the Next Engine payment method list. Use the name exactly as Next Engine shows it',
  },
  paymentNotMapped: {
    ja: 'ネクストエンジンの支払方法「{ne}」(Yahoo!ショッピングの「{yahoo}」から) が STOCKCREW の支払方法マスタの対応表にありません。手順16で、マニュアル手順16の値を回答 sc.paymentValues に記録し、STOCKCREW の支払方法マスタに登録してください (値は前後の空白なしで完全一致)',
    en: 'Next Engine payment method "{ne}" (from Yahoo!Shopping "{yahoo}") is not in the STOCKCREW payment master mapping. At step 16 record the manual’s step-16 value in the answer sc.paymentValues and register it in the STOCKCREW payment master (exact value, no stray spaces)',
  },
  codNeedsCollect: {
    ja: '代金引換を使う設定ですが、代金引換の注文に使う発送方法「ヤマト(コレクト)」系が紐づけにありません。代引きの配送方法をネクストエンジンの「{collect}」に紐づけ、手順14で STOCKCREW の配送方法マスタにも追加してください',
    en: 'Cash on delivery is used, but no shipping method maps to a Yamato collect method. Map the COD shipping method to Next Engine "{collect}" and add it to the STOCKCREW shipping master in step 14',
  },
  codFromYamatoFF: {
    ja: 'ヤマトフルフィルメントから STOCKCREW に切り替える場合、ヤマト(コレクト) (代金引換) は使えません。Yahoo!ショッピングで代金引換の受付を止めるか、代金引換の注文は自社から発送してください',
    en: 'Shops moving from Yamato Fulfillment cannot use ヤマト(コレクト) (cash on delivery) with STOCKCREW. Stop offering cash on delivery on Yahoo!Shopping or ship those orders yourself',
  },
  orderShippingNotAccepted: {
    ja: '受注伝票の発送方法「{name}」({count}行) は STOCKCREW の配送方法マスタにありません。この発送方法の受注は STOCKCREW に連携されず、出荷されません。STOCKCREW が取り込む発送方法 ({accepted}) に変えるか、手順14で STOCKCREW の配送方法マスタに「{name}」の行を追加し、画面に表示される配送方法を回答 sc.shippingValues に記録してください',
    en: 'Order shipping method "{name}" ({count} lines) is not in STOCKCREW\'s shipping master, so these orders never reach STOCKCREW and are not shipped. Change them to a method STOCKCREW takes ({accepted}), or add a row for "{name}" to the STOCKCREW shipping master in step 14 and record the method its screen shows in the answer sc.shippingValues',
  },
  orderCodShipping: {
    ja: '支払方法が代金引換の受注 ({count}行) の発送方法が「{name}」です。代金引換の発送方法 ({collect}) でないため、代金を回収せずに出荷されるおそれがあります。受注の発送方法を確かめてください',
    en: 'Cash-on-delivery orders ({count} lines) ship by "{name}", not the cash-on-delivery method ({collect}): they may go out without the money being collected. Check the shipping method of these orders',
  },
  orderCodYamatoFF: {
    ja: '支払方法が代金引換の受注 ({count}行、発送方法「{name}」) があります。ヤマトフルフィルメントから切り替える場合、STOCKCREWでは代金引換を使えません',
    en: 'There are cash-on-delivery orders ({count} lines, shipping "{name}"); shops moving from Yamato Fulfillment cannot use cash on delivery with STOCKCREW',
  },
  orderPaymentNotMapped: {
    ja: '受注伝票の支払方法「{name}」({count}行) が STOCKCREW の支払方法マスタの対応表にありません (手順16で登録するのは回答 ne.paymentMethods の支払方法です)。ne.paymentMethods に加え (sc-setup set)、手順16で STOCKCREW の支払方法マスタに登録してください (値は前後の空白なしで完全一致)',
    en: 'Order payment method "{name}" ({count} lines) is not in the STOCKCREW payment master mapping (step 16 registers the methods of the answer ne.paymentMethods). Add it to ne.paymentMethods (sc-setup set) and register it in step 16 (exact value, no stray spaces)',
  },
  // item-map
  itemMapTwice: {
    ja: '商品対応表で EC 商品コード「{code}」が2回出てきます ({first} 行目と {line} 行目)。STOCKCREW の商品対応表は EC 商品コード1つに STOCKCREW 商品コード1つだけ (セット不可) です。どちらか1行にしてください',
    en: 'EC code "{code}" would appear twice in the item map (lines {first} and {line}). STOCKCREW maps one EC code to exactly one SC code (no sets): keep one row',
  },
});

/** Short names of rules, shown as headings in the summary. */
export const ruleTitles = defineMessages({
  'code-format.empty': { ja: '商品コードが空', en: 'Empty product code' },
  'code-format.charset': { ja: '商品コードに使えない文字', en: 'Characters not allowed in product code' },
  'code-format.length': { ja: '商品コードが長すぎる', en: 'Product code too long' },
  'code-format.underscore': { ja: 'Yahoo!ショッピングでは使えない「_」入りの商品コード', en: 'Code with "_", not usable on Yahoo!Shopping' },
  'code-format.yahoo': { ja: 'Yahoo!ショッピングのコードの形が違う', en: 'Yahoo!Shopping code in a form not allowed' },
  'code-case': { ja: '大文字小文字だけ違う商品コード', en: 'Codes that differ only in upper/lower case' },
  duplicates: { ja: '同じ商品コードが複数行', en: 'Same code on several rows' },
  'orders.held': { ja: '確認待ち・入金待ちで止まっている受注', en: 'Orders held in 確認待ち / 入金待ち' },
  'orders.untagged': { ja: 'タグのない商品を含む受注 (伝票ごと取り込まれない)', en: 'Orders with untagged goods (skipped as a whole)' },
  'jan.format': { ja: 'JANコードが JAN/EAN/UPC/FNSKU の形でない', en: 'JAN code not a JAN/EAN/UPC/FNSKU' },
  'jan.check-digit': { ja: 'バーコードのチェックデジット違い', en: 'Wrong barcode check digit' },
  'jan.exponent': { ja: 'Excel が指数表記に変えた JAN コード (桁が失われている)', en: 'JAN code turned into an exponent by Excel (digits lost)' },
  'tags.full-width': { ja: 'タグのかっこが全角', en: 'Full-width tag brackets' },
  'tags.spaces': { ja: 'タグに空白', en: 'Spaces in tag' },
  'tags.brackets': { ja: 'タグに [ ] がない', en: 'Tag without [ ]' },
  'tags.near-miss': { ja: 'タグの綴りが違う', en: 'Misspelt tag' },
  'tags.hard-without-target': { ja: 'ハード資材タグだけで連携対象タグがない', en: 'Hard-packaging tag without the STOCKCREW tag' },
  'tags.not-shipped-tagged': { ja: 'STOCKCREWから出荷しない商品に連携対象タグ', en: 'STOCKCREW tag on goods STOCKCREW does not ship' },
  'yahoo-match.no-ne': { ja: 'ネクストエンジンにない Yahoo!ショッピングのコード', en: 'Yahoo!Shopping code missing in Next Engine' },
  'yahoo-match.case-only': { ja: '大文字小文字だけ違う Yahoo!ショッピングのコード', en: 'Yahoo!Shopping code differing only in case' },
  'yahoo-match.parent': { ja: '代表商品コードが見つからない Yahoo!ショッピングの商品', en: 'Yahoo!Shopping item without a representative code' },
  'yahoo-match.not-on-yahoo': { ja: 'Yahoo!ショッピングのファイルにない STOCKCREW 連携対象商品', en: 'STOCKCREW-tagged goods missing from Yahoo!Shopping files' },
  'mappings.shipping-unmapped': { ja: '紐づけのない配送方法', en: 'Unmapped shipping method' },
  'mappings.shipping-not-in-ne': { ja: 'ネクストエンジンにない発送方法名', en: 'Shipping name not in Next Engine' },
  'mappings.shipping-not-accepted': { ja: 'STOCKCREW が受け付けない発送方法', en: 'Shipping method STOCKCREW does not accept' },
  'mappings.payment-unmapped': { ja: '紐づけのない支払方法', en: 'Unmapped payment method' },
  'mappings.payment-not-in-ne': { ja: 'ネクストエンジンにない支払方法名', en: 'Payment name not in Next Engine' },
  'mappings.payment-not-mapped': { ja: 'STOCKCREW の支払方法マスタにない支払方法', en: 'Payment method missing from the STOCKCREW master' },
  'mappings.order-shipping': { ja: 'STOCKCREW が受け付けない受注の発送方法', en: 'Order shipping method STOCKCREW does not accept' },
  'mappings.order-cod-shipping': { ja: '代金引換なのに代金引換でない発送方法の受注', en: 'Cash-on-delivery orders on a non-COD shipping method' },
  'mappings.order-cod-yamato-ff': { ja: 'ヤマトフルフィルメントからの切り替えで使えない代金引換の受注', en: 'Cash-on-delivery orders after Yamato Fulfillment' },
  'mappings.order-payment': { ja: 'STOCKCREW の支払方法マスタにない受注の支払方法', en: 'Order payment method missing from the STOCKCREW master' },
  'mappings.cod-needs-collect': { ja: '代金引換にヤマト(コレクト)がない', en: 'Cash on delivery without ヤマト(コレクト)' },
  'mappings.cod-yamato-ff': { ja: 'ヤマトフルフィルメントからの切替で代金引換', en: 'Cash on delivery after Yamato Fulfillment' },
  'item-map.twice': { ja: '商品対応表で同じ EC 商品コードが2回', en: 'EC code twice in the item map' },
  'number-format': { ja: '半角の整数でない価格・原価・寸法', en: 'Price, cost or size that is not a plain whole number' },
  'formula-cell': { ja: 'Excel で数式として扱われる文字列', en: 'Text Excel reads as a formula' },
});

/** The readable summary of `check` and of the go-live gates. */
export const summaryText = defineMessages({
  error: { ja: 'エラー', en: 'error' },
  warning: { ja: '警告', en: 'warning' },
  ruleHeading: { ja: '{title} ({rule}): {severity} {count}件', en: '{title} ({rule}): {count} {severity}(s)' },
  more: { ja: '…ほか {count}件 (すべて見るには --json)', en: '… and {count} more (use --json to see all)' },
  totals: { ja: '合計: エラー {errors}件、警告 {warnings}件', en: 'Total: {errors} error(s), {warnings} warning(s)' },
  clean: { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
  checkedFiles: { ja: 'チェックしたファイル: {files}', en: 'Files checked: {files}' },
  noFiles: { ja: 'チェックしたファイル: なし (回答のみ)', en: 'Files checked: none (answers only)' },
  skipped: { ja: '実行できなかったチェック: {family} — {missing} がありません', en: 'Not run: {family} — needs {missing}' },
  or: { ja: ' または ', en: ' or ' },
  and: { ja: '、', en: ', ' },
  inputColumn: { ja: '{file} の「{column}」列', en: 'a "{column}" column in {file}' },
  answerKey: { ja: '回答 {key}', en: 'answer {key}' },
  noInputs: {
    ja: 'チェックするファイルも回答もありません。--ne-goods などで入力ファイルを指定するか、sc-setup.json のある作業フォルダで実行してください',
    en: 'Nothing to check: no input files and no answers. Name input files (--ne-goods …) or run in a working folder with sc-setup.json',
  },
});

/** Go-live reminders: Yahoo API renewal and the mail back-fill windows. */
export const goliveText = defineMessages({
  reauthOk: {
    ja: 'Yahoo!ショッピング API の次の再認可期限: {date} (あと {days} 日。4週間ごとに再認可が必要です)',
    en: 'Next Yahoo!Shopping API re-authorisation due: {date} ({days} days left; needed every 4 weeks)',
  },
  reauthSoon: {
    ja: 'Yahoo!ショッピング API の再認可期限が近づいています: {date} (あと {days} 日)。ネクストエンジンの [設定]→[基本]→[API] の [Y!ログイン] で認可をやり直し、sc-setup step 6 --redo で日付を記録してください',
    en: 'Yahoo!Shopping API re-authorisation is due soon: {date} ({days} days left). Re-authorise through [Y!ログイン] under [設定]→[基本]→[API] in Next Engine and record the date with sc-setup step 6 --redo',
  },
  reauthOverdue: {
    ja: 'Yahoo!ショッピング API の再認可期限を過ぎています ({date}、{days} 日超過)。受注取込と在庫連携が止まっている可能性があります。すぐにネクストエンジンの [設定]→[基本]→[API] の [Y!ログイン] で認可をやり直し、sc-setup step 6 --redo で日付を記録してください',
    en: 'Yahoo!Shopping API re-authorisation is overdue ({date}, {days} days ago): order import and stock sync may have stopped. Re-authorise through [Y!ログイン] under [設定]→[基本]→[API] in Next Engine now and record the date with sc-setup step 6 --redo',
  },
  keyOk: {
    ja: 'Yahoo!ショッピング API の公開鍵の有効期限: {date} (あと {days} 日。1年ごとに更新が必要です)',
    en: 'The Yahoo!Shopping API public key expires on {date} ({days} days left; renewed yearly)',
  },
  keySoon: {
    ja: 'Yahoo!ショッピング API の公開鍵の有効期限が近づいています: {date} (あと {days} 日)。ストアクリエイターProの [設定]→[暗号鍵管理] で新しい公開鍵を発行し、ネクストエンジンの [設定]→[基本]→[API] に登録して、sc-setup step 6 --redo で新しい有効期限を記録してください',
    en: 'The Yahoo!Shopping API public key expires soon: {date} ({days} days left). Issue a new key in Store Creator Pro under [設定]→[暗号鍵管理], register it in Next Engine under [設定]→[基本]→[API], and record the new expiry with sc-setup step 6 --redo',
  },
  keyOverdue: {
    ja: 'Yahoo!ショッピング API の公開鍵は有効期限切れです ({date}、{days} 日超過)。APIでの受注取込と在庫連携が止まっています。ストアクリエイターProの [設定]→[暗号鍵管理] で新しい公開鍵を発行し、ネクストエンジンの [設定]→[基本]→[API] に登録して、sc-setup step 6 --redo で新しい有効期限を記録してください',
    en: 'The Yahoo!Shopping API public key has expired ({date}, {days} days ago): order import and stock sync through the API have stopped. Issue a new key in Store Creator Pro under [設定]→[暗号鍵管理], register it in Next Engine under [設定]→[基本]→[API], and record the new expiry with sc-setup step 6 --redo',
  },
  backfillOrders: {
    ja: '受注確認メール: {date} 以降に受注した注文 (直近1週間) の分も作成されます',
    en: 'Order confirmation mails: also created for orders placed on or after {date} (the last week)',
  },
  backfillShipped: {
    ja: '発送連絡メール: {date} 以降に出荷した注文 (直近1週間) の分も作成されます',
    en: 'Shipping notice mails: also created for orders shipped on or after {date} (the last week)',
  },
  backfillFollow: {
    ja: 'フォローメール: 出荷確定日が {date} 以降の注文 (直近3か月) の分も作成されます',
    en: 'Follow-up mails: also created for orders whose 出荷確定日 (shipping confirmation) is on or after {date} (the last 3 months)',
  },
  backfillProcedure: {
    ja: '手順: まずメールを作りためる → 過去の注文あての不要なメールを削除 → それから送信を開始してください',
    en: 'Procedure: first create the mails (作りためる) → delete the unwanted ones for past orders → only then start sending',
  },
});

/** `verify stock` output. */
export const verifyText = defineMessages({
  heading: {
    ja: '在庫数の照合 (STOCKCREW: {sc} / ネクストエンジン: {ne})',
    en: 'Stock comparison (STOCKCREW: {sc} / Next Engine: {ne})',
  },
  counts: {
    ja: '商品コード {compared}件のうち {matched}件が一致しました',
    en: '{matched} of {compared} codes match',
  },
  allMatch: {
    ja: 'すべての商品コードで STOCKCREW とネクストエンジンの在庫数が一致しました。手順26を完了にできます。',
    en: 'Every code has the same count in STOCKCREW and Next Engine. Step 26 can be marked done.',
  },
  differences: { ja: '在庫数が違う商品コード: {count}件 (STOCKCREW / ネクストエンジン)', en: 'Codes whose counts differ: {count} (STOCKCREW / Next Engine)' },
  onlyInSc: { ja: 'STOCKCREW にだけある商品コード: {count}件', en: 'Codes only in STOCKCREW: {count}' },
  onlyInNe: { ja: 'ネクストエンジンにだけある商品コード: {count}件', en: 'Codes only in Next Engine: {count}' },
  caseOnly: {
    ja: '大文字小文字だけ違う商品コード: {count}組。在庫連携は完全一致で照合するため連携されません (STOCKCREW の在庫が加算され続けるおそれもあります)。ネクストエンジンに登録済みの表記に STOCKCREW 側をそろえてください',
    en: 'Codes that differ only in upper/lower case: {count} pair(s). Stock sync matches exactly, so they are not synced (and STOCKCREW stock may keep being added). Make the STOCKCREW side use the spelling registered in Next Engine',
  },
  more: { ja: '…ほか {count}件', en: '… and {count} more' },
  nextStep: {
    ja: '全件の一覧は `sc-setup export stock-diff` で CSV に書き出せます。STOCKCREW の在庫連携 (手順24) が ON で、入庫 (手順25) が終わっているか確認し、数分後にもう一度照合してください。',
    en: 'Write the full list as CSV with `sc-setup export stock-diff`. Check that STOCKCREW stock sync (step 24) is ON and receiving (step 25) is done, then compare again in a few minutes.',
  },
  warningPrefix: { ja: '注意', en: 'Note' },
});
