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
  scStockFile: { ja: 'STOCKCREW の在庫CSV', en: 'the STOCKCREW stock CSV' },
  neStockFile: { ja: 'ネクストエンジンの在庫CSV', en: 'the Next Engine stock CSV' },
  duplicatesMore: {
    ja: '{file}: ほかにも重複した商品コードが {count} 件あります (同様に合計しました)',
    en: '{file}: {count} more codes appear more than once (also added together)',
  },
});
