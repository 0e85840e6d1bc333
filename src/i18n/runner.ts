import { defineMessages } from './text.js';

/** Messages of the interactive checklist (init / continue / step). */
export const runnerText = defineMessages({
  ownerSC: { ja: 'STOCKCREW', en: 'STOCKCREW' },
  ownerNE: { ja: 'ネクストエンジン', en: 'Next Engine' },
  phasePrep: { ja: '事前設定', en: 'Preparation' },
  phaseGolive: { ja: '運用開始', en: 'Go-live' },
  stepHeader: { ja: '手順 {n}/30 [{owner}・{phase}] {title}', en: 'Step {n}/30 [{owner} · {phase}] {title}' },
  caution: { ja: '注意', en: 'Caution' },
  gateNotMet: {
    ja: '手順{n}「{title}」はまだ実行できません。先に手順 {missing} を終えてください。',
    en: 'Step {n} "{title}" cannot run yet: finish step(s) {missing} first.',
  },
  gateHint: { ja: '`sc-setup status` で進捗を確認できます。', en: 'Run `sc-setup status` to see where you are.' },
  alreadyDone: {
    ja: '手順{n}「{title}」は完了済みです ({at})。もう一度行うには --redo を付けてください。',
    en: 'Step {n} "{title}" is already done ({at}). Add --redo to run it again.',
  },
  unknownStep: { ja: '手順「{ref}」はありません。1〜30 の番号か手順のキーを指定してください。', en: 'No step "{ref}". Give a number 1-30 or a step key.' },
  askDone: { ja: '手順{n}「{title}」を管理画面で完了しましたか?', en: 'Have you finished step {n} "{title}" in the admin screen?' },
  pausedAt: {
    ja: '手順{n}で一時停止しました。作業が終わったら `sc-setup continue` で続きから再開できます。',
    en: 'Paused at step {n}. When the work is done, run `sc-setup continue` to resume here.',
  },
  stepDone: { ja: '✔ 手順{n} 完了', en: '✔ Step {n} done' },
  stepSkipped: { ja: '– 手順{n} は対象外のためスキップ', en: '– Step {n} does not apply: skipped' },
  allDone: { ja: '30手順すべて完了しました。おつかれさまでした。', en: 'All 30 steps are done.' },
  resumeAt: { ja: '手順{n}「{title}」から再開します。', en: 'Resuming at step {n} "{title}".' },
  missingAnswers: {
    ja: '回答が足りません (--non-interactive のため質問できません)。不足している回答:',
    en: 'Missing answers (--non-interactive: cannot ask). Missing:',
  },
  missingLine: { ja: '  手順{n} {key}: {label}', en: '  step {n} {key}: {label}' },
  missingHint: {
    ja: '--answers <ファイル> で上のキーを渡すか、端末で対話的に実行してください。危険な操作の確認 (confirm.*) は --yes では代わりになりません。',
    en: 'Pass the keys above with --answers <file>, or run interactively in a terminal. Dangerous confirmations (confirm.*) are never taken by --yes.',
  },
  dangerTitle: { ja: '⚠ 本番の動作が変わる操作です', en: '⚠ This changes live behaviour' },
  dangerType: { ja: '確認のため「{word}」と入力してください (中止は Ctrl-C)', en: 'Type "{word}" to confirm (Ctrl-C to stop)' },
  dangerMismatch: { ja: '「{word}」と正確に入力してください', en: 'Type exactly "{word}"' },
  dangerAnswerWrong: {
    ja: '回答ファイルの confirm.{id} が「{word}」ではありません。手順{n}は確認されていないため進めません。',
    en: 'confirm.{id} in the answers file is not "{word}": step {n} is not confirmed and cannot proceed.',
  },
  invalidAnswer: { ja: '{detail}', en: '{detail}' },
  checkNoFile: {
    ja: '注意: 受注伝票をファイルで受け取っていない (ネクストエンジンAPIから読んだ) ため、受注のチェック ({families}) はしていません。ネクストエンジンから受注伝票CSVをダウンロードし、sc-setup check --ne-orders <ファイル> で確かめてから受注連携をONにしてください。',
    en: 'Note: the orders were not given as a file (they were read from the Next Engine API), so the order checks ({families}) did not run. Download the orders CSV from Next Engine and run sc-setup check --ne-orders <file> before turning order sync on.',
  },
  sameFileTwice: {
    ja: '{file} は「{other}」にも指定されています。この手順のファイルは別々にダウンロードするものなので、それぞれのファイルを指定してください',
    en: '{file} is also given as "{other}". The files of this step are separate downloads: give each its own file',
  },
  fileMissing: { ja: 'ファイル {file} が見つかりません', en: 'File {file} not found' },
  fileIsFolder: {
    ja: '{file} はフォルダです。その中のファイル (CSV) を指定してください',
    en: '{file} is a folder: give the file (the CSV) in it',
  },
  listHelp: { ja: '(複数あるときは「,」で区切ります)', en: '(several: separate them with ",")' },
  mapHelp: { ja: '(「元=先」の組を「;」で区切って並べます)', en: '(pairs "from=to", separated by ";")' },
  taskExport: { ja: '{artifact} を作成', en: 'Write {artifact}' },
  taskCheck: { ja: 'チェック: {families}', en: 'Check: {families}' },
  checkResult: { ja: 'エラー {errors} 件、注意 {warnings} 件', en: '{errors} error(s), {warnings} warning(s)' },
  verifyResult: { ja: '{compared} 件中 {matched} 件一致', en: '{matched} of {compared} match' },
  taskVerify: { ja: 'STOCKCREW と ネクストエンジンの在庫を照合', en: 'Compare STOCKCREW and Next Engine stock' },
  taskSave: { ja: '進捗を保存', en: 'Save progress' },
  checkFailed: {
    ja: '手順{n}のチェックでエラーが {count} 件見つかりました。直してから再実行してください (`sc-setup step {n}`)。',
    en: 'The checks of step {n} found {count} error(s). Fix them and run the step again (`sc-setup step {n}`).',
  },
  checksNotRun: {
    ja: '手順{n}のチェックを実行できなかったため、完了にできません:',
    en: 'Step {n} cannot be completed: some of its checks could not run:',
  },
  stockUnaccepted: {
    ja: '在庫数が一致しない商品が {count} 件あり、理由が記録されていません: {codes}',
    en: '{count} code(s) differ in stock and have no recorded reason: {codes}',
  },
  stockUnacceptedHint: {
    ja: 'STOCKCREWとネクストエンジンの在庫を揃えるか、差異を認める理由を stock.accepted (商品コード=理由) に記録してください。',
    en: 'Make STOCKCREW and Next Engine stock agree, or record a reason for each difference in stock.accepted (code=reason).',
  },
  acceptDiff: {
    ja: '{code}: STOCKCREW {sc} / ネクストエンジン {ne}。差異を認める理由 (空欄なら認めない)',
    en: '{code}: STOCKCREW {sc} / Next Engine {ne}. Reason to accept this difference (empty: do not accept)',
  },
  stockClean: { ja: '在庫数はすべて一致しました ({count} 件)。', en: 'All stock counts match ({count} codes).' },
  taskReminders: { ja: 'Yahoo!ショッピング API の更新時期を計算', en: 'Work out when the Yahoo!Shopping API needs renewing' },
  taskBackfill: { ja: 'メールがさかのぼって作られる期間を計算', en: 'Work out how far back mails will be created' },
  backfillTitle: { ja: 'メール送信を開始すると、次の過去分までメールが作られます:', en: 'When sending starts, Next Engine creates mails back to:' },
  noInputFor: {
    ja: '手順{n}に必要なファイル ({key}) が指定されていません。',
    en: 'Step {n} needs a file ({key}) that was not given.',
  },
});

