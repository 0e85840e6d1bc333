/**
 * The 30 steps of the seed checklist as data: the table of contents of the product.
 * `status` imports this module, so it holds only data and plain functions (no zod).
 */
import type { Text } from '../i18n/text.js';
import { GOLIVE_STEPS } from './steps-golive.js';
import { PREP_STEPS } from './steps-prep.js';
import { EXISTING_USER, skipQuestion } from './skip.js';
import type { QuestionKind, Step } from './types.js';

export const STEPS: readonly Step[] = [...PREP_STEPS, ...GOLIVE_STEPS];

/** A step by its number ("7", " 07 ") or its key ("ne-goods"); undefined when none matches. */
export function findStep(ref: string): Step | undefined {
  const r = ref.trim();
  if (/^\d+$/.test(r)) return STEPS.find((s) => s.n === Number(r));
  const key = r.toLowerCase();
  return STEPS.find((s) => s.key === key);
}

export interface AnswerKeyDoc {
  key: string;
  /** First step that asks it (later steps reuse the same answer). */
  step: number;
  /** `danger` for the typed confirmations `confirm.<id>`, whose value must equal the word. */
  kind: QuestionKind | 'danger';
  label: Text;
  optional: boolean;
  /** For `danger` keys: the exact word expected. */
  word?: string;
  /** For select questions: the values an answers file or `set` may give. */
  choices?: string[];
  /** For select questions: what each value means, as the question offers it. */
  choiceLabels?: Record<string, Text>;
}

/** Every key an answers file may hold, in step order: for the README and `--answers` docs. */
export function answerKeys(): AnswerKeyDoc[] {
  const out: AnswerKeyDoc[] = [];
  const seen = new Set<string>();
  for (const step of STEPS) {
    const own = step.existingUserSkip ? [EXISTING_USER, skipQuestion(step)] : [];
    for (const q of [...own, ...step.asks]) {
      if (seen.has(q.key)) continue;
      seen.add(q.key);
      out.push({
        key: q.key,
        step: step.n,
        kind: q.kind,
        label: q.label,
        optional: q.optional === true,
        choices: q.choices?.map((c) => c.value),
        choiceLabels: q.choices && Object.fromEntries(q.choices.map((c) => [c.value, c.label])),
      });
    }
    for (const d of step.danger ?? []) {
      out.push({ key: `confirm.${d.id}`, step: step.n, kind: 'danger', label: d.prompt, optional: false, word: d.word });
    }
  }
  return out;
}
