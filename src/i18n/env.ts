import { defineMessages } from './text.js';

/**
 * Faults of the operator's machine (full disk, read-only folder, a file where a folder
 * should be …): what to do, and the messages that say where it happened. What happened,
 * in words, is src/i18n/errno.ts.
 */
export const envText = defineMessages({
  // What to do, one per kind.
  hintFull: {
    ja: 'ディスクの空きを増やしてから、同じコマンドをもう一度実行してください。',
    en: 'Free some disk space, then run the same command again.',
  },
  hintReadOnly: {
    ja: '書き込めるフォルダを --dir (出力は --out) で指定するか、読み取り専用の設定を外してから実行してください。',
    en: 'Point --dir (or --out for an output) at a folder you can write to, or make this one writable, then run again.',
  },
  hintDenied: {
    ja: 'フォルダとファイルの権限を確認し、Excel などでファイルを開いていれば閉じてから、もう一度実行してください。',
    en: 'Check the permissions of the folder and file, close Excel or any program that has the file open, then run again.',
  },
  hintNotFolder: {
    ja: '--dir や --out のパスを確認してください。作業フォルダにはフォルダを指定します (同じ名前のファイルがあれば名前を変えるか移動してください)。',
    en: 'Check the paths given to --dir and --out: the working folder must be a folder (rename or move a file that has its name).',
  },
  hintIsFolder: {
    ja: 'そのフォルダの名前を変えるか移動してから、もう一度実行してください。',
    en: 'Rename or move that folder, then run again.',
  },
  hintTooManyOpen: {
    ja: 'ほかのプログラムを閉じてから、もう一度実行してください。',
    en: 'Close other programs, then run again.',
  },

  // Where it happened, and what was (not) saved.
  dirNotFolder: {
    ja: '作業フォルダ {dir} を使えません: {reason}。何も変更していません。',
    en: 'Cannot use the working folder {dir}: {reason}. Nothing was changed.',
  },
  dirIsFile: { ja: '指定した場所はフォルダではなくファイルです', en: 'it is a file, not a folder' },
  folderUnusable: {
    ja: '作業フォルダ {dir} を使えません: {reason}。sc-setup.json は変更していません。',
    en: 'Cannot use the working folder {dir}: {reason}. sc-setup.json was not changed.',
  },
  stateNotSaved: {
    ja: '{file} を保存できませんでした: {reason}。直前の回答・手順の記録は保存されていません。{file} には、その前に保存した時点までの内容がそのまま残っています。',
    en: 'Could not save {file}: {reason}. The last answer or step was not saved; {file} still holds everything saved before it.',
  },
  stateNotCreated: {
    ja: '{file} を作成できませんでした: {reason}。セットアップは開始されていません。',
    en: 'Could not create {file}: {reason}. No setup was started.',
  },
  stateNotReplaced: {
    ja: '{file} を新しくできませんでした: {reason}。以前の {file} をそのまま残しています。',
    en: 'Could not replace {file}: {reason}. The previous {file} is left as it was.',
  },
  stateNotMoved: {
    ja: '{file} をバックアップに移せませんでした: {reason}。{file} は変更していません。',
    en: 'Could not move {file} aside as a backup: {reason}. {file} was not changed.',
  },
  fault: {
    ja: 'ファイルを読み書きできませんでした: {reason}。',
    en: 'A file could not be read or written: {reason}.',
  },
  pathFault: {
    ja: '{path} を扱えません: {reason}。',
    en: 'Cannot use {path}: {reason}.',
  },
});