/** Messages of `reset`. */
export const resetText = defineMessages({
  needOne: {
    ja: 'reset には --step <番号> か --all のどちらか一方を指定してください。',
    en: 'reset needs exactly one of --step <n> or --all.',
  },
  stepReset: { ja: '手順{n}「{title}」を未完了に戻しました (回答は残しています)。', en: 'Step {n} "{title}" is marked not done (answers kept).' },
  stepResetGated: {
    ja: 'この手順の後に続く手順も未完了に戻しました: 手順 {steps}',
    en: 'The steps it gates are marked not done too: step(s) {steps}',
  },
  allReset: {
    ja: 'セットアップを最初からやり直せる状態にしました。`sc-setup init` で始めてください。',
    en: 'The setup is cleared: start again with `sc-setup init`.',
  },
});

/** Messages of `status`. */
export const statusText = defineMessages({
  heading: { ja: 'sc-setup 進捗 ({dir})', en: 'sc-setup progress ({dir})' },
  colNo: { ja: 'No.', en: 'No.' },
  colOwner: { ja: '担当', en: 'Where' },
  colState: { ja: '状態', en: 'State' },
  colDone: { ja: '完了日', en: 'Done' },
  colTitle: { ja: '手順', en: 'Step' },
  todo: { ja: '未完了', en: 'to do' },
  done: { ja: '完了', en: 'done' },
  skipped: { ja: '対象外', en: 'skipped' },
  skippedSetUp: { ja: '設定済み', en: 'set up' },
  next: { ja: '次の手順: {n}「{title}」 (`sc-setup continue`)', en: 'Next: step {n} "{title}" (`sc-setup continue`)' },
  nextAt: { ja: '  前回は「{question}」の質問で止まっています。', en: '  You stopped at the question "{question}".' },
  allDone: { ja: '30手順すべて完了しています。', en: 'All 30 steps are done.' },
  count: { ja: '{done}/30 完了', en: '{done}/30 done' },
});
