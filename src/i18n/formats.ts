import { defineMessages } from './text.js';

/** Messages about what a value in an external file means (src/formats). */
export const formatText = defineMessages({
  unknownCancel: {
    ja: '{file} {line} 行目: {header}「{value}」はネクストエンジンの受注キャンセルの値として知らない値です (有効な受注は「有効な受注です。」か 0、キャンセルは {names} か 1 以上の区分番号)',
    en: '{file} line {line}: {header} "{value}" is not a Next Engine cancel value sc-setup knows (a live slip reads 「有効な受注です。」 or 0; a cancelled one {names} or a type id of 1 or more)',
  },
  unknownStatus: {
    ja: '{file} {line} 行目: {header}「{value}」はネクストエンジンの受注状態として知らない値です (出荷済みは「出荷確定済」で始まる名前か区分 50)',
    en: '{file} line {line}: {header} "{value}" is not a Next Engine order status sc-setup knows (a shipped slip is a name starting with 出荷確定済, or id 50)',
  },
  unknownStatusId: {
    ja: '{file} {line} 行目: {header}「{value}」はネクストエンジンの受注状態区分にない番号です (0, 1, 2, 20, 30, 40, 50)',
    en: '{file} line {line}: {header} "{value}" is not a Next Engine order status id (0, 1, 2, 20, 30, 40, 50)',
  },
  unknownCancelHint: {
    ja: 'ダウンロードしたままの受注伝票CSVを指定してください。ネクストエンジンでこのアカウントが追加したキャンセル区分の名前なら、sc-setup にはキャンセルかどうか判断できません。その場合は `sc-setup ne login` でネクストエンジンAPIにログインすると、受注をAPIから区分番号で読みます (`export cancel-list --from-ne`、手順27も同じ)。',
    en: 'Give the orders CSV as downloaded. If the value is a cancel type this account added in Next Engine, sc-setup cannot tell from its name that it cancels: log in to the Next Engine API (`sc-setup ne login`) and the orders are read from the API, by the type id (`export cancel-list --from-ne`; step 27 alike).',
  },
  unknownOrderValueHint: {
    ja: 'ネクストエンジンの [受注] → [受注伝票管理] からダウンロードしたままの受注伝票CSVを指定してください。値を書き換えたファイルでは、出荷済み・キャンセル済みを正しく判断できません。',
    en: 'Give the orders CSV exactly as downloaded from Next Engine [受注] → [受注伝票管理]; with edited values sc-setup cannot tell shipped or cancelled slips.',
  },
  orderColumnsMissing: {
    ja: '{file} に受注状態の列がありません (受注状態・受注状態名・受注状態区分 のいずれか)。見出し: {headers}',
    en: '{file} has no order-status column (受注状態, 受注状態名 or 受注状態区分). Headers: {headers}',
  },
  cancelColumnMissing: {
    ja: '{file} に受注キャンセルの列がありません (受注キャンセル・受注キャンセル区分 のいずれか。明細の「キャンセル区分」は伝票のキャンセルではありません)。見出し: {headers}',
    en: '{file} has no slip cancel column (受注キャンセル or 受注キャンセル区分; the per-line キャンセル区分 does not cancel the slip). Headers: {headers}',
  },
  orderColumnsHint: {
    ja: 'ネクストエンジンの受注伝票CSVを、伝票の受注状態と受注キャンセルの項目を含めてダウンロードし直してください。',
    en: 'Download the Next Engine orders CSV again with the slip fields 受注状態 and 受注キャンセル included.',
  },
});
