import { defineMessages } from './text.js';

/**
 * Messages of the checklist's data flow and of correcting a mistake: failed steps reopened,
 * a failed input file asked again, `answers`, `set`, `reset --all`.
 */
export const flowText = defineMessages({
  checksNotRun: { ja: '実行できないチェックがあります', en: 'some checks could not run' },
  columnMissing: {
    ja: '{file}:{line}: 「{column}」の列がありません ({line}行目の見出し)。手順{n}のチェック ({family}) にはこの列が必要です。\n  このファイルの見出し: {headers}',
    en: '{file}:{line}: no "{column}" column (header row, line {line}): the checks of step {n} ({family}) need it.\n  Headers in this file: {headers}',
  },
  columnMissingHint: {
    ja: 'その列を含めてダウンロードし直したファイルを指定してください。',
    en: 'Download the file again with that column included, and give that file.',
  },
  reopened: {
    ja: '手順{n}をやり直した結果、完了の根拠が保てなかったため、手順{n}を未完了に戻しました。この手順を前提とする手順も、手順{n}が済むまで進めません。',
    en: 'Step {n} was run again and its evidence no longer holds: step {n} is marked not done, and the steps that build on it wait until it is done again.',
  },
  redoChanged: {
    ja: '手順{n}をやり直した結果が前回と変わったため、この手順を前提とする手順を未完了に戻しました: 手順 {steps}。`sc-setup continue` で進めてください。',
    en: 'Step {n} gave another result than before, so the steps that build on it are marked not done: step(s) {steps}. Run `sc-setup continue` to go through them.',
  },
  resetAllConfirm: {
    ja: 'すべての回答と進捗を消して、最初からやり直しますか? ({file} はバックアップとして残します)',
    en: 'Clear every answer and all progress and start over? ({file} is kept as a backup)',
  },
  resetAllKept: { ja: 'やり直しを取りやめました。何も変えていません。', en: 'Not reset: nothing was changed.' },
  resetAllNeedsYes: {
    ja: 'reset --all は、すべての回答と進捗を消します。端末がないため確認できないので、何もしませんでした。',
    en: 'reset --all clears every answer and all progress; with no terminal to confirm it, nothing was done.',
  },
  resetAllNeedsYesHint: {
    ja: 'スクリプトから実行するときは --yes を付けてください (sc-setup reset --all --yes)。',
    en: 'From a script, add --yes (sc-setup reset --all --yes).',
  },
  kindNeGoods: { ja: 'ネクストエンジンの商品マスタCSV', en: 'the Next Engine goods CSV' },
  kindNeStock: { ja: 'ネクストエンジンの在庫CSV', en: 'the Next Engine stock CSV' },
  kindNeOrders: { ja: 'ネクストエンジンの受注伝票CSV', en: 'the Next Engine orders CSV' },
  kindScStock: { ja: 'STOCKCREWの在庫CSV', en: 'the STOCKCREW stock CSV' },
  kindYahooQuantity: { ja: 'Yahoo!ショッピングの在庫CSV (quantity.csv)', en: 'the Yahoo!Shopping stock CSV (quantity.csv)' },
  kindYahooData: { ja: 'Yahoo!ショッピングの商品CSV (data.csv)', en: 'the Yahoo!Shopping item CSV (data.csv)' },
  hintWrongFile: {
    ja: 'このファイルの見出しは{kind}のものです。列名を直すのではなく、ここで必要なファイルを指定し直してください (「{column}」の列があるファイルです)。',
    en: 'The headers of this file are those of {kind}: do not rename columns, give the file needed here instead (the one with a "{column}" column).',
  },
  hintDownloadWithColumn: {
    ja: 'このファイルは{kind}ですが、「{column}」の列を含めずにダウンロードされています。この列を含めてダウンロードし直してください。',
    en: 'This is {kind}, downloaded without the "{column}" column: download it again with that column included.',
  },
  cmdAnswers: { ja: '保存されている回答を一覧表示 (--json で JSON)', en: 'list the saved answers (--json for JSON)' },
  cmdSet: {
    ja: '保存されている回答を1つ変える (回答ファイルと同じように検証)。その回答を使った手順と、それに続く手順は未完了に戻る',
    en: 'change one saved answer (validated like the answers file); the steps that used it, and those they gate, are reopened',
  },
  argKeyValue: { ja: 'キー=値 (例: files.neGoodsTagged=./商品マスタ.csv)', en: 'key=value (e.g. files.neGoodsTagged=./goods.csv)' },
  answersHeading: { ja: '保存されている回答 ({dir})', en: 'Saved answers ({dir})' },
  answerLine: { ja: '手順{n}  {key} = {value}\n        {label}', en: 'step {n}  {key} = {value}\n        {label}' },
  answerLineOther: { ja: '        {key} = {value} (この版では使っていないキー)', en: '        {key} = {value} (a key this version does not use)' },
  answerEmpty: { ja: '(なし)', en: '(none)' },
  answersNone: { ja: 'まだ回答はありません。', en: 'No answers yet.' },
  answersSetHint: {
    ja: '回答を変えるには: sc-setup set キー=値 (その回答を使った手順は未完了に戻ります)',
    en: 'To change one: sc-setup set key=value (the steps that used it are reopened)',
  },
  setDone: { ja: '{key} を変更しました。', en: '{key} is changed.' },
  setUnchanged: { ja: '{key} は既にその値です。何も変えていません。', en: '{key} already has that value: nothing changed.' },
  setReopened: {
    ja: 'この回答を使った手順と、それに続く手順を未完了に戻しました: 手順 {steps}',
    en: 'The steps that used this answer, and those they gate, are marked not done: step(s) {steps}',
  },
  setReopenedNone: { ja: '未完了に戻した手順はありません。', en: 'No step was reopened.' },
  setContinue: { ja: '`sc-setup continue` でその手順からやり直せます。', en: 'Run `sc-setup continue` to do them again.' },
  statusFailed: {
    ja: '  このファイルで止まりました: {problem} (`sc-setup continue` で指定し直せます)',
    en: '  This file stopped the step: {problem} (`sc-setup continue` asks for it again)',
  },
  fileFailedBefore: {
    ja: '前回、このファイルで止まりました:\n{problem}\n直したファイルか、正しいファイルを指定してください。',
    en: 'Last time this file stopped the step:\n{problem}\nGive the corrected file, or the right one.',
  },
});
