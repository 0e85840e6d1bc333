import { defineMessages } from './text.js';

/** Messages about sc-setup.json, the answers file and the folder lock. */
export const stateText = defineMessages({
  notFound: {
    ja: '{dir} にセットアップがありません (sc-setup.json が見つかりません)。',
    en: 'No setup in {dir} (sc-setup.json not found).',
  },
  notFoundHint: {
    ja: '`sc-setup init` で始めるか、--dir で作業フォルダを指定してください。',
    en: 'Start one with `sc-setup init`, or point --dir at the working folder.',
  },
  exists: {
    ja: '{file} は既にあります。セットアップは開始済みです。',
    en: '{file} already exists: a setup has already been started here.',
  },
  existsHint: {
    ja: '続きは `sc-setup continue`。最初からやり直すなら `sc-setup init --fresh` (今のファイルはバックアップされます)。',
    en: 'Resume with `sc-setup continue`, or start over with `sc-setup init --fresh` (the current file is backed up).',
  },
  badJson: {
    ja: '{file} の {line} 行目 {column} 文字目が JSON として読めません: {detail}',
    en: '{file} line {line}, column {column} is not valid JSON: {detail}',
  },
  badShape: {
    ja: '{file} の内容が壊れています: {detail}',
    en: '{file} is damaged: {detail}',
  },
  damagedHint: {
    ja: 'ファイルを手で直すか、`sc-setup reset --all` でやり直してください (壊れたファイルはバックアップとして残ります)。自動で上書きはしません。',
    en: 'Fix the file by hand, or start over with `sc-setup reset --all` (the damaged file is kept as a backup). sc-setup never replaces it silently.',
  },
  tooNew: {
    ja: '{file} は新しい版の sc-setup で作られています (schemaVersion {found}、この版が扱えるのは {known} まで)。',
    en: '{file} was written by a newer sc-setup (schemaVersion {found}; this version handles up to {known}).',
  },
  tooNewHint: {
    ja: 'sc-setup を更新してから実行してください。',
    en: 'Update sc-setup, then run the command again.',
  },
  unreadable: {
    ja: '{file} を読めません: {reason}',
    en: 'Cannot read {file}: {reason}',
  },
  answersTooBig: {
    ja: '{file} は回答ファイルとしては大きすぎます ({mb} MB まで)。別のファイルを指定していないか確認してください。',
    en: '{file} is too large for an answers file (at most {mb} MB). Check that --answers names the right file.',
  },
  locked: {
    ja: 'この作業フォルダは別の sc-setup が使用中です (コンピューター {host} のプロセス {pid}、{since} から)。',
    en: 'Another sc-setup is using this folder (process {pid} on {host}, since {since}).',
  },
  lockUnknown: { ja: '不明', en: 'unknown' },
  lockIsFolder: {
    ja: 'ロックファイルの場所 {lock} がフォルダになっているため、この作業フォルダを使えません。',
    en: 'The lock file path {lock} is a folder, so this working folder cannot be used.',
  },
  lockIsFolderHint: {
    ja: '中身を確かめてから、そのフォルダを削除するか名前を変えて、もう一度実行してください。',
    en: 'Check what is in it, then delete or rename that folder and run again.',
  },
  lockedHint: {
    ja: 'もう一方が終わるのを待ってください。実行中のものがないのに続く場合は {lock} を削除してください。',
    en: 'Wait for it to finish. If none is running, delete {lock}.',
  },
  answersNotFound: {
    ja: '回答ファイル {file} が見つかりません。',
    en: 'Answers file {file} not found.',
  },
  answersNotObject: {
    ja: '回答ファイル {file} は JSON のオブジェクト ({ "キー": 値, … }) である必要があります。',
    en: 'Answers file {file} must be a JSON object ({ "key": value, … }).',
  },
  answersFileSource: { ja: '回答ファイル {file}', en: 'Answers file {file}' },
  answersUnknownKey: {
    ja: '{source}: 「{key}」は知らないキーです{suggest}',
    en: '{source}: unknown key "{key}"{suggest}',
  },
  answersDangerWord: {
    ja: '確認の言葉「{word}」をそのまま書いてください (画面で確認してから書く値です)',
    en: 'write the confirmation word "{word}" exactly (a value to write once it is checked on screen)',
  },
  answersNotUtf8: {
    ja: '{file} の {line} 行目に UTF-8 として読めない文字があります (Shift_JIS で保存されたファイルのようです)',
    en: '{file} line {line} holds bytes that are not UTF-8 (the file looks saved as Shift_JIS)',
  },
  answersUtf16: {
    ja: '{file} は UTF-16 (Unicode) で保存されています',
    en: '{file} is saved as UTF-16 (Unicode)',
  },
  answersEncodingHint: {
    ja: '回答ファイル (JSON) は UTF-8 で保存してください。メモ帳なら「名前を付けて保存」で文字コードに「UTF-8」を選びます。何も実行していません。',
    en: 'Save the answers file (JSON) as UTF-8: in Notepad, "Save as" with encoding "UTF-8". Nothing was run.',
  },
  answersControl: {
    ja: '{source}: 「{key}」の値に制御文字 ({codepoint}) があります。コピーした時に紛れ込んだ見えない文字です',
    en: '{source}: the value of "{key}" holds a control character ({codepoint}), an invisible character a copy brought along',
  },
  answersBadValue: {
    ja: '{source}: 「{key}」(手順{step}) の値が正しくありません: {detail}',
    en: '{source}: "{key}" (step {step}) is not valid: {detail}',
  },
  setNoConfirm: {
    ja: '危険な操作の確認 ({key}) は {source} では渡せません。画面で確認語を入力するか、回答ファイルに書いてください。',
    en: 'A dangerous confirmation ({key}) cannot be given with {source}: type the word at the prompt, or put it in an answers file.',
  },
  setNotPair: {
    ja: '--set には「キー=値」の形で指定してください (指定値: {value})。例: --set sc.companyCode=100123',
    en: '--set takes "key=value" (got: {value}), e.g. --set sc.companyCode=100123',
  },
  setCommandNotPair: {
    ja: 'sc-setup set には「キー=値」の形で指定してください (指定値: {value})。例: sc-setup set sc.companyCode=100123',
    en: 'sc-setup set takes "key=value" (got: {value}), e.g. sc-setup set sc.companyCode=100123',
  },
  answersValueHint: {
    ja: '値を直して、もう一度指定してください。値の形は README の「回答ファイル」の表にあります (今の回答は sc-setup answers で見られます)。',
    en: 'Correct the value and give it again. The README section "Answers file" shows the form of each value (sc-setup answers shows the current ones).',
  },
  answersHint: {
    ja: '使えるキーは README の「回答ファイル」の表にあります。',
    en: 'The keys are listed in the README section "Answers file".',
  },
  didYouMean: { ja: ' (「{key}」のことですか?)', en: ' (did you mean "{key}"?)' },
  backupKept: { ja: '以前のファイルを {file} に保存しました。', en: 'The previous file was saved as {file}.' },
});
