/**
 * Answer validation: the kind's reading of the raw value (coerce.ts), then the named rule
 * the question points at (`Question.validator`), as zod schemas whose failures are
 * explained in the operator's terms. Kept out of steps.ts so `status` never loads zod.
 */
import { z } from 'zod';
import { loadDataFile } from '../formats/data-files.js';
import { validatorText as m } from '../i18n/validators.js';
import { japanDay } from '../locale/japan-time.js';
import type { Params, Text } from '../i18n/text.js';
import { HARD_TAG, TARGET_TAG } from '../formats/tags.js';
import { coerce, emptyOf, isEmpty, shown, type Parsed } from './coerce.js';
import { notShipping } from './questions.js';
import type { Question } from './types.js';
import type { AnswerValue, Answers } from '../state/answers.js';

export interface ParseContext {
  /** Answers so far, for rules that depend on an earlier answer (拠点, ヤマトフルフィルメント). */
  answers?: Answers;
  /** Now, for dates that may not lie in the future (compared as Japan's calendar day). */
  now?: Date;
}

interface Env {
  label: Text;
  choices: Question['choices'];
  answers: Answers;
  today: string;
}

type MessageKey = keyof typeof m;
type Ctx = z.RefinementCtx;

/** Raise an issue whose message is a key of the catalogue; params fill it later. */
function raise(ctx: Ctx, key: MessageKey, params: Params = {}): void {
  ctx.addIssue({ code: 'custom', message: key, params });
}

/**
 * Next Engine's default 発送方法 / 支払方法 names, from the shipped mapping data
 * (templates/mappings). Only used to catch a copy that differs in full-/half-width brackets
 * or letters, which silently breaks a mapping. Read on first use.
 */
let neDefaultNames: string[] | undefined;
function knownNeNames(): string[] {
  if (!neDefaultNames) {
    const names = (rel: string) =>
      loadDataFile<{ methods: Array<{ name: string }> }>(rel).data.methods.map((x) => x.name);
    neDefaultNames = [...names('mappings/ne-shipping-methods.json'), ...names('mappings/ne-payment-methods.json')];
  }
  return neDefaultNames;
}

/**
 * Carrier time-slot labels Next Engine uses (templates/mappings/time-slots.json), every
 * carrier's together: the right side of a step-12 pair must be one of them.
 */
let timeSlotLabels: Set<string> | undefined;
function knownTimeSlots(): Set<string> {
  timeSlotLabels ??= new Set(
    Object.values(loadDataFile<{ carriers: Record<string, string[]> }>('mappings/time-slots.json').data.carriers).flat(),
  );
  return timeSlotLabels;
}

const PRODUCT_CODE = /^[A-Za-z0-9_-]{1,30}$/;
/** NE's automatic mails (seed step 17; 印刷日待ち / 印刷待ち以降: manual.next-engine.net mail_settei/14733). */
const MAIL_TYPES = ['受注確認', '発送連絡', 'フォロー', '印刷日待ち', '印刷待ち以降'];
/**
 * Yahoo store account = seller_id: lower-case letters, digits, `-` and `_`, at most 128
 * characters (https://developer.yahoo.co.jp/webapi/shopping/setStock.html).
 */
const STORE_ACCOUNT = /^[a-z0-9_-]{1,128}$/;
/** Full-width ASCII (Ａ, １, （), the ideographic space, and other spaces that look like one. */
const FULL_WIDTH_OR_ODD_SPACE = /[\uFF01-\uFF5E\u3000\u00A0\t]/u;

/** Names that must match another system to the character: no spaces around, one line. */
function checkExactName(ctx: Ctx, value: string, label: Text): boolean {
  if (value.trim() === '') {
    raise(ctx, 'empty', { label });
    return false;
  }
  if (value !== value.trim()) {
    raise(ctx, 'nameSpaces', { value });
    return false;
  }
  if (/[\r\n]/.test(value)) {
    raise(ctx, 'multiLine', { label });
    return false;
  }
  return true;
}

function checkNeName(ctx: Ctx, value: string, label: Text): void {
  if (!checkExactName(ctx, value, label)) return;
  const folded = value.normalize('NFKC');
  const known = knownNeNames().find((k) => k !== value && k.normalize('NFKC') === folded);
  if (known) raise(ctx, 'nameWidth', { value, known });
}

const oneLine = (env: Env) =>
  z.string().superRefine((v, ctx) => {
    if (/[\r\n]/.test(v)) raise(ctx, 'multiLine', { label: env.label });
  });

