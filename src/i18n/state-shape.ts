import { defineMessages } from './text.js';

/** What is wrong in a damaged sc-setup.json, naming the field (src/state/schema.ts). */
export const stateShapeText = defineMessages({
  notExpected: { ja: '「{path}」が {expected} ではありません', en: '"{path}" is not {expected}' },
  stepKey: {
    ja: '「steps」に手順番号 (1〜30) ではないキー「{key}」があります',
    en: '"steps" has a key "{key}" that is not a step number (1-30)',
  },
  anObject: { ja: 'オブジェクト ({ … })', en: 'an object ({ … })' },
  aString: { ja: '文字列', en: 'a string' },
  aStringOrNull: { ja: '文字列か null', en: 'a string or null' },
  aDateTime: { ja: '日時 (例: 2026-12-01T09:30:00.000Z) か null', en: 'a date and time (e.g. 2026-12-01T09:30:00.000Z) or null' },
  aList: { ja: '配列 ([ … ])', en: 'a list ([ … ])' },
  aCount: { ja: '0 以上の整数', en: 'a whole number of 0 or more' },
  aStepNumber: { ja: '手順番号 (整数)', en: 'a step number (whole number)' },
  aStepState: { ja: 'todo・done・skipped のどれか', en: 'one of todo, done, skipped' },
  anEncoding: { ja: 'cp932・utf8・utf8-bom のどれか', en: 'one of cp932, utf8, utf8-bom' },
  anAnswer: {
    ja: '回答の値 (文字列、true/false、文字列の配列、文字列どうしの対応)',
    en: 'an answer value (text, true/false, a list of text, or a map of text to text)',
  },
  toolName: { ja: '"sc-setup"', en: '"sc-setup"' },
});
