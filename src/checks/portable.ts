/**
 * Findings and errors as they cross from the row worker to the main thread. A structured
 * clone copies data, not functions, so a lazily filled message travels as the name of its
 * message and its parameters and is made lazy again on arrival (filling both languages of
 * 300,000 findings up front would cost hundreds of megabytes, see lazy-text.ts).
 */
import { EXIT, ScError, UserError } from '../errors.js';
import { checkText } from '../i18n/checks.js';
import type { MessageFn, Params, Text } from '../i18n/text.js';
import { valueText } from '../i18n/values.js';
import { lazy, lazyParts } from './lazy-text.js';
import type { Finding } from './types.js';

/** The catalogues the row families' messages come from. */
const CATALOGUES: Readonly<Record<string, Readonly<Record<string, MessageFn>>>> = { checks: checkText, values: valueText };

let names: Map<MessageFn, string> | undefined;

function nameOf(make: MessageFn): string | undefined {
  if (!names) {
    names = new Map();
    for (const [catalogue, messages] of Object.entries(CATALOGUES)) for (const [key, fn] of Object.entries(messages)) names.set(fn, `${catalogue}.${key}`);
  }
  return names.get(make);
}

export type PortableText = Text | { message: string; params: Params };

/** A parameter that is itself a text (a lazy one has getters only) as plain data. */
function plainParams(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'object' ? { ja: v.ja, en: v.en } : v;
  return out;
}

export function toPortableText(text: Text): PortableText {
  const parts = lazyParts(text);
  const name = parts && nameOf(parts.make);
  if (parts && name) return { message: name, params: plainParams(parts.params) };
  return { ja: text.ja, en: text.en };
}

export function fromPortableText(p: PortableText): Text {
  if (!('message' in p)) return p;
  const dot = p.message.indexOf('.');
  const make = CATALOGUES[p.message.slice(0, dot)]?.[p.message.slice(dot + 1)];
  if (!make) throw new Error(`unknown message from the row worker: ${p.message}`);
  return lazy(make, p.params);
}

/** A finding on its way, with the index of the family that made it (findings are merged by line, then family). */
export interface PortableFinding extends Omit<Finding, 'message'> {
  message: PortableText;
  family: number;
}

export function toPortableFinding(f: Finding, family: number): PortableFinding {
  return { rule: f.rule, severity: f.severity, file: f.file, line: f.line, code: f.code, message: toPortableText(f.message), family };
}

export function fromPortableFinding(p: PortableFinding): Finding {
  return { rule: p.rule, severity: p.severity, file: p.file, line: p.line, code: p.code, message: fromPortableText(p.message) };
}

/** Why the worker stopped: an input error the operator can act on, or a fault in the tool. */
export type PortableError = { kind: 'user'; text: Text; hint?: Text; exitCode: number } | { kind: 'bug'; message: string; stack?: string };

export function toPortableError(e: unknown): PortableError {
  if (e instanceof ScError) return { kind: 'user', text: { ja: e.text.ja, en: e.text.en }, hint: e.hint && { ja: e.hint.ja, en: e.hint.en }, exitCode: e.exitCode };
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: 'bug', message: err.message, stack: err.stack };
}

export function fromPortableError(p: PortableError): Error {
  if (p.kind === 'user') return p.exitCode === EXIT.usage ? new UserError(p.text, p.hint) : new ScError(p.text, p.exitCode, p.hint);
  const err = new Error(p.message);
  if (p.stack) err.stack = p.stack;
  return err;
}
