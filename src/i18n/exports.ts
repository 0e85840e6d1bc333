import { defineMessages } from './text.js';

/** Messages of `sc-setup export` and the artifact builders (src/exports). */
export const exportText = defineMessages({
  // --- inputs and options -------------------------------------------------------------
  missingInputs: {
    ja: '「{artifact}」を作るには次の指定が必要です: {list}',
    en: '"{artifact}" needs: {list}',
  },
  missingInputsHint: {
    ja: '入力ファイルはそれぞれのフラグで指定するか、sc-setup の該当手順で登録してから再実行してください。',
    en: 'Name each input file with its flag (or register it in the matching sc-setup step), then run again.',
  },
  beforeMissing: {
    ja: 'cancel-list には --before <YYYY-MM-DD> (この日より前の受注を対象にする日付) が必要です',
    en: 'cancel-list needs --before <YYYY-MM-DD> (orders placed before this day are listed)',
  },
  beforeInvalid: {
    ja: '--before「{value}」は日付ではありません。YYYY-MM-DD の形で指定してください (例: 2026-11-01)',
    en: '--before "{value}" is not a date. Use YYYY-MM-DD (for example 2026-11-01)',
  },
  beforeFuture: {
    ja: '--before「{value}」は今日 ({today}) より後の日付です。この日より前の受注をキャンセル対象にするため、今日の有効な受注まで一覧に入ってしまいます。今日以前の日付を指定してください',
    en: '--before "{value}" is after today ({today}): every order before it would be listed for cancellation, today\'s live orders included. Give today or an earlier day',
  },
  savedBeforeInvalid: {
    ja: '保存されている回答 orders.cancelBefore「{value}」は日付ではありません。sc-setup set orders.cancelBefore=YYYY-MM-DD で直すか、--before で指定してください',
    en: 'The saved answer orders.cancelBefore "{value}" is not a date. Put it right with sc-setup set orders.cancelBefore=YYYY-MM-DD, or give --before',
  },
  beforeHint: {
    ja: '受注連携を始める日 (手順28の日) を指定すると、その前に入った受注のうち未出荷・未キャンセルの伝票が一覧になります。',
    en: 'Give the day order sync starts (step 28): open, unshipped slips ordered before it are listed.',
  },
  optionNotApplicable: {
    ja: '{flag} は {artifacts} のための指定です。「{artifact}」では使えません',
    en: '{flag} applies to {artifacts} only, not to "{artifact}"',
  },
  answersMissing: {
    ja: '「{artifact}」に必要な回答がありません: {keys}',
    en: '"{artifact}" needs answers that are missing: {keys}',
  },
  answersMissingHint: {
    ja: '`sc-setup step {step}` で回答するか、--answers <JSONファイル> で指定してください。',
    en: 'Answer them with `sc-setup step {step}`, or give them in an --answers <json file>.',
  },
  answerWrongType: {
    ja: '回答 {key} の形が違います ({expected} が必要です)',
    en: 'Answer {key} has the wrong shape ({expected} expected)',
  },
  // --- templates and layouts ----------------------------------------------------------
  layoutUnverified: {
    ja: '{what}の列構成は STOCKCREW が公開していないため、未確認の既定レイアウト ({file}) で出力しました。STOCKCREW 管理画面からテンプレートCSVをダウンロードし、--template で指定するとその列に合わせて出力します。',
    en: 'STOCKCREW does not publish the layout of the {what}, so the unverified default layout ({file}) was used. Download the template CSV from the STOCKCREW admin and pass it with --template to match its columns.',
  },
  templateUnmapped: {
    ja: '{file}: テンプレートの {column} 列目「{header}」に入れる値が分からないため、空欄にしました',
    en: '{file}: template column {column} "{header}" matches nothing sc-setup knows; it was left empty',
  },
  templateNoField: {
    ja: '{file}: テンプレートの見出し ({headers}) に、sc-setup が値を入れられる列が1つもありません',
    en: '{file}: none of the template headers ({headers}) is a column sc-setup can fill',
  },
  goodsColumnsAbsent: {
    ja: '{file} に次の列がないため、書き出したファイルの対応する列はすべて空欄です: {columns} (商品マスタCSVをその列を含めてダウンロードしたか確かめてください)',
    en: '{file} lacks these columns, so the matching columns of the written file are empty on every row: {columns} (check that the goods download includes them)',
  },
  templateKeyMissing: {
    ja: '{file}: テンプレートの見出し ({headers}) に、{fields} の列が見つかりません。この列がないと、行を区別できないファイルになります',
    en: '{file}: the template headers ({headers}) have no column for {fields}; without it the rows could not be told apart',
  },
  templateFieldTwice: {
    ja: '{file}: テンプレートの {columns} 列目がどれも「{field}」と読めるため、同じ値を入れました',
    en: '{file}: template columns {columns} all read as "{field}"; each got the same value',
  },
  templateNoFieldHint: {
    ja: 'STOCKCREW 管理画面でダウンロードした{what}のテンプレートを指定してください。列名の読み替えは {synonyms} に追加できます。',
    en: 'Pass the {what} template downloaded from the STOCKCREW admin. Header synonyms can be added in {synonyms}.',
  },
  templateEmpty: {
    ja: '{file}: 見出し行がありません (空のファイルです)',
    en: '{file}: the file has no header row (it is empty)',
  },
  templateUnreadable: {
    ja: 'テンプレート {file} を読めません: {detail}',
    en: 'Cannot read the template {file}: {detail}',
  },
  templateHint: {
    ja: 'STOCKCREW 管理画面からダウンロードしたテンプレートCSVのパスを --template で指定してください。',
    en: 'Pass the path of the template CSV downloaded from the STOCKCREW admin with --template.',
  },
  layoutUnknownField: {
    ja: '設定データ {file} の列に、sc-setup が知らない項目「{field}」があります (使える項目: {known})',
    en: 'The data file {file} has a column for a field sc-setup does not know, "{field}" (known: {known})',
  },
  dataUnreadable: {
    ja: '設定データ {file} を読めません: {detail}',
    en: 'Cannot read the data file {file}: {detail}',
  },
  dataHint: {
    ja: 'JSON の書式を確認してください。作業フォルダの templates/ に置いた修正版は、sc-setup 同梱のものより優先されます。',
    en: 'Check its JSON syntax. A corrected copy under templates/ in the working folder takes precedence over the one shipped with sc-setup.',
  },
  whatScGoods: { ja: '商品マスタ', en: 'product master' },
  whatScItemMap: { ja: '商品対応表', en: 'item map' },
  itemMapApiRoute: {
    ja: '商品対応表を STOCKCREW の APIインポートで登録する場合、このファイルはアップロード用ではありません。登録後、STOCKCREW の画面でここに並んだ商品コードがすべて対応表にあることを確かめてください',
    en: 'With STOCKCREW’s API import the item map is not uploaded from this file: after the import, check on STOCKCREW’s screen that every code listed here is in the map',
  },
  itemMapStockSyncMissing: {
    ja: '{file}: 商品対応表に「在庫連携をする」の列がありますが、書き込む値 (values.stockSync) がありません。空のままだと在庫が連携されないおそれがあるため、ファイルを作りませんでした',
    en: '{file}: the item map has a 「在庫連携をする」 column but no value to write in it (values.stockSync). Left empty, stock may not sync, so no file was written',
  },
  itemMapStockSyncMissingHint: {
    ja: 'STOCKCREWの商品対応表テンプレート (またはSTOCKCREWのサポート) で「在庫連携をする」に入れる値を確かめ、このファイルの "values": { "stockSync": "…" } に書いてから、もう一度実行してください',
    en: 'Find the value 「在庫連携をする」 takes in STOCKCREW’s item-map template (or ask STOCKCREW support), put it in this file as "values": { "stockSync": "…" }, and run again',
  },
  itemMapStockSync: {
    ja: '「在庫連携をする」の列には、すべての行に「{value}」を書きました (値の書式は公開資料で確認できていません)。予約販売など在庫を連携しない商品は、その行だけ外してください',
    en: 'The 「在庫連携をする」 column is "{value}" on every row (the value’s wording is not confirmed by public documents). Turn it off only for items whose stock must not sync, such as pre-sale items',
  },
  whatScShipping: { ja: '配送方法マスタ', en: 'shipping-method master' },
  whatScPayment: { ja: '支払方法マスタ', en: 'payment-method master' },
  // --- ne-goods -------------------------------------------------------------------------
  itemWithoutSku: {
    ja: '{file} {line} 行目: 商品 {code} は在庫CSV ({quantity}) に行がないため出力しませんでした (ネクストエンジンに登録されません)',
    en: '{file} line {line}: item {code} has no row in the stock CSV ({quantity}), so it was not written (it is not registered in Next Engine)',
  },
  itemMissingFromData: {
    ja: '{file} {line} 行目: 商品コード {code} が商品CSV ({data}) にないため、商品名と売価が分からず出力しませんでした',
    en: '{file} line {line}: code {code} is not in the item data CSV ({data}), so its name and price are unknown; it was not written',
  },
  yahooCodeSpaced: {
    ja: '{file} {line} 行目: 商品コード「{code}」の前後に空白があります。Yahoo!ショッピングの商品コードに空白は使えないため、Excel などで編集したときに入ったものです。ネクストエンジンは商品コードを完全一致で照合するので、このままでは別の商品になります',
    en: '{file} line {line}: code "{code}" has a space before or after it. Yahoo!Shopping codes allow no space, so an edit (e.g. in Excel) put it there; Next Engine matches codes exactly, so it would be another product',
  },
  yahooCodeSpacedHint: {
    ja: 'ストアクリエイターProから在庫CSVをダウンロードし直すか、空白を消してから、もう一度実行してください。何も書き出していません。',
    en: 'Download the stock CSV from Store Creator Pro again, or remove the spaces, then run again. Nothing was written.',
  },
  neCodeEdited: {
    ja: '{file} {line} 行目: 商品コード「{code}」はネクストエンジンの商品コードにはありえません (半角英数字・ハイフン・アンダーバーのみ。空白や全角文字は使えません)。ファイルが編集されています。ネクストエンジンは商品コードを完全一致で照合するので、このまま登録すると別の商品になります',
    en: '{file} line {line}: code "{code}" cannot be a Next Engine product code (half-width letters, digits, "-" and "_" only; no spaces or full-width characters): the file was edited. Next Engine matches codes exactly, so an upload with it would name another product',
  },
  neCodeEditedHint: {
    ja: 'ネクストエンジンから商品マスタCSVをダウンロードし直し、Excel などで編集せずに指定してください。何も書き出していません。',
    en: 'Download the goods CSV from Next Engine again and give it without editing it (in Excel or elsewhere). Nothing was written.',
  },
  yahooCaseAcrossFiles: {
    ja: '{file} {line} 行目: 商品コード「{code}」は {data} ({dataLine} 行目) では「{other}」と書かれていて、大文字小文字だけが違います。Yahoo!ショッピングの2つのファイルで同じ商品のコードが違うため、このままではこの商品がネクストエンジンに登録されません',
    en: '{file} line {line}: code "{code}" is "{other}" in {data} (line {dataLine}), differing only in upper/lower case. The two Yahoo!Shopping files spell one product differently, so it would not be registered in Next Engine',
  },
  yahooCaseAcrossFilesHint: {
    ja: 'ストアクリエイターProで正しい商品コードを確かめ、在庫CSVと商品CSVをダウンロードし直してください (大文字小文字は変えないでください)。何も書き出していません。',
    en: 'Check the right code in Store Creator Pro and download the quantity and data CSVs again (do not change the case of a code). Nothing was written.',
  },
  codeInvalidForNe: {
    ja: '{file} {line} 行目: 商品コード「{code}」はネクストエンジンに登録できません (半角英数字・ハイフン・アンダーバーで30文字以内)',
    en: '{file} line {line}: code "{code}" cannot be registered in Next Engine (half-width letters, digits, "-" and "_", at most 30)',
  },
  codeInvalidForNeHint: {
    ja: 'Yahoo!ショッピングのストアクリエイターProで商品コードを直し、在庫CSV・商品CSVをダウンロードし直してください。変換はしません (コードを変えると在庫連携が一致しなくなるため)。',
    en: 'Fix the code in Yahoo! Store Creator Pro and download the quantity and data CSVs again. sc-setup does not rewrite codes (a changed code breaks stock sync).',
  },
  codeUnderscore: {
    ja: '{file} {line} 行目: 商品コード「{code}」に「_」があります。Yahoo!ショッピングの商品コードには使えないため、在庫連携で一致しない可能性があります',
    en: '{file} line {line}: code "{code}" contains "_", which Yahoo!Shopping codes do not allow; stock sync may not match it',
  },
  codeOver20: {
    ja: '{file} {line} 行目: 商品コード「{code}」は20文字を超えています。ヤフオク!に出品している間は20文字までです',
    en: '{file} line {line}: code "{code}" is longer than 20 characters, the limit while the account sells on ヤフオク!',
  },
  alreadyRegistered: {
    ja: '{count} 件の商品コードは既にネクストエンジンにある ({goods}) ため書き出していません。登録済みの商品名・原価は上書きしません',
    en: '{count} codes are already in Next Engine ({goods}) and were not written: registered names and costs are never overwritten',
  },
  caseTwinOfRegistered: {
    ja: '{file} {line} 行目: 商品コード「{code}」は、ネクストエンジンに登録済みの「{registered}」と大文字・小文字だけが違うため書き出していません。Yahoo!ショッピング側のコードを登録済みの表記に合わせてください ({goods})',
    en: '{file} line {line}: code "{code}" differs only in case from "{registered}", already in Next Engine, so it was not written. Make the Yahoo!Shopping code match the registered spelling ({goods})',
  },
  existingGoodsNeeded: {
    ja: 'このネクストエンジンには既に商品がある (回答 ne.hasGoods) のに、今の商品マスタCSVが指定されていません。登録済みの商品を上書きしないよう、書き出しを止めました',
    en: 'This Next Engine account already holds goods (answer ne.hasGoods) but no current goods CSV was given: stopped so that no registered product is overwritten',
  },
  existingGoodsNeededHint: {
    ja: 'ネクストエンジンの商品マスタCSVをダウンロードし、--ne-goods <CSV> (手順7では回答 files.neGoodsBefore) で指定してください。',
    en: 'Download the goods CSV from Next Engine and give it with --ne-goods <csv> (at step 7: the answer files.neGoodsBefore).',
  },
  skuTwoItems: {
    ja: '{file} {line} 行目: 商品コード {code} (代表商品コード {parent}) は {first} 行目で別の商品 (代表商品コード {firstParent}) のコードにもなっています。ネクストエンジンでは1つの商品になり、2つの商品の在庫が1つにまとまります',
    en: '{file} line {line}: code {code} (parent code {parent}) is also the code of another item on line {first} (parent code {firstParent}). In Next Engine it would be one product holding the stock of both',
  },
  skuTwoItemsHint: {
    ja: 'ストアクリエイターProで、どちらかの商品の商品コード (オプションなら sub-code) を別のものに変えてから、在庫CSVをダウンロードし直してください。何も書き出していません。',
    en: 'In Store Creator Pro, change the code (or the sub-code, for an option) of one of the items, then download the stock CSV again. Nothing was written.',
  },
  duplicateSku: {
    ja: '{file} {line} 行目: 商品コード {code} は {first} 行目と重複しているため、1行だけ出力しました',
    en: '{file} line {line}: code {code} repeats line {first}; it was written once',
  },
  badName: {
    ja: '{file} {line} 行目: 商品コード {code} の商品名が空か、255文字を超えています ({length} 文字)',
    en: '{file} line {line}: the name for code {code} is empty or longer than 255 characters ({length})',
  },
  badNameHint: {
    ja: 'ネクストエンジンの商品名は1〜255文字です。商品CSVの name 列 (オプションがある商品は name とオプション名の合計) を確認してください。',
    en: 'Next Engine names are 1 to 255 characters. Check the name column of the item data CSV (for items with options: name plus option label).',
  },
  defaultSupplier: {
    ja: '仕入先コード (sire_code) の回答 ne.supplierCode がないため、既定の {code} を入れました。ネクストエンジンの仕入先マスタに {code} があることを確認してください',
    en: 'No answer ne.supplierCode, so supplier code (sire_code) {code} was used; make sure {code} exists in the Next Engine supplier master',
  },
  badSupplier: {
    ja: '回答 ne.supplierCode「{value}」は4桁の半角数字ではありません',
    en: 'Answer ne.supplierCode "{value}" is not 4 half-width digits',
  },
  badSupplierHint: {
    ja: 'ネクストエンジンの仕入先マスタにある4桁の仕入先コードを回答してください (例: 0001)。',
    en: 'Give a 4-digit supplier code from the Next Engine supplier master (for example 0001).',
  },
  moreLikeThis: {
    ja: '{file}: 同じ種類の注意がほかに {count} 件あります',
    en: '{file}: {count} more warnings of the same kind',
  },
  // --- ne-tags --------------------------------------------------------------------------
  strayTagText: {
    ja: '{file} {line} 行目: 商品コード {code} の tag にある「{text}」は半角の [ ] で囲まれたタグではないため、書き出す tag には含めません',
    en: '{file} line {line}: "{text}" in the tag of code {code} is not a tag in half-width [ ]; it is not carried into the written tag',
  },
  strayTagMore: {
    ja: '{file}: ほかに {count} 商品の tag にも [ ] の外の文字があり、同様に含めませんでした',
    en: '{file}: {count} more products have text outside [ ] in their tag; it was dropped the same way',
  },
  listedCodeMissing: {
    ja: '{list} {line} 行目: 商品コード {code} は商品マスタ ({file}) にありません (大文字小文字も区別します)',
    en: '{list} line {line}: code {code} is not in the goods file ({file}); upper/lower case counts',
  },
  listedCodeCaseOnly: {
    ja: '{list} {line} 行目: 商品コード {code} は商品マスタ ({file}) に大文字小文字の違う {actual} ({fileLine} 行目) としてしかありません。ネクストエンジンの商品コードは大文字小文字を区別するため、この指定は {actual} に効きません',
    en: '{list} line {line}: code {code} is in the goods file ({file}) only as {actual} (line {fileLine}), in another case. Next Engine product codes are case-sensitive, so the entry does not apply to {actual}',
  },
  listedCodeWidthOnly: {
    ja: '{list} {line} 行目: 商品コード {code} は全角などで書かれていて、商品マスタ ({file}) には {actual} ({fileLine} 行目) としてあります。ネクストエンジンの商品コードは半角で完全一致のため、この指定は {actual} に効きません',
    en: '{list} line {line}: code {code} is written in full-width (or other) characters; the goods file ({file}) has it as {actual} (line {fileLine}). Next Engine codes are half-width and match exactly, so the entry does not apply to {actual}',
  },
  listedNoneFound: {
    ja: '{list} の商品コード {count} 件は、どれも商品マスタ ({file}) にありません (例: {codes})。別のファイルか、別の列を指定していませんか。このまま書き出すと、この指定はどの商品にも効きません',
    en: 'None of the {count} codes of {list} is in the goods file ({file}) (e.g. {codes}): another file, or another column, was given. Written like this, the entry would apply to no product',
  },
  listedNoneFoundHint: {
    ja: '{list} を、商品コードを1行に1つ書いたファイル (または「商品コード」の見出しの付いた列) にし、商品マスタと同じ商品コードで書いてから、もう一度実行してください。何も書き出していません。',
    en: 'Make {list} one product code per line (or a column headed 商品コード), written as the goods file has them, then run again. Nothing was written.',
  },
  listedCodeCaseOnlyHint: {
    ja: '{list} の商品コードを、商品マスタと同じ大文字小文字で書き直してから、もう一度実行してください。何も書き出していません。',
    en: 'Write the code in {list} exactly as the goods file has it, upper and lower case included, then run again. Nothing was written.',
  },
  listedCodeMore: {
    ja: '{list}: ほかに {count} 件の商品コードが商品マスタにありません',
    en: '{list}: {count} more codes are not in the goods file',
  },
  hardAndExcluded: {
    ja: '商品コード {code} が --hard ({hard} {line} 行目) と --exclude の両方にあります',
    en: 'Code {code} is in both --hard ({hard} line {line}) and --exclude',
  },
  hardAndExcludedHint: {
    ja: 'ハード資材で出荷する商品は STOCKCREW から出荷する商品です。どちらか一方の一覧から外してください。',
    en: 'Items packed in hard packaging are shipped by STOCKCREW; remove the code from one of the lists.',
  },
  // --- sc-goods / sc-item-map --------------------------------------------------------
  duplicateGoods: {
    ja: '{file} {line} 行目: 商品コード {code} は {first} 行目と重複しているため、最初の行だけを出力しました',
    en: '{file} line {line}: code {code} repeats line {first}; only the first row was written',
  },
  // --- cancel-list ----------------------------------------------------------------------
  badOrderDate: {
    ja: '{file} {line} 行目: 受注日「{value}」を日付として読めません',
    en: '{file} line {line}: order date "{value}" is not a date',
  },
  badOrderDateHint: {
    ja: 'ネクストエンジンの受注伝票CSVをダウンロードし直してください (受注日は 2026/11/01 や 2026-11-01 12:34:56 の形です)。',
    en: 'Download the Next Engine order CSV again (order dates look like 2026/11/01 or 2026-11-01 12:34:56).',
  },
  // --- sc-shipping-methods / sc-payment-methods -----------------------------------------
  unmappedShipping: {
    ja: 'ネクストエンジンの発送方法「{name}」に対応する STOCKCREW の配送方法が分かりません',
    en: 'No STOCKCREW shipping method is known for the Next Engine 発送方法 "{name}"',
  },
  unmappedPayment: {
    ja: 'ネクストエンジンの支払方法「{name}」に対応する STOCKCREW の支払方法が分かりません',
    en: 'No STOCKCREW payment method is known for the Next Engine 支払方法 "{name}"',
  },
  unmappedHint: {
    ja: '{file} の "map" に "{name}": "<STOCKCREW の値>" を追加してください (作業フォルダの templates/mappings/ に置いた修正版が優先されます)。STOCKCREW から出荷しない方法なら回答の一覧から外してください。',
    en: 'Add "{name}": "<STOCKCREW value>" to "map" in {file} (a corrected copy under templates/mappings/ in the working folder takes precedence). If STOCKCREW does not ship it, remove it from the answer.',
  },
  straySpaces: {
    ja: '回答 {key} の「{name}」の前後に空白があります。ネクストエンジンの名称と完全一致しないと STOCKCREW が受注を取り込みません',
    en: 'Answer {key} has spaces around "{name}"; STOCKCREW only picks up orders whose names match Next Engine exactly',
  },
  straySpacesHint: {
    ja: 'ネクストエンジンの画面の表記どおりに、前後の空白なしで回答し直してください。',
    en: 'Answer again exactly as Next Engine shows the name, with no surrounding spaces.',
  },
  codWithYamatoFF: {
    ja: '代金引換 (ヤマト(コレクト)) は、ヤマトフルフィルメントから STOCKCREW に切り替える場合は使えません',
    en: 'Cash on delivery (ヤマト(コレクト)) is not available to shops moving from Yamato Fulfillment',
  },
  codWithYamatoFFHint: {
    ja: '回答 sc.codUsed を false にし、代金引換を使わない運用にしてください。不明な点は STOCKCREW にお問い合わせください。',
    en: 'Set the answer sc.codUsed to false and stop offering cash on delivery; ask STOCKCREW if unsure.',
  },
  codMethodWithYamatoFF: {
    ja: '発送方法 {names} は代金引換 (ヤマト(コレクト)) の発送方法で、ヤマトフルフィルメントから STOCKCREW に切り替える場合は使えません (回答 ne.shippingMethods、手順11)',
    en: 'Shipping method {names} is the cash-on-delivery one (ヤマト(コレクト)), not available to shops moving from Yamato Fulfillment (answer ne.shippingMethods, step 11)',
  },
  codMethodWithYamatoFFHint: {
    ja: '代金引換を使わないなら、sc-setup set ne.shippingMethods=… でその発送方法を外し (ネクストエンジンの紐づけからも外します)、もう一度実行してください。不明な点は STOCKCREW にお問い合わせください。',
    en: 'If you do not offer cash on delivery, remove that method with sc-setup set ne.shippingMethods=… (and from the mapping in Next Engine), then run again; ask STOCKCREW if unsure.',
  },
  preRegistered: {
    ja: '{names} は STOCKCREW が初期値で紐づけているため出力していません (追加が必要な行だけを出力します)',
    en: '{names} are mapped by STOCKCREW by default, so they are not written (only rows to add are)',
  },
  yamatoFFOnlyDefaults: {
    ja: 'ヤマトフルフィルメントから切り替える場合、STOCKCREW が取り込むのはヤマト(発払い)B2v6・B2v5 とヤマト(ネコポス)の受注だけです。次の発送方法の受注は取り込まれません: {names}',
    en: 'For shops moving from Yamato Fulfillment, STOCKCREW takes only orders shipped by ヤマト(発払い)B2v6/B2v5 or ヤマト(ネコポス). Orders with these methods are never taken: {names}',
  },
  yamatoFFOnlyDefaultsHint: {
    ja: 'これらの発送方法は自社から出荷するか、ネクストエンジンで上の3つのどれかに紐づけ直してください (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention)。',
    en: 'Ship those yourself, or map them to one of the three methods in Next Engine (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention).',
  },
  shippingValueMissing: {
    ja: 'STOCKCREW の配送方法の値が分からない発送方法があります: {names}。公開されている値は初期値の「ヤマト運輸 ソフト」「ネコポスソフト」だけなので、推測では書きません',
    en: 'The STOCKCREW shipping method is not known for: {names}. Only the default values 「ヤマト運輸 ソフト」 and 「ネコポスソフト」 are published, so none is guessed',
  },
  shippingValueMissingHint: {
    ja: 'STOCKCREW の配送方法マスタの画面に表示される値を、回答 sc.shippingValues に「ネクストエンジンの発送方法名=STOCKCREWの値」で入れてください (例: --set "sc.shippingValues={example}=<画面の値>")。',
    en: 'Put the value STOCKCREW’s shipping-method master screen shows into the answer sc.shippingValues as "Next Engine name=STOCKCREW value" (e.g. --set "sc.shippingValues={example}=<value on screen>").',
  },
  nothingToAdd: {
    ja: '配送方法マスタに追加する行はありません (使っている発送方法はすべて初期登録済みです)',
    en: 'Nothing to add to the shipping-method master: every shipping method in use is pre-registered',
  },
  paymentGuessUsed: {
    ja: '支払方法 {names} の STOCKCREW の値は入力されていないため、{file} の未確認の初期値を使いました。これはマニュアル手順16の「設定する値」ではありません。https://manual.next-engine.net/?p=59474 の手順16の値を回答 sc.paymentValues に入れてから作り直してください',
    en: 'No STOCKCREW value was typed for {names}, so the unverified defaults of {file} were used. They are NOT the 設定する値 of the manual’s step 16: put the values shown at step 16 of https://manual.next-engine.net/?p=59474 into the answer sc.paymentValues and write the file again',
  },
  mappingUnverified: {
    ja: 'STOCKCREW 側の値 ({file}) は公開資料で確認できていません。登録前に STOCKCREW 管理画面の表記と照らし合わせてください',
    en: 'The STOCKCREW values ({file}) are not confirmed by public documents; compare them with the STOCKCREW admin before registering',
  },
  // --- ne-mall-items --------------------------------------------------------------------
  mallItemsNotCp932: {
    ja: 'ネクストエンジンへのアップロードは Shift_JIS (cp932) です。--encoding {encoding} のファイルは取り込めない可能性があります',
    en: 'Next Engine expects Shift_JIS (cp932) uploads; a file written with --encoding {encoding} may be rejected',
  },
  // --- command summary ------------------------------------------------------------------
  wrote: {
    ja: '書き出しました: {path} ({rows} 行, {bytes} バイト, {encoding})',
    en: 'Wrote {path} ({rows} rows, {bytes} bytes, {encoding})',
  },
  wouldWrite: {
    ja: '書き出す予定 (--dry-run のため書き込んでいません): {path} ({rows} 行, {bytes} バイト, {encoding})',
    en: 'Would write {path} ({rows} rows, {bytes} bytes, {encoding}); nothing written (--dry-run)',
  },
  nextUpload: { ja: 'アップロード先: {where}', en: 'Upload: {where}' },
  warningLine: { ja: '注意: {text}', en: 'Warning: {text}' },
  uploadNeGoods: {
    ja: 'ネクストエンジン [商品] → [商品一括登録] で「新規登録」としてアップロード (手順7)',
    en: 'Next Engine [商品] → [商品一括登録], upload as new goods (step 7)',
  },
  uploadNeTags: {
    ja: 'ネクストエンジン [商品] → [商品一括登録] で「更新」としてアップロード (手順9)。書き出されたのはタグが変わる商品だけです',
    en: 'Next Engine [商品] → [商品一括登録], upload as an update (step 9); only products whose tag changes are in the file',
  },
  uploadScGoods: {
    ja: 'STOCKCREW 管理画面の商品マスタの一括登録 (手順13)',
    en: 'STOCKCREW admin, product master bulk registration (step 13)',
  },
  uploadScShipping: {
    ja: 'STOCKCREW 管理画面の配送方法マスタ (手順14)',
    en: 'STOCKCREW admin, shipping-method master (step 14)',
  },
  uploadScPayment: {
    ja: 'STOCKCREW 管理画面の支払方法マスタ (手順16)。値はコピーするときにダブルクリックで範囲指定しないでください',
    en: 'STOCKCREW admin, payment-method master (step 16); when copying values, do not select them by double-click',
  },
  uploadScItemMap: {
    ja: 'STOCKCREW 管理画面の商品対応表 (手順21)。入荷予定より前に登録してください',
    en: 'STOCKCREW admin, item map (step 21); register it before any inbound schedule',
  },
  uploadMallItems: {
    ja: 'ネクストエンジンの「在庫連携対象データの取込」(手順23)。分割されたファイルは1つずつ取り込み、取込が置き換えになっていないか、すべてのファイルの商品が画面に残っていることを確かめてください',
    en: 'Next Engine stock-sync target import (step 23); import split files one by one, then check on screen that the items of every file are still there (an import may replace the earlier one)',
  },
  uploadCancelList: {
    ja: 'ネクストエンジン [受注] → [受注伝票管理] で一覧の伝票をキャンセル (手順27)。先に Yahoo!ショッピングの注文ステータス自動キャンセルが OFF であることを確認してください',
    en: 'Next Engine [受注] → [受注伝票管理]: cancel the listed slips (step 27), after confirming Yahoo! order-status auto-cancel is OFF',
  },
  uploadStockDiff: {
    ja: 'アップロードしません。差分を確認し、STOCKCREW とネクストエンジンの在庫をそろえてください (手順26)',
    en: 'Not for upload: review the differences and align STOCKCREW and Next Engine stock (step 26)',
  },
});
