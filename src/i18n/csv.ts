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
  utf16: {
    ja: '{file} は UTF-16 (Excel の「Unicode テキスト」形式) で保存されています。この形式は読めません',
    en: '{file} is saved as UTF-16 (Excel\'s "Unicode Text"), which cannot be read',
  },
  utf16Hint: {
    ja: 'Excel で開き、「名前を付けて保存」で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」を選んで保存し直してください。',
    en: 'Open it in Excel and use Save As with "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)".',
  },
  emptyFile: { ja: '{file} は空です (見出し行がありません)', en: '{file} is empty (no header row)' },
  emptyFileHint: {
    ja: '管理画面からダウンロードし直したファイルを指定してください。1行目に見出し (列名) が必要です。',
    en: 'Download the file again from the admin screen. The first row must hold the column headers.',
  },
  missingColumn: {
    ja: '{file}: 必要な列「{column}」が見つかりません。\n  このファイルの見出し: {headers}\n  使える見出し: {accepted}',
    en: '{file}: required column "{column}" not found.\n  Headers in this file: {headers}\n  Accepted headers: {accepted}',
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
  invalidBytesInHeader: {
    ja: '{file}:{line}:{column}: 見出し行に {encoding} として読めないバイトがあります',
    en: '{file}:{line}:{column}: the header row has bytes that are not valid {encoding}',
  },
  invalidBytesHint: {
    ja: '文字コードが混在しているか、ファイルが壊れています。Excel などで開き、「CSV UTF-8」か「CSV (コンマ区切り)」で保存し直してください。',
    en: 'The file mixes encodings or is damaged. Open it (e.g. in Excel) and save it again as "CSV UTF-8" or "CSV (Comma delimited)".',
  },
  shortRecord: {
    ja: '{file}:{line}: 列「{header}」({column}列目) の値がありません (この行の項目は {count} 個、見出しは {headerCount} 列)',
    en: '{file}:{line}: no value for column "{header}" (column {column}); this row has {count} fields, the header {headerCount}',
  },
  shortRecordHint: {
    ja: '行が途中で改行されていないか、「,」の数が見出し行と同じか確認してください。',
    en: 'Check that the row is not broken across lines and has as many commas as the header row.',
  },
  recordTooLong: {
    ja: '{file}:{line}: 1件の行が {mb} MB を超えています',
    en: '{file}:{line}: one record is longer than {mb} MB',
  },
  recordTooLongHint: {
    ja: '「"」が閉じられていない項目があると、以降がすべて1つの値になります。該当行の「"」を確認してください。',
    en: 'An unclosed quote (") turns the rest of the file into one value. Check the quotes on that line.',
  },

  noticeAsciiGuess: {
    ja: '{file}: 先頭 {kb} KB は半角英数字だけなので、文字コードを UTF-8 とみなして読み進めます (日本語が現れた時点で判定し直します)',
    en: '{file}: the first {kb} KB are plain ASCII, so reading continues as UTF-8 (re-detected as soon as Japanese text appears)',
  },
  noticeAmbiguous: {
    ja: '{file}: 文字コードを {encoding} と判定しました (UTF-8 としても Shift_JIS としても読める内容のため、推測です。文字化けしていたらファイルを UTF-8 (BOM付き) で保存し直してください)',
    en: '{file}: read as {encoding} (the bytes are valid both as UTF-8 and as Shift_JIS, so this is a guess; if text looks garbled, save the file as UTF-8 with BOM)',
  },
  noticeRedetected: {
    ja: '{file}: {line}行目付近で半角英数字以外の文字が現れたため、文字コードを {encoding} と判定し直しました',
    en: '{file}: non-ASCII text appears near line {line}; encoding now detected as {encoding}',
  },

  outputExists: { ja: '{path} は既にあります。上書きはしません', en: '{path} already exists; not replacing it' },
  outputExistsHint: {
    ja: '置き換えてよければ --force を付けて実行してください。残したい場合は --out で別のファイル名を指定してください。',
    en: 'Add --force to replace it, or choose another name with --out.',
  },
  unencodable: {
    ja: '{row}件目のデータ行、列「{column}」の文字「{char}」({codepoint}) は {encoding} で書けません',
    en: 'Data row {row}, column "{column}": the character "{char}" ({codepoint}) cannot be written in {encoding}',
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
