import { defineMessages } from './text.js';

/** Why a hand-edited JSON file cannot be read (src/state/json-fault.ts names the kind). */
export const jsonFaultText = defineMessages({
  empty: { ja: 'ファイルが空です', en: 'the file is empty' },
  end: {
    ja: '途中で終わっています。閉じる } や ] が足りないようです',
    en: 'the text ends too early: a closing } or ] seems to be missing',
  },
  trailingComma: { ja: '最後の項目の後ろに余分な「,」があります', en: 'there is an extra "," after the last item' },
  missingComma: { ja: '項目と項目の間に「,」が足りません', en: 'a "," is missing between two items' },
  missingColon: { ja: 'キーの後ろに「:」が必要です', en: 'a ":" must follow the key' },
  keyNotQuoted: { ja: 'キーは "キー" のように二重引用符で囲みます', en: 'keys are written in double quotes, like "key"' },
  singleQuote: {
    ja: "文字列は ' ではなく \" (二重引用符) で囲みます",
    en: "strings are written in double quotes (\"), not single quotes (')",
  },
  fullWidth: {
    ja: '全角の「{found}」があります。JSON の記号 ({ } [ ] : , ") は半角で書きます',
    en: 'a full-width "{found}" is used: JSON\'s symbols ({ } [ ] : , ") are half-width',
  },
  lineBreakInString: {
    ja: '文字列の途中で行が変わっています。閉じる " が足りないか、改行は \\n と書く必要があります',
    en: 'a string runs into a line break: a closing " is missing, or the break must be written as \\n',
  },
  controlChar: {
    ja: '文字列の中にタブなどの制御文字があります (タブは \\t と書きます)',
    en: 'a string holds a control character such as a tab (write a tab as \\t)',
  },
  badEscape: {
    ja: '「\\」の後ろの文字が正しくありません。Windows のパスは \\ を \\\\ と2つ重ねるか、/ で区切ります',
    en: 'the character after "\\" is not valid: in a Windows path write \\\\ for each \\, or use /',
  },
  badNumber: { ja: '数値の書き方が正しくありません', en: 'the number is not written correctly' },
  unexpected: { ja: 'ここに「{found}」は書けません', en: '"{found}" cannot appear here' },
  extra: {
    ja: 'JSON の終わりの後ろに余分な「{found}」があります',
    en: 'there is more text ("{found}") after the end of the JSON',
  },
});
