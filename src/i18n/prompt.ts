import { defineMessages } from './text.js';

/** Words of the terminal prompts themselves (src/prompt): answers, hints, key help. */
export const promptText = defineMessages({
  yes: { ja: 'はい', en: 'Yes' },
  no: { ja: 'いいえ', en: 'No' },
  yesNoHint: { ja: '(はい/いいえ)', en: '(yes/no)' },
  yesNoHintYes: { ja: '(はい/いいえ) [空欄なら はい]', en: '(Y/n)' },
  yesNoHintNo: { ja: '(はい/いいえ) [空欄なら いいえ]', en: '(y/N)' },
  yesNoAgain: {
    ja: '「はい」か「いいえ」で答えてください (y / n でも構いません)。',
    en: 'Answer yes or no (y / n).',
  },
  yesNoUnknown: {
    ja: '「{typed}」は はい/いいえ の答えとして読めません。「はい」か「いいえ」で答えてください (y / n でも構いません)。',
    en: '"{typed}" is not a yes or no answer: answer yes or no (y / n).',
  },
  selectKeys: { ja: '↑↓ で選び、⏎ で決定', en: '↑↓ to move, ⏎ to choose' },
});
