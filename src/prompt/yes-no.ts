/**
 * The yes/no question: はい / いいえ, y / n, yes / no (full-width too) in either language.
 * Anything else is asked again; an empty answer takes the default only when there is one,
 * and the hint says which. An answer is never silently turned into the default.
 */
import { promptText as t } from '../i18n/prompt.js';
import type { Lang } from '../i18n/text.js';
import { readYesNo } from '../locale/yes-no.js';
import { askLine, type PromptStyle, type Terminal, type Verdict } from './line.js';

export function yesNoVerdict(typed: string, fallback: boolean | undefined, L: Lang): Verdict<boolean> {
  const answer = typed.trim() === '' ? fallback : readYesNo(typed);
  if (answer === undefined) {
    const message = typed.trim() === '' ? t.yesNoAgain()[L] : t.yesNoUnknown({ typed: typed.trim() })[L];
    return { ok: false, message };
  }
  return { ok: true, value: answer, shown: (answer ? t.yes() : t.no())[L] };
}

export function askYesNo(term: Terminal, q: { message: string; default?: boolean }, L: Lang, style: PromptStyle): Promise<boolean> {
  const hint = q.default === undefined ? t.yesNoHint() : q.default ? t.yesNoHintYes() : t.yesNoHintNo();
  return askLine(term, { message: q.message, hint: hint[L], check: (typed) => yesNoVerdict(typed, q.default, L) }, style);
}
