import { defineMessages } from './text.js';

/**
 * Messages around the steps themselves: the manuals a step names, the 「設定済み (スキップ)」
 * choice of existing Next Engine users, and what to watch after go-live.
 */
export const guideText = defineMessages({
  manualLine: { ja: '  📖 マニュアル: {title}', en: '  📖 Manual: {title}' },
  manualUrl: { ja: '     {url}', en: '     {url}' },
  sourceLine: { ja: '  📖 参考: {url}', en: '  📖 See: {url}' },

  existingUserLabel: {
    ja: 'このネクストエンジンを既に使っていますか (設定済みの手順をスキップできます)',
    en: 'Do you already use this Next Engine account? (steps already set up can then be skipped)',
  },
  existingUserHelp: {
    ja: '「はい」なら、ネクストエンジン側で既に済んでいるかもしれない手順 (5〜8・10〜12・17〜20・22・23) の始めに「設定済み (スキップ)」を選べます。STOCKCREWとの連携の手順はスキップできません。',
    en: 'If yes, the steps you may already have done in Next Engine (5–8, 10–12, 17–20, 22, 23) each offer 「設定済み (スキップ)」 when they start. The STOCKCREW connection steps cannot be skipped.',
  },
  skipAsk: {
    ja: '手順{n}「{title}」は、ネクストエンジンを既に使っていれば設定済みかもしれません。どうしますか?',
    en: 'Step {n} "{title}" may already be set up if you already use Next Engine. What do you want to do?',
  },
  skipDo: { ja: 'これから設定する', en: 'Set it up now' },
  skipDone: { ja: '設定済み (スキップ)', en: 'Already set up (skip)' },
  skipLabel: {
    ja: '手順{n}「{title}」は設定済み (スキップ)',
    en: 'Step {n} "{title}" is already set up: skip it',
  },
  skipped: {
    ja: '– 手順{n} は設定済みとしてスキップしました (設定するには `sc-setup step {n} --redo`、スクリプトからは `sc-setup set skip.{n}=いいえ`)',
    en: '– Step {n} is marked already set up and skipped (to set it up after all: `sc-setup step {n} --redo`, or from a script `sc-setup set skip.{n}=no`)',
  },
  skipNeedsExistingUser: {
    ja: '{source}: {key} (手順{n}を「設定済み (スキップ)」) は、ネクストエンジンを既に使っている場合だけ指定できます (ne.existingUser が false です)',
    en: '{source}: {key} (step {n} already set up) applies only to an account already in use, not with ne.existingUser false',
  },
  skipNotAllowed: {
    ja: '{source}: {key} は指定できません。手順{n}はSTOCKCREWとの連携そのもので、後の手順がその結果を使うため「設定済み (スキップ)」にできません。スキップできるのは手順 {list} です。',
    en: '{source}: {key} is not allowed. Step {n} is part of the STOCKCREW connection itself and later steps rely on its result, so it cannot be skipped. Steps that can be skipped: {list}.',
  },

  afterGoLiveTitle: { ja: '運用開始後に見張ること:', en: 'Watch after go-live:' },
  watchHeld: {
    ja: '  ・ネクストエンジンの「確認待ち」「入金待ち」に止まった受注は「印刷待ち」に進まないため、STOCKCREWには届きません。毎日確認して処理してください。',
    en: '  · Orders held in 確認待ち or 入金待ち in Next Engine never reach 印刷待ち, so STOCKCREW never sees them: check and clear them daily.',
  },
  watchFailedTag: {
    ja: '  ・受注分類タグ [STOCKCREW出荷指示失敗] の付いた受注は「印刷待ち」のまま出荷されません。STOCKCREWのAPI連携ログで原因を確かめてください。',
    en: '  · Orders tagged [STOCKCREW出荷指示失敗] stay in 印刷待ち and are not shipped: check STOCKCREW’s API連携ログ for the cause.',
  },
});
