/**
 * Shapes of the step table (steps.ts). Kept free of heavy imports: `status` loads the
 * table and must start fast, so validation lives in validators.ts (zod), referenced by name.
 */
import type { Text } from '../i18n/text.js';
import type { AnswerValue, Answers } from '../state/answers.js';

export type Owner = 'SC' | 'NE';
/** prep = 事前設定, golive = 運用開始 */
export type Phase = 'prep' | 'golive';


/**
 * Kinds of question. `list` is several values (typed comma-separated); `map` is name → name
 * pairs (e.g. Yahoo shipping name → NE 発送方法), typed as `from=to` pairs separated by `;`;
 * `file` is a path to an input file, remembered relative to the working folder.
 */
export type QuestionKind = 'text' | 'select' | 'confirm' | 'date' | 'list' | 'map' | 'file';

export interface Question {
  /** Answers key, flat and dotted: `sc.companyCode`, `files.neGoods`, `yahoo.shipping`. */
  key: string;
  kind: QuestionKind;
  label: Text;
  help?: Text;
  /** For select: the values and their labels. */
  choices?: ReadonlyArray<{ value: string; label: Text }>;
  /** For select: why a value outside the choices is not offered (said instead of listing the choices). */
  notOffered?: Text;
  /** Default offered at the prompt and taken by --yes. */
  default?: AnswerValue;
  /**
   * Default computed from earlier answers (e.g. the NE names in use, from the maps of
   * step 11); when it returns a value, that value wins over `default`.
   */
  defaultFrom?: (answers: Answers) => AnswerValue | undefined;
  /** An optional question may be left empty. */
  optional?: boolean;
  /** Name of a validator in validators.ts (zod); omitted means "non-empty for its kind". */
  validator?: string;
  /** Ask only when this returns true for the answers so far. */
  when?: (answers: Answers) => boolean;
}

/**
 * A typed confirmation for a step that changes live behaviour. The operator must type
 * `word` exactly; --yes never satisfies it; an answers file must contain `confirm.<id>`
 * with the same word.
 */
export interface DangerConfirm {
  id: string;
  word: string;
  prompt: Text;
  /**
   * Asked before the step's actions: a precondition of what the actions lead the operator to
   * do (step 27: auto-cancel OFF before the list of slips to cancel is written), not a
   * record of what was done on screen.
   */
  before?: boolean;
}

/** Names of behaviours a step triggers; the runner maps them to exports and checks. */
export type StepAction =
  | { kind: 'export'; artifact: string }
  /** `onlyWith`: run only when that input is a file at hand (not read from the Next Engine API). */
  | { kind: 'check'; families: string[]; onlyWith?: 'neOrders' }
  /** Step 28: the slips step 27 listed show as cancelled in the orders read since (cancel-actions.ts). */
  | { kind: 'cancelDone' }
  /** Compare STOCKCREW and Next Engine stock, and write stock-diff from that comparison. */
  | { kind: 'verifyStock' }
  | { kind: 'mailBackfill' }
  /** When to re-authorise the Yahoo API and renew its key, from the dates just recorded. */
  | { kind: 'apiReminders' }
  /** Step 9: write ne-tags and record every code that carries [STOCKCREW連携対象] once it is uploaded. */
  | { kind: 'tagUpload' }
  /** The goods file downloaded after the upload carries the tags step 9 recorded (evidence the upload took). */
  | { kind: 'confirmTags' }
  /**
   * With a Next Engine login only: confirm in Next Engine itself, after the step's other
   * actions (it may ask the operator, so it runs outside the task list): the uploaded tags
   * (step 9), the test order (step 10), the method names (step 11).
   */
  | { kind: 'neEvidence'; what: NeEvidenceKind };

export type NeEvidenceKind = 'tags' | 'testOrder' | 'methods';

/**
 * A page the operator reads for a step: the manual the seed names (its exact title) or the
 * public page DOMAIN.md cites. Titles are the pages' own (Japanese) names in both languages.
 */
export interface ManualRef {
  /** The page's title as the seed writes it; absent when only its address is known. */
  title?: string;
  url?: string;
}

export interface Step {
  n: number;
  key: string;
  owner: Owner;
  phase: Phase;
  title: Text;
  /** What to do, concretely: which screen, which menu, which switch. */
  guidance: Text;
  cautions: Text[];
  /** Steps that must be done (or skipped) first: the gate. */
  requires: number[];
  asks: Question[];
  danger?: DangerConfirm[];
  actions?: StepAction[];
  /**
   * The step's own question already asks whether its work is done (ログインできましたか,
   * 確認しましたか): one question per fact, so no second 「完了しましたか」.
   */
  doneByAnswer?: true;
  /** The step does not apply (e.g. single location, no self-shipping): offered as skipped. */
  skipWhen?: (answers: Answers) => boolean;
  /** Manuals and public pages behind the step's instructions, shown under its guidance. */
  manuals?: ManualRef[];
  /**
   * An existing Next Engine user may already have done this step (seed preamble) and mark it
   * 「設定済み (スキップ)」 (skip.ts). Never set on a step whose evidence or typed
   * confirmation later steps rely on.
   */
  existingUserSkip?: true;
  /** Warnings that depend on the answers (shown once the questions are answered). */
  advice?: (answers: Answers) => Text[];
  /**
   * Answers keys the step depends on besides its own questions and the steps it requires
   * (a code-length rule, a validator, a default): `sc-setup set` reopens the step when one changes.
   */
  uses?: readonly string[];
}
