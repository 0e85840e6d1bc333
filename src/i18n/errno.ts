/**
 * What an operating-system error code means, in words: the one table every message that
 * reports a failed file or network call takes its words from (src/env-fault.ts decides
 * which of them are the operator's to fix, and what to do). Node's own English sentence and
 * the bare code never reach the operator.
 */
import { defineMessages, type Text } from './text.js';

export const errnoText = defineMessages({
  missing: { ja: '見つかりません', en: 'it does not exist' },
  full: { ja: 'ディスクの空き容量がありません', en: 'the disk is full' },
  readOnly: { ja: '読み取り専用の場所で、書き込めません', en: 'it is on a read-only disk or share, so nothing can be written there' },
  denied: {
    ja: 'アクセスする権限がないか、別のプログラムがファイルを使用中です',
    en: 'permission was refused, or another program is holding the file',
  },
  notFolder: { ja: 'パスの途中にフォルダではなくファイルがあります', en: 'part of the path is a file, not a folder' },
  isFolder: { ja: 'ファイルのはずの場所がフォルダです', en: 'it is a folder where a file belongs' },
  tooManyOpen: { ja: '同時に開けるファイルの数が上限に達しています', en: 'too many files are open at once' },
  exists: { ja: '同じ名前のものが既にあります', en: 'something with that name already exists' },
  notEmpty: { ja: 'フォルダが空ではありません', en: 'the folder is not empty' },
  nameTooLong: { ja: 'ファイル名またはパスが長すぎます', en: 'the file name or path is too long' },
  linkLoop: { ja: 'ショートカット (シンボリックリンク) が循環しています', en: 'symbolic links point at each other in a loop' },
  otherDrive: { ja: '別のドライブ (ファイルシステム) へは移動できません', en: 'it cannot be moved to another drive (file system)' },
  io: { ja: '読み書きの途中でディスクまたは装置にエラーが起きました', en: 'the disk or device failed while reading or writing' },
  closed: { ja: '出力先が先に閉じられました', en: 'the output was closed early' },
  tryAgain: { ja: '一時的に使えません。少し待ってからやり直してください', en: 'it is unavailable for a moment: try again shortly' },
  refused: { ja: '接続を拒否されました', en: 'the connection was refused' },
  reset: { ja: '接続が途中で切れました', en: 'the connection was cut' },
  timedOut: { ja: '時間内に応答がありませんでした', en: 'there was no answer in time' },
  noHost: { ja: '接続先のホスト名が見つかりません', en: 'the host name was not found' },
  noNetwork: { ja: 'ネットワークにつながっていません', en: 'the network cannot be reached' },
  unknown: { ja: 'システムエラー (コード {code})', en: 'a system error (code {code})' },
});

/** What an error code means to an operator; codes that mean the same share it (EPERM and EACCES on Windows, say). */
export type ErrnoMeaning = Exclude<keyof typeof errnoText, 'unknown'>;

const MEANING_OF_CODE: Readonly<Record<string, ErrnoMeaning>> = {
  ENOENT: 'missing',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'readOnly',
  EACCES: 'denied',
  EPERM: 'denied',
  EBUSY: 'denied',
  ENOTDIR: 'notFolder',
  EISDIR: 'isFolder',
  EMFILE: 'tooManyOpen',
  ENFILE: 'tooManyOpen',
  EEXIST: 'exists',
  ENOTEMPTY: 'notEmpty',
  ENAMETOOLONG: 'nameTooLong',
  ELOOP: 'linkLoop',
  EXDEV: 'otherDrive',
  EIO: 'io',
  EPIPE: 'closed',
  EAGAIN: 'tryAgain',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  ETIMEDOUT: 'timedOut',
  ENOTFOUND: 'noHost',
  EAI_AGAIN: 'noHost',
  ENETUNREACH: 'noNetwork',
};

export function meaningOf(code: string): ErrnoMeaning | undefined {
  return Object.hasOwn(MEANING_OF_CODE, code) ? MEANING_OF_CODE[code] : undefined;
}

/** The words for an error code; an unknown code is named as such. */
export function errnoWords(code: string): Text {
  const meaning = meaningOf(code);
  return meaning ? errnoText[meaning]() : errnoText.unknown({ code });
}

/**
 * Why an operation failed, for "(reason)" in a message: the words for its error code, or
 * the error's own message when it carries none.
 */
export function errorReason(e: unknown): Text {
  const code = (e as NodeJS.ErrnoException | null | undefined)?.code;
  if (typeof code === 'string' && code !== '') return errnoWords(code);
  const message = e instanceof Error ? e.message : String(e);
  return { ja: message, en: message };
}
