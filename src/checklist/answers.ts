/**
 * Validation of answers that arrive without a prompt (answers file), against the step
 * table: every key must be known, every value must pass its question's validator.
 * All problems are reported at once.
 */
import { UserError } from '../errors.js';
import { cleanTypedPath, resolveUserPath } from '../user-path.js';
import { stateText as m } from '../i18n/state.js';
import { joinText, type Text } from '../i18n/text.js';
import { guideText } from '../i18n/guide.js';
import { EXISTING_USER, skipKeyStep, skipQuestion } from './skip.js';
import { STEPS } from './steps.js';
import type { DangerConfirm, Question, Step } from './types.js';
import type { AnswerValue, Answers } from '../state/answers.js';
import { parseAnswer } from './validators.js';
import { checkDanger, confirmKey } from './danger.js';
import { pathProblem } from './ask.js';
import { CONTROL, codepoint } from '../csv/control.js';

export interface KnownKey {
  step: Step;
  question?: Question;
  danger?: DangerConfirm;
}

/** Every answers key the table knows: question keys and `confirm.<id>` of dangerous steps. */
export function knownKeys(): Map<string, KnownKey> {
  const keys = new Map<string, KnownKey>();
  for (const step of STEPS) {
    for (const q of step.asks) if (!keys.has(q.key)) keys.set(q.key, { step, question: q });
    for (const d of step.danger ?? []) keys.set(confirmKey(d), { step, danger: d });
    if (step.existingUserSkip) {
      if (!keys.has(EXISTING_USER.key)) keys.set(EXISTING_USER.key, { step, question: EXISTING_USER });
      keys.set(skipQuestion(step).key, { step, question: skipQuestion(step) });
    }
  }
  return keys;
}

/** Closest known key by edit distance, to suggest on a typo. */
function closest(key: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return bestD <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * Validate answers given without a prompt. `source` names where they came from in messages
 * (the answers file, or --set); `saved` are the answers already held, which rules that
 * depend on another answer see too (the goods step 9 kept from STOCKCREW, the move from
 * Yamato Fulfillment).
 */
/** A control character in a value (any string in it), as U+XXXX; line breaks and tabs are text. */
function controlIn(value: unknown): string | undefined {
  const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value : value && typeof value === 'object' ? Object.entries(value).flat() : [];
  for (const s of strings) {
    if (typeof s !== 'string') continue;
    const found = CONTROL.exec(s);
    if (found) return codepoint(found[0]);
  }
  return undefined;
}

export function validateAnswers(source: Text, raw: Record<string, unknown>, now: Date = new Date(), saved: Answers = {}): Answers {
  const known = knownKeys();
  const problems: Text[] = [];
  // The keys table helps with a key nobody knows; a bad value needs the value put right.
  let unknownKey = false;
  const out: Answers = {};
  /** Every answer known, the given ones over the saved: what each value is judged against. */
  const context: Answers = { ...saved, ...(raw as Answers) };
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('$') || key.startsWith('//')) continue; // "$schema", comments
    const control = controlIn(value);
    if (control !== undefined && known.has(key)) {
      problems.push(m.answersControl({ source, key, codepoint: control }));
      continue;
    }
    const entry = known.get(key);
    const skipOf = skipKeyStep(key);
    if (!entry && skipOf !== null && STEPS.some((st) => st.n === skipOf)) {
      const list = STEPS.filter((st) => st.existingUserSkip).map((st) => st.n).join(', ');
      unknownKey = true;
      problems.push(guideText.skipNotAllowed({ source, key, n: skipOf, list }));
      continue;
    }
    if (!entry) {
      const near = closest(key, known.keys());
      unknownKey = true;
      problems.push(m.answersUnknownKey({ source, key, suggest: near ? m.didYouMean({ key: near }) : '' }));
      continue;
    }
    if (entry.danger) {
      // Checked here as at the step: a wrong word must stop the run before any step, not at step 27.
      if (typeof value !== 'string' || !checkDanger(entry.danger, value)) {
        problems.push(m.answersBadValue({ source, key, step: entry.step.n, detail: m.answersDangerWord({ word: entry.danger.word }) }));
      } else out[key] = value;
      continue;
    }
    const parsed = parseAnswer(entry.question!, value, { answers: context, now });
    // A file named must be there before any step runs (a later step's file read by an earlier
    // step's checks would otherwise stop the run half-way, its first steps done).
    const missing = parsed.ok && entry.question!.kind === 'file' && typeof parsed.value === 'string' && parsed.value !== '' ? pathProblem(parsed.value) : null;
    if (missing) problems.push(m.answersBadValue({ source, key, step: entry.step.n, detail: missing }));
    else if (parsed.ok && parsed.value === true && skipKeyStep(key) !== null && context[EXISTING_USER.key] === false) {
      // 「設定済み (スキップ)」 is for an account already in use (CLI.md): said to be a new one, it sets every step up.
      problems.push(guideText.skipNeedsExistingUser({ source, key, n: entry.step.n }));
    } else if (parsed.ok) out[key] = parsed.value as AnswerValue;
    else {
      problems.push(m.answersBadValue({ source, key, step: entry.step.n, detail: parsed.message }));
    }
  }
  if (problems.length > 0) throw new UserError(joinText(problems), unknownKey ? m.answersHint() : m.answersValueHint());
  return out;
}

export function validateAnswersFile(file: string, raw: Record<string, unknown>, now: Date = new Date(), saved: Answers = {}): Answers {
  return validateAnswers(m.answersFileSource({ file }), raw, now, saved);
}

/**
 * `--set key=value` (repeatable): any answers key as a flag, the highest precedence. A file
 * path is relative to the folder the command was typed in. `via` names where the pair came
 * from in messages: the `--set` flag, or the `sc-setup set` command.
 */
export function parseSetFlags(sets: readonly string[], cwd: string, now: Date = new Date(), saved: Answers = {}, via: 'flag' | 'command' = 'flag'): Answers {
  const source: Text = via === 'command' ? { ja: 'sc-setup set', en: 'sc-setup set' } : { ja: '--set', en: '--set' };
  const raw: Record<string, unknown> = {};
  for (const pair of sets) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UserError((via === 'command' ? m.setCommandNotPair : m.setNotPair)({ value: pair }), m.answersHint());
    const key = pair.slice(0, eq).trim();
    // A dangerous step is confirmed by typing its word, or by an answers file kept on record.
    if (key.startsWith('confirm.')) throw new UserError(m.setNoConfirm({ key, source }), m.answersHint());
    const value = pair.slice(eq + 1);
    raw[key] = key.startsWith('files.') && value !== '' ? resolveUserPath(cwd, cleanTypedPath(value)) : value;
  }
  return validateAnswers(source, raw, now, saved);
}
