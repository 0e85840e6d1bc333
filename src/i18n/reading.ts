import { defineMessages } from './text.js';

/** Messages about how input files are read: the encoding flags, standard input, the output path. */
export const readingText = defineMessages({
  optInputEncoding: {
    ja: '入力ファイルの文字コード (utf8 / cp932)。自動判定できないときに指定します',
    en: 'encoding of the input files (utf8 / cp932), for files whose encoding cannot be told',
  },
  optEncodingAsInput: {
    ja: '--input-encoding と同じ (入力ファイルの文字コード: utf8 / cp932)',
    en: 'same as --input-encoding (encoding of the input files: utf8 / cp932)',
  },
  badInputEncoding: {
    ja: '入力の文字コード「{value}」は指定できません。utf8 か cp932 を指定してください',
    en: 'Input encoding "{value}" is not one of utf8, cp932',
  },
  stdinTwice: {
    ja: '標準入力 (-) から読めるのは1つのファイルだけです ({flags})',
    en: 'Only one input can be read from standard input (-); given for {flags}',
  },
  stdinTwiceHint: {
    ja: '他のファイルはファイル名で指定してください。',
    en: 'Give the other files by name.',
  },
  outStdout: {
    ja: '--out - (標準出力) には書き出せません。アップロードファイルは一時ファイルに書いてから置き換える作りのため、書き出すファイルのパスを指定してください',
    en: '--out - (standard output) is not supported: upload files are written to a temporary file and then renamed into place. Give the path of the file to write',
  },
  outTrailingSlash: {
    ja: '--out {path} はフォルダを指しています。書き出すファイルの名前まで指定してください',
    en: '--out {path} names a folder; give the name of the file to write',
  },
});