const RULES: Record<string, (env: Env) => z.ZodType<AnswerValue>> = {
  yes: (env) =>
    z.boolean().superRefine((v, ctx) => {
      if (!v) raise(ctx, 'mustBeYes', { label: env.label });
    }),

  companyCode: () =>
    z
      .string()
      .transform((v) => v.normalize('NFKC'))
      .superRefine((v, ctx) => {
        if (!/^100\d{3}$/.test(v)) raise(ctx, 'companyCode', { value: v });
      }),

  supplierCode: () =>
    z
      .string()
      .transform((v) => v.normalize('NFKC'))
      .superRefine((v, ctx) => {
        if (!/^\d{4}$/.test(v)) raise(ctx, 'supplierCode', { value: v });
      }),

  shopName: oneLine,

  yahooStoreAccount: () =>
    z
      .string()
      .transform((v) => v.normalize('NFKC'))
      .superRefine((v, ctx) => {
        const url = /shopping\.yahoo\.co\.jp\/([^/?#\s]+)/i.exec(v);
        if (url) return raise(ctx, 'storeAccountUrl', { suggest: url[1]!.toLowerCase() });
        if (/^[A-Za-z0-9_-]+$/.test(v) && v !== v.toLowerCase()) return raise(ctx, 'storeAccountCase', { suggest: v.toLowerCase() });
        if (!STORE_ACCOUNT.test(v)) raise(ctx, 'storeAccount', { value: v, length: [...v].length });
      }),

  pastDate: (env) =>
    z.string().superRefine((v, ctx) => {
      // Both are YYYY-MM-DD, so text order is date order.
      if (v !== '' && v > env.today) raise(ctx, 'dateFuture', { label: env.label, value: v, today: env.today });
    }),

  /** Not a past date: an expired key stops the API now, which step 6 must not record as fine. */
  keyExpiry: (env) =>
    z.string().superRefine((v, ctx) => {
      if (v !== '' && v < env.today) raise(ctx, 'keyExpired', { value: v, today: env.today });
    }),

  email: () =>
    z
      .string()
      .transform((v) => v.normalize('NFKC').trim())
      .superRefine((v, ctx) => {
        if (!z.email().safeParse(v).success) raise(ctx, 'email', { value: v });
      }),

  stockLocation: (env) =>
    oneLine(env).superRefine((v, ctx) => {
      const added = env.answers['ne.locations'];
      if (Array.isArray(added) && added.length > 0 && !added.includes(v)) {
        raise(ctx, 'stockLocation', { value: v, list: added.join('、') });
      }
    }),

  locations: (env) =>
    z
      .array(z.string())
      .transform((names) => names.map((n) => n.trim()).filter((n) => n !== ''))
      .superRefine((names, ctx) => {
        if (names.length > 10) raise(ctx, 'locationsTooMany', { count: names.length });
        const seen = new Set<string>();
        for (const n of names) {
          if (n === '基本拠点') raise(ctx, 'locationsBase');
          else if (/[\r\n]/.test(n)) raise(ctx, 'multiLine', { label: env.label });
          else if (seen.has(n)) raise(ctx, 'locationsDuplicate', { value: n });
          seen.add(n);
        }
      }),

  productCodes: () =>
    z
      .array(z.string())
      .transform((codes) => codes.map((c) => c.trim()).filter((c) => c !== ''))
      .superRefine((codes, ctx) => {
        const byFold = new Map<string, string>();
        for (const c of codes) {
          if (!PRODUCT_CODE.test(c)) {
            raise(ctx, 'productCode', { value: c });
            continue;
          }
          const first = byFold.get(c.toLowerCase());
          if (first === c) raise(ctx, 'productCodeDuplicate', { value: c });
          else if (first !== undefined) raise(ctx, 'productCodeCase', { a: first, b: c });
          else byFold.set(c.toLowerCase(), c);
        }
      }),

  neMethodNames: (env) =>
    z.array(z.string()).superRefine((names, ctx) => {
      const seen = new Set<string>();
      for (const n of names) {
        checkNeName(ctx, n, env.label);
        if (seen.has(n)) raise(ctx, 'namesDuplicate', { value: n });
        seen.add(n);
      }
    }),

  methodMap: (env) =>
    z.record(z.string(), z.string()).superRefine((map, ctx) => {
      for (const [from, to] of Object.entries(map)) {
        checkExactName(ctx, from, env.label);
        checkNeName(ctx, to, env.label);
      }
    }),

  timeSlotMap: (env) =>
    z.record(z.string(), z.string()).superRefine((map, ctx) => {
      for (const [from, to] of Object.entries(map)) {
        checkExactName(ctx, from, env.label);
        if (!checkExactName(ctx, to, env.label)) continue;
        if (!knownTimeSlots().has(to)) raise(ctx, 'timeSlotUnknown', { value: to, list: [...knownTimeSlots()].join('、') });
      }
    }),

  /** Values copied from STOCKCREW's screen or the seed's image: exact, so no hidden spaces or full-width letters. */
  scValues: (env) =>
    z.record(z.string(), z.string()).superRefine((map, ctx) => {
      for (const [from, to] of Object.entries(map)) {
        checkNeName(ctx, from, env.label);
        if (!checkExactName(ctx, to, env.label)) continue;
        const odd = FULL_WIDTH_OR_ODD_SPACE.exec(to);
        if (odd) raise(ctx, 'scValueWidth', { name: from, value: to, char: odd[0] === '\u3000' ? { ja: '全角スペース', en: 'ideographic space' } : odd[0] });
      }
    }),

  codAllowed: (env) =>
    z.boolean().superRefine((v, ctx) => {
      if (v && env.answers['sc.fromYamatoFF'] === true) raise(ctx, 'codFromYamato');
    }),

  mailTypes: () =>
    z
      .array(z.string())
      .transform((types) => {
        // NFKC: half-width kana (ﾌｫﾛｰ) and full-width letters (ＮＯＮＥ) as an IME or a paste may leave them.
        const names = types.map((t) => t.normalize('NFKC').trim().replace(/メール$/, '')).filter((t) => t !== '');
        const none = names.length === 1 && ['なし', 'none'].includes(names[0]!.toLowerCase());
        return none ? [] : [...new Set(names)];
      })
      .superRefine((types, ctx) => {
        for (const t of types) if (!MAIL_TYPES.includes(t)) raise(ctx, 'mailType', { value: t, list: MAIL_TYPES.join('、') });
      }),

  signature: () =>
    // At a one-line prompt a line break is written as \n.
    z.string().transform((v) => v.replace(/\\n/g, '\n')),

  ownTag: () =>
    z
      .string()
      .transform((v) => v.trim())
      .superRefine((v, ctx) => {
        // One half-width bracketed tag, as Next Engine stores it in the tag field.
        if (!/^\[[^[\]\s]+\]$/.test(v)) raise(ctx, 'ownTag', { value: v });
        else if (v === TARGET_TAG || v === HARD_TAG) raise(ctx, 'ownTagReserved', { value: v });
      }),

  selfShipping: (env) =>
    z.boolean().superRefine((v, ctx) => {
      if (!v && notShipping(env.answers)) raise(ctx, 'selfShippingContradiction');
    }),

  acceptedDiffs: () =>
    z.record(z.string(), z.string()).superRefine((map, ctx) => {
      for (const [code, reason] of Object.entries(map)) {
        if (!PRODUCT_CODE.test(code)) raise(ctx, 'productCode', { value: code });
        else if (reason.trim() === '') raise(ctx, 'acceptedReason', { code });
      }
    }),
};

/** Names a question may use in `validator`. */
export const VALIDATOR_NAMES: readonly string[] = Object.keys(RULES);

function explain(issue: z.core.$ZodIssue, env: Env, raw: unknown): Text {
  const key = issue.message as MessageKey;
  if (issue.code === 'custom' && key in m) {
    const params = (issue.params ?? {}) as Params;
    return m[key]({ label: env.label, ...params });
  }
  // A zod type error means the kind delivered a shape its rule does not take: say what was read.
  return m.wrongType({ label: env.label, expected: m.expectText(), value: shown(raw) });
}

/** Non-empty strings only, for lists and maps without a named rule. */
function checkPlain(q: Question, value: AnswerValue): Text | null {
  const blank = (s: string) => s.trim() === '';
  if (Array.isArray(value) && value.some(blank)) return m.empty({ label: q.label });
  if (typeof value === 'object' && !Array.isArray(value) && Object.entries(value).some(([k, v]) => blank(k) || blank(v))) {
    return m.empty({ label: q.label });
  }
  return null;
}

function emptyAnswer(q: Question): Parsed {
  return q.optional ? { ok: true, value: emptyOf(q) } : { ok: false, message: m.empty({ label: q.label }) };
}

/**
 * Read and check one answer, typed at a prompt or taken from an answers file. An empty
 * answer is accepted only for an optional question (as '' / [] / {}).
 */
export function parseAnswer(q: Question, raw: unknown, context: ParseContext = {}): Parsed {
  const read = coerce(q, raw);
  if (!read.ok) return read;
  if (isEmpty(read.value)) return emptyAnswer(q);
  if (!q.validator) {
    const plain = checkPlain(q, read.value);
    return plain ? { ok: false, message: plain } : read;
  }
  const env: Env = { label: q.label, choices: q.choices, answers: context.answers ?? {}, today: japanDay(context.now ?? new Date()) };
  const rule = RULES[q.validator];
  if (!rule) throw new Error(`question ${q.key} names unknown validator "${q.validator}"`);
  const result = rule(env).safeParse(read.value);
  if (!result.success) return { ok: false, message: explain(result.error.issues[0]!, env, raw) };
  const value = result.data;
  // Emptiness is judged after the rule ran: "なし" becomes an empty list of mails.
  return isEmpty(value) ? emptyAnswer(q) : { ok: true, value };
}
