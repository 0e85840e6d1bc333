import { defineMessages } from './text.js';

/** Messages of the CSV engine: reading input files, writing upload files. */
export const csvText = defineMessages({
  encCp932: { ja: 'Shift_JIS (CP932)', en: 'Shift_JIS (CP932)' },
  encUtf8: { ja: 'UTF-8', en: 'UTF-8' },
  encUtf8Bom: { ja: 'UTF-8 (BOM付き)', en: 'UTF-8 with BOM' },

  cannotRead: { ja: '{file} を読み込めません ({reason})', en: 'Cannot read {file} ({reason})' },
  cannotReadHint: {
    ja: 'ファイルの場所と名前を確認してください。Excel などで開いたままなら閉じてから実行してください。',
    en: 'Check the path and name of the file. If Excel or another program has it open, close it and try again.',
  },
  notAFile: { ja: '{file} はファイルではありません (フォルダです)', en: '{file} is not a file (it is a folder)' },
  workbook: {
    ja: '{file} は CSV ではなく、Excel のブック ({kind} 形式) です',
    en: '{file} is not a CSV but an Excel workbook ({kind})',
  },
  binary: {
    ja: '{file} はテキストの CSV ではありません (先頭に NUL バイトが並んでいます。画像や圧縮ファイルなど、別の種類のファイルです)',
    en: '{file} is not a text CSV (NUL bytes among its first bytes: an image, an archive or some other kind of file)',
  },
  binaryHint: {
    ja: '指定したファイルが違うようです。管理画面からダウンロードした CSV ファイルのパスを指定してください。何も書き出していません。',
    en: 'This looks like the wrong file: give the path of the CSV downloaded from the admin screen. Nothing was written.',
  },
  workbookHint: {
    ja: 'ダウンロードしたままの CSV を指定してください。Excel で作業した場合は「名前を付けて保存」で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」を選んで保存し直してください。',
    en: 'Give the CSV as downloaded. If you worked on it in Excel, use Save As with "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)".',
  },
  utf16: {
    ja: '{file} は UTF-16 (Excel の「Unicode テキスト」形式) で保存されています。この形式は読めません',
    en: '{file} is saved as UTF-16 (Excel\'s "Unicode Text"), which cannot be read',
  },
  utf16Hint: {
    ja: 'Excel で開き、「名前を付けて保存」で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」を選んで保存し直してください。',
    en: 'Open it in Excel and use Save As with "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)".',
  },
  utf16NoBom: {
    ja: '{file} は BOM のない UTF-16 ({order}) で保存されているようです (1バイトおきに 0x00 があります)。この形式は読めません',
    en: '{file} looks like UTF-16 ({order}) without a BOM (every other byte is 0x00), which cannot be read',
  },
  bomContradicts: {
    ja: '{file} は UTF-8 の BOM で始まっていますが、--input-encoding cp932 が指定されています',
    en: '{file} starts with a UTF-8 BOM, but --input-encoding cp932 was given',
  },
  bomContradictsHint: {
    ja: 'BOM 付きのファイルは UTF-8 です。--input-encoding を付けずに (または utf8 を指定して) 実行してください。',
    en: 'A file with a BOM is UTF-8: run without --input-encoding (or with utf8).',
  },
  ambiguousEncoding: {
    ja: '{file} の文字コードを判定できません: UTF-8 としても Shift_JIS (CP932) としても読め、どちらで読んでも不自然ではありません (例: é と ﾃｩ)',
    en: 'Cannot tell the encoding of {file}: it reads as UTF-8 and as Shift_JIS (CP932), and neither reading looks wrong (e.g. é vs ﾃｩ)',
  },
  conflictingEncoding: {
    ja: '{file} の文字コードを判定できません: Shift_JIS (CP932) と判定した後、{line}行目付近に UTF-8 の日本語があります (文字コードが混在しているか、判定の根拠が誤りでした)',
    en: 'Cannot tell the encoding of {file}: it was read as Shift_JIS (CP932), but near line {line} there is UTF-8 Japanese (mixed encodings, or the evidence misled)',
  },
  ambiguousEncodingHint: {
    ja: '文字コードを指定して実行し直してください: {flag} utf8 または {flag} cp932。Excel で「CSV UTF-8 (コンマ区切り)」として保存し直す (BOM が付きます) 方法もあります。何も書き出していません。',
    en: 'Run again naming the encoding: {flag} utf8 or {flag} cp932. Or save the file again in Excel as "CSV UTF-8 (Comma delimited)", which adds a BOM. Nothing was written.',
  },
  ambiguousEncodingHintNoFlag: {
    ja: 'Excel で開き、「CSV UTF-8 (コンマ区切り)」(BOM 付き) か「CSV (コンマ区切り)」(Shift_JIS) で保存し直してから、もう一度指定してください。',
    en: 'Open the file in Excel and save it as "CSV UTF-8 (Comma delimited)" (with BOM) or "CSV (Comma delimited)" (Shift_JIS), then give it again.',
  },
  emptyFile: { ja: '{file} は空です (見出し行がありません)', en: '{file} is empty (no header row)' },
  emptyFileHint: {
    ja: '管理画面からダウンロードし直したファイルを指定してください。1行目に見出し (列名) が必要です。',
    en: 'Download the file again from the admin screen. The first row must hold the column headers.',
  },
  missingColumn: {
    ja: '{file}:{line}: 必要な列「{column}」が見つかりません ({line}行目の見出し)。\n  このファイルの見出し: {headers}\n  使える見出し: {accepted}',
    en: '{file}:{line}: required column "{column}" not found (header row, line {line}).\n  Headers in this file: {headers}\n  Accepted headers: {accepted}',
  },
  missingColumnHint: {
    ja: '1行目の見出しを「使える見出し」のどれかに直すか、列名を指定するオプション (--ne-code-column など) で見出しを指定してください。',
    en: 'Rename the header in row 1 to one of the accepted headers, or name the column with an option such as --ne-code-column.',
  },
  explicitColumnMissing: {
    ja: '{file}: 指定された列「{header}」がありません。\n  このファイルの見出し: {headers}',
    en: '{file}: the column "{header}" you named is not in the file.\n  Headers in this file: {headers}',
  },
  explicitColumnMissingHint: {
    ja: '見出しは1行目の表記どおりに指定してください (前後の空白と大文字・小文字は区別しません)。',
    en: 'Give the header exactly as row 1 spells it (surrounding spaces and upper/lower case are ignored).',
  },
  noHeaders: { ja: '(なし)', en: '(none)' },
  moreHeaders: { ja: '… ほか {count} 列', en: '… and {count} more' },
  duplicateColumn: {
    ja: '{file}: 見出し「{header}」が {first}列目と {second}列目の2か所にあります。どちらの列を読むか決められません',
    en: '{file}: the header "{header}" names two columns, {first} and {second}; which one to read cannot be decided',
  },
  duplicateColumnHint: {
    ja: '使わない方の列の見出しを変えるか削除してから実行してください。',
    en: 'Rename or delete the column you do not mean, then run again.',
  },

  unterminatedQuote: {
    ja: '{file}:{line}:{column}: 「"」で始まる項目 ({column}列目) が閉じられないまま、ファイルが終わっています',
    en: '{file}:{line}:{column}: the field opened with a quote (") in column {column} is never closed before the end of the file',
  },
  unterminatedQuoteHint: {
    ja: '項目の中に「"」を書くときは「""」と2つ重ねます。該当行を確認するか、Excel で開いて CSV で保存し直してください。',
    en: 'A quote inside a field must be doubled (""). Check that line, or open the file in Excel and save it as CSV again.',
  },
  textAfterQuote: {
    ja: '{file}:{line}:{column}: 「"」で囲んだ項目 ({column}列目) の閉じ「"」の後に、区切りの「,」や改行以外の文字があります',
    en: '{file}:{line}:{column}: in column {column}, the closing quote (") is followed by something other than a comma or line end',
  },
  textAfterQuoteHint: {
    ja: '項目の中の「"」は「""」と2つ重ねてください。このままでは値を正しく読み取れないため、読み込みを止めました。',
    en: 'Double every quote inside a field (""). Reading stopped because the value cannot be read without guessing.',
  },
  invalidBytes: {
    ja: '{file}:{line}:{column}: {encoding} として読めないバイト ({bytes}) があります ({column}列目「{header}」)',
    en: '{file}:{line}:{column}: bytes ({bytes}) that are not valid {encoding} (column {column}, "{header}")',
  },
  utf8InCp932: {
    ja: '{file}:{line}:{column}: Shift_JIS (CP932) のファイルの中に UTF-8 の日本語があります ({column}列目「{header}」: UTF-8 として読むと「{text}」)',
    en: '{file}:{line}:{column}: UTF-8 Japanese inside a Shift_JIS (CP932) file (column {column}, "{header}": read as UTF-8 it is "{text}")',
  },
  utf8InCp932Header: {
    ja: '{file}:{line}:{column}: Shift_JIS (CP932) のファイルの見出し行に UTF-8 の日本語があります (UTF-8 として読むと「{text}」)',
    en: '{file}:{line}:{column}: UTF-8 Japanese in the header row of a Shift_JIS (CP932) file (read as UTF-8 it is "{text}")',
  },
  utf8InCp932Hint: {
    ja: 'UTF-8 で保存された行が混ざっています。Shift_JIS として読むと文字化けした値になるため、読み込みを止めました。ダウンロードしたままのファイルを使うか、混ざった行を Shift_JIS で入力し直してから、もう一度実行してください。何も書き出していません。',
    en: 'Rows saved as UTF-8 are mixed into this file. Read as Shift_JIS they would become garbled values, so reading stopped. Use the file as downloaded, or enter the mixed rows again in Shift_JIS, then run again. Nothing was written.',
  },
  invalidBytesInHeader: {
    ja: '{file}:{line}:{column}: 見出し行に {encoding} として読めないバイトがあります',
    en: '{file}:{line}:{column}: the header row has bytes that are not valid {encoding}',
  },
  invalidBytesHintFlag: {
    ja: '文字コードが混在しているか、ファイルが壊れています。文字コードの判定が違う場合は {flag} utf8 または {flag} cp932 を指定してください。Excel などで開き、「CSV UTF-8」か「CSV (コンマ区切り)」で保存し直す方法もあります。',
    en: 'The file mixes encodings or is damaged. If the encoding was taken wrongly, name it with {flag} utf8 or {flag} cp932; or open the file (e.g. in Excel) and save it again as "CSV UTF-8" or "CSV (Comma delimited)".',
  },
  invalidBytesHint: {
    ja: '文字コードが混在しているか、ファイルが壊れています。Excel などで開き、「CSV UTF-8」か「CSV (コンマ区切り)」で保存し直してください。',
    en: 'The file mixes encodings or is damaged. Open it (e.g. in Excel) and save it again as "CSV UTF-8" or "CSV (Comma delimited)".',
  },
  fieldCount: {
    ja: '{file}:{line}: この行の項目は {count} 個ですが、見出しは {expected} 列です',
    en: '{file}:{line}: this row has {count} fields, the header {expected} columns',
  },
  fieldCountRows: {
    ja: '{file}:{line}: この行の項目は {count} 個ですが、それまでの行は {expected} 個です (見出しは {header} 列)',
    en: '{file}:{line}: this row has {count} fields, the rows before it {expected} (the header {header} columns)',
  },
  fieldCountHint: {
    ja: '値の中の「,」が「"」で囲まれていないか、値の途中で改行されていると列がずれます。該当行を確認してください。Excel で保存して行末の空欄の「,」が欠けた場合は、ダウンロードし直したファイルを使ってください。何も書き出していません。',
    en: 'A comma inside a value without quotes, or a line break inside a value, shifts the columns: check that row. If saving in Excel dropped the commas of empty cells at the end of rows, use a freshly downloaded file. Nothing was written.',
  },
  recordTooLong: {
    ja: '{file}:{line}: 1件の行が {mb} MB を超えています',
    en: '{file}:{line}: one record is longer than {mb} MB',
  },
  codeListTooBig: {
    ja: '{file} は商品コードの一覧としては大きすぎます ({mb} MB まで)',
    en: '{file} is too large for a list of product codes (at most {mb} MB)',
  },
  codeListTooBigHint: {
    ja: '商品コードの一覧 (--only / --exclude / --hard、手順9の自社発送の商品) は、1行に1つ商品コードを書いたファイルです。商品ファイルそのものを指定していないか確認してください。',
    en: 'A list of product codes (--only / --exclude / --hard, or step 9\'s products the shop ships itself) has one product code per line. Check that it does not name a whole goods file.',
  },
  recordTooLongHint: {
    ja: '「"」が閉じられていない項目があると、以降がすべて1つの値になります。該当行の「"」を確認してください。',
    en: 'An unclosed quote (") turns the rest of the file into one value. Check the quotes on that line.',
  },

  outputExists: { ja: '{path} は既にあります。上書きはしません', en: '{path} already exists; not replacing it' },
  outputExistsHint: {
    ja: '置き換えてよければ --force を付けて実行してください。残したい場合は --out で別のファイル名を指定してください。',
    en: 'Add --force to replace it, or choose another name with --out.',
  },
  unencodable: {
    ja: '{file}:{line}: 書き出すファイルの列「{column}」の文字「{char}」({codepoint}) は {encoding} で書けません',
    en: '{file}:{line}: output column "{column}": the character "{char}" ({codepoint}) cannot be written in {encoding}',
  },
  unencodableInRow: {
    ja: '{row}件目のデータ行、列「{column}」の文字「{char}」({codepoint}) は {encoding} で書けません',
    en: 'Data row {row}, column "{column}": the character "{char}" ({codepoint}) cannot be written in {encoding}',
  },
  controlChar: {
    ja: '{file}:{line}: 書き出すファイルの列「{column}」の値に制御文字 ({codepoint}) があります。アップロード用のファイルには書き出しません',
    en: '{file}:{line}: the value for output column "{column}" holds a control character ({codepoint}); it is not written into an upload file',
  },
  controlCharInRow: {
    ja: '{row}件目のデータ行、列「{column}」に制御文字 ({codepoint}) があります。アップロード用のファイルには書き出しません',
    en: 'Data row {row}, column "{column}" holds a control character ({codepoint}); it is not written into an upload file',
  },
  controlInInput: {
    ja: '{file}:{line}:{column}: {column}列目「{header}」に制御文字 ({codepoint}) があります。ファイルが壊れているか、見えない文字が混ざっています',
    en: '{file}:{line}:{column}: column {column} ("{header}") holds a control character ({codepoint}); the file is damaged or carries an invisible character',
  },
  controlCharHint: {
    ja: '元データ (管理画面) でこの値から見えない文字を取り除き、ダウンロードし直してから実行してください。何も書き出していません。',
    en: 'Remove the invisible character from this value in the source data (admin screen), download again and re-run. Nothing was written.',
  },
  unencodableHint: {
    ja: '元データ (ネクストエンジン / Yahoo!ショッピングの管理画面) でこの文字を Shift_JIS にある文字に置き換えてから、もう一度ダウンロードして実行してください。何も書き出していません。',
    en: 'Replace this character with one Shift_JIS can hold in the source data (Next Engine / Yahoo!Shopping admin), download again and re-run. Nothing was written.',
  },
  unencodableHeader: {
    ja: '見出し「{column}」の文字「{char}」({codepoint}) は {encoding} で書けません',
    en: 'Header "{column}": the character "{char}" ({codepoint}) cannot be written in {encoding}',
  },
  rowTooLargeForSplit: {
    ja: '{row}件目のデータ行は見出しと合わせて {bytes} バイトあり、分割の上限 {limit} バイトに収まりません',
    en: 'Data row {row} needs {bytes} bytes with the header, more than the split limit of {limit} bytes',
  },
  outIsFolder: {
    ja: '--out {path} はフォルダです。書き出すファイルの名前まで指定してください (例: {path}/ne-tags.csv)',
    en: '--out {path} is a folder; name the file to write (e.g. {path}/ne-tags.csv)',
  },
  setBusy: {
    ja: '{path} の分割ファイルは、別の sc-setup (プロセス {pid}) が置き換え中です',
    en: 'The split files {path} are being replaced by another sc-setup (process {pid})',
  },
  setBusyHint: {
    ja: 'そちらが終わるのを待ってから、もう一度実行してください。',
    en: 'Wait for it to finish, then run again.',
  },
  rowTooLargeForSplitAt: {
    ja: '{file}:{line}: この行は見出しと合わせて {bytes} バイトあり、分割の上限 {limit} バイトに収まりません',
    en: '{file}:{line}: this row needs {bytes} bytes with the header, more than the split limit of {limit} bytes',
  },
  rowTooLargeForSplitHint: {
    ja: 'この行の項目 (商品名や説明など) を短くしてから実行してください。何も書き出していません。',
    en: 'Shorten the fields of that row (names, descriptions) and run again. Nothing was written.',
  },
  cannotWrite: { ja: '{path} に書き込めません ({reason})', en: 'Cannot write {path} ({reason})' },
  cannotWriteHint: {
    ja: 'フォルダの書き込み権限と空き容量を確認してください。Excel などでファイルを開いている場合は閉じてから実行してください。',
    en: 'Check write permission and free space in the folder. If Excel or another program has the file open, close it and try again.',
  },
});
