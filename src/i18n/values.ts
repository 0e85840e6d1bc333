import { defineMessages } from './text.js';

/**
 * Values that are not what their column promises: prices, costs and sizes that are not plain
 * numbers, text that Excel would run as a formula, codes that differ only in case. Used by
 * `check` (rules number-format, formula-cell) and by the exports that write such values.
 */
export const valueText = defineMessages({
  quoted: { ja: '「{value}」', en: '"{value}"' },
  blank: { ja: '(空欄)', en: '(blank)' },

  // number-format
  numberFormat: {
    ja: '列「{column}」の値{value}が半角の整数ではありません (0以上で9桁まで。桁区切りのカンマ・全角数字・小数・マイナス・指数表記は使えません)。ネクストエンジンや STOCKCREW に取り込む前に、元の管理画面か元のファイルで直してください',
    en: 'Column "{column}" holds {value}, which is not a plain whole number (0 or more, at most 9 digits; no separators, full-width digits, decimals, minus signs or exponents). Fix it in the admin screen or the source file before anything is uploaded to Next Engine or STOCKCREW',
  },
  janExponent: {
    ja: '{file} {line} 行目 (商品コード {code}): 列「{column}」の JAN コード{value}は、Excel が指数表記に変えた値で、{kept}桁目より後の数字が失われています',
    en: '{file} line {line} (code {code}): the JAN code {value} in column "{column}" is a number Excel turned into its exponent form; its digits after digit {kept} are lost',
  },
  janExponentWhole: {
    ja: '{file} {line} 行目 (商品コード {code}): 列「{column}」の JAN コード{value}は、Excel が指数表記に変えた値です。数字は残っていて {whole} と読めますが、コードとしてはこのまま使えません',
    en: '{file} line {line} (code {code}): the JAN code {value} in column "{column}" is a number Excel turned into its exponent form; its digits are all there ({whole}), but it is no code as written',
  },
  janNotScannable: {
    ja: '{file} {line} 行目 (商品コード {code}): 列「{column}」の JAN コード{value}は、JAN・EAN・UPC の数字にも FNSKU にもなりません (Excel の「.0」や先頭の「\'」、全角数字など)。このまま登録するとスキャンできないコードになります',
    en: '{file} line {line} (code {code}): the JAN code {value} in column "{column}" is neither JAN/EAN/UPC digits nor an FNSKU (an Excel ".0" or leading "\'", full-width digits …): registered like this it is a code nothing scans',
  },
  janNotScannableHint: {
    ja: 'ネクストエンジン (または Yahoo!ショッピング) の JAN コードを直すか、ダウンロードしたままのファイルを使ってください (Excel で保存しない)。何も書き出していません。',
    en: 'Correct the JAN code in Next Engine (or Yahoo!Shopping), or use the file as downloaded (not saved from Excel). Nothing was written.',
  },
  janExponentHint: {
    ja: 'ダウンロードしたままのファイルを使うか、JAN コードを正しく入力し直してから (Excel では列を「文字列」にしてから入力します)、もう一度実行してください。何も書き出していません。',
    en: 'Use the file as downloaded, or enter the JAN codes again (in Excel, format the column as Text first), then run again. Nothing was written.',
  },
  numberStops: {
    ja: '{file} {line} 行目 (商品コード {code}): 列「{column}」の値{value}が半角の整数ではありません (0以上で9桁まで)',
    en: '{file} line {line} (code {code}): column "{column}" holds {value}, which is not a plain whole number (0 or more, at most 9 digits)',
  },
  numberStopsHint: {
    ja: 'このままアップロードすると価格や寸法が壊れるため、何も書き出していません。元の管理画面で値を直してファイルをダウンロードし直すか、ファイルを直してから実行してください (Excel で開いて保存すると「1,980」のような桁区切りや全角数字になることがあります)。すべての行は `sc-setup check` で一度に確認できます。',
    en: 'Nothing was written: uploading this would corrupt a price or size. Correct the value in the admin screen and download the file again (or fix the file), then run again; saving a CSV from Excel can turn 1980 into "1,980". `sc-setup check` lists every such row at once.',
  },

  // codes equal but for case, in an export
  caseTwins: {
    ja: '{file}: 商品コード「{code}」({line} 行目) と「{other}」({first} 行目) は大文字小文字だけが違います',
    en: '{file}: codes "{code}" (line {line}) and "{other}" (line {first}) differ only in upper/lower case',
  },
  caseTwinsHint: {
    ja: '両方を登録すると STOCKCREW の在庫でネクストエンジンの在庫が加算され続けるおそれがあるため、何も書き出していません。ネクストエンジンでどちらが正しい商品か確認し、もう一方を削除するか別のコードにしてから、ファイルをダウンロードし直してください (登録済みの商品コードの大文字小文字は変えないでください)。`sc-setup check` の code-case ですべて一覧できます。',
    en: 'Nothing was written: with both registered, STOCKCREW stock can keep being added to Next Engine stock. Check in Next Engine which product is right, delete the other or give it a different code, then download the file again (do not change the case of a code already registered). `sc-setup check` lists them all under code-case.',
  },

  // formula-cell
  leadTab: { ja: 'タブ', en: 'a tab' },
  leadCr: { ja: '改行 (CR)', en: 'a carriage return' },
  leadChar: { ja: '「{char}」', en: '"{char}"' },
  formulaCell: {
    ja: '列「{column}」の値{value}は{lead}で始まるため、Excel で開くと数式として扱われます (表示が変わる・保存すると値が書き換わる・数式が実行される)。アップロード用のファイルは値を変えずに作ります。そのファイルは Excel で開いて保存しないでください。値を変えるなら元の管理画面で直してください',
    en: 'Column "{column}" holds {value}, which starts with {lead}: Excel treats it as a formula (shown differently, rewritten on save, or run). Upload files keep the value unchanged; do not open and save them in Excel. To change the value, edit it in the admin screen',
  },
  formulaNotice: {
    ja: '{file} {line} 行目 (商品コード {code}): 書き出したファイルの列「{column}」の値{value}は{lead}で始まり、Excel では数式として扱われます。値はそのまま書き出しました (変えるとネクストエンジン・STOCKCREW の商品が変わるため)。書き出したファイルを Excel で開いて保存しないでください',
    en: '{file} line {line} (code {code}): the written file\'s column "{column}" holds {value}, which starts with {lead} and is a formula to Excel. It was written unchanged (changing it would change the product in Next Engine or STOCKCREW). Do not open and save the written file in Excel',
  },
});
