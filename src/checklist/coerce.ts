/**
 * Turning a raw answer into the value its question kind stores. Two sources meet here:
 * text typed at a prompt (lists as "a, b", maps as "from=to; from2=to2", yes/no words,
 * dates with slashes) and JSON values from an answers file (arrays, objects, booleans).
 * Named rules (company code, e-mail …) come afterwards, in validators.ts.
 */
import { validatorText as m } from '../i18n/validators.js';
import { readYesNo } from '../locale/yes-no.js';
import type { Text } from '../i18n/text.js';
import { cleanTypedPath } from '../user-path.js';
import type { Question } from './types.js';
import type { AnswerValue } from '../state/answers.js';

export type Parsed = { ok: true; value: AnswerValue } | { ok: false; message: Text };

const fail = (message: Text): Parsed => ({ ok: false, message });
const pass = (value: AnswerValue): Parsed => ({ ok: true, value });

/** How a raw value is quoted back in a message: short, and never "[object Object]". */
export function shown(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The empty value of a kind: what an unanswered optional question stores. */
export function emptyOf(q: Question): AnswerValue {
  if (q.kind === 'list') return [];
  if (q.kind === 'map') return {};
  if (q.kind === 'confirm') return false;
  return '';
}

export function isEmpty(value: AnswerValue): boolean {
  if (typeof value === 'string') return value === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'boolean') return false;
  return Object.keys(value).length === 0;
}

function coerceConfirm(q: Question, raw: unknown): Parsed {
  if (typeof raw === 'boolean') return pass(raw);
  if (typeof raw !== 'string') return fail(m.wrongType({ label: q.label, expected: m.expectConfirm(), value: shown(raw) }));
  if (raw.trim() === '') return pass('');
  const answer = readYesNo(raw);
  return answer === undefined ? fail(m.confirmUnknown({ value: shown(raw) })) : pass(answer);
}

function calendarDate(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function coerceDate(q: Question, raw: unknown): Parsed {
  if (typeof raw !== 'string') return fail(m.wrongType({ label: q.label, expected: m.expectText(), value: shown(raw) }));
  const s = raw.normalize('NFKC').trim();
  if (s === '') return pass('');
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (!parts) return fail(m.dateFormat({ value: shown(raw) }));
  const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const iso = `${parts[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!calendarDate(y, mo, d)) return fail(m.dateInvalid({ value: iso }));
  return pass(iso);
}

function coerceSelect(q: Question, raw: unknown): Parsed {
  if (typeof raw !== 'string') return fail(m.wrongType({ label: q.label, expected: m.expectText(), value: shown(raw) }));
  const s = raw.trim();
  if (s === '') return pass('');
  const choices = q.choices ?? [];
  const hit =
    choices.find((c) => c.value === s) ??
    choices.find((c) => c.value.toLowerCase() === s.toLowerCase()) ??
    choices.find((c) => c.label.ja === s || c.label.en === s);
  if (hit) return pass(hit.value);
  if (q.notOffered) return fail(m.selectNotOffered({ value: s, why: q.notOffered }));
  return fail(m.selectUnknown({ value: s, label: q.label, list: choices.map((c) => c.value).join(', ') }));
}

/** Typed lists are split at commas (half- or full-width), 、 and line breaks. */
function coerceList(q: Question, raw: unknown): Parsed {
  if (typeof raw === 'string') {
    return pass(raw.split(/[,，、\r\n]+/).map((s) => s.trim()).filter((s) => s !== ''));
  }
  if (Array.isArray(raw) && raw.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return pass(raw.map(String));
  }
  return fail(m.wrongType({ label: q.label, expected: m.expectList(), value: shown(raw) }));
}

/** Typed maps are `from=to` pairs separated by line breaks or `;` (full-width forms too). */
function coerceMap(q: Question, raw: unknown): Parsed {
  if (typeof raw === 'string') {
    const out: Record<string, string> = {};
    for (const piece of raw.split(/[;；\r\n]+/)) {
      const line = piece.trim();
      if (line === '') continue;
      const at = line.search(/[=＝]/);
      const from = at < 0 ? '' : line.slice(0, at).trim();
      const to = at < 0 ? '' : line.slice(at + 1).trim();
      if (from === '' || to === '') return fail(m.mapLine({ line, label: q.label }));
      if (Object.hasOwn(out, from)) return fail(m.mapDuplicate({ from }));
      out[from] = to;
    }
    return pass(out);
  }
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const out: Record<string, string> = {};
    for (const [from, to] of Object.entries(raw)) {
      if (typeof to !== 'string') return fail(m.wrongType({ label: q.label, expected: m.expectMap(), value: shown(raw) }));
      out[from] = to;
    }
    return pass(out);
  }
  return fail(m.wrongType({ label: q.label, expected: m.expectMap(), value: shown(raw) }));
}

function coerceText(q: Question, raw: unknown): Parsed {
  // A company code written as a JSON number is still the code the operator meant.
  if (typeof raw === 'number' && Number.isFinite(raw)) return pass(String(raw));
  if (typeof raw !== 'string') return fail(m.wrongType({ label: q.label, expected: m.expectText(), value: shown(raw) }));
  return pass(raw.trim());
}

/** A path dropped into a terminal arrives quoted or escaped: that is not part of it (user-path.ts). */
function coerceFile(q: Question, raw: unknown): Parsed {
  if (typeof raw !== 'string') return fail(m.wrongType({ label: q.label, expected: m.expectOneLine(), value: shown(raw) }));
  const s = cleanTypedPath(raw);
  if (/[\r\n]/.test(s)) return fail(m.wrongType({ label: q.label, expected: m.expectOneLine(), value: shown(raw) }));
  return pass(s);
}

/** The kind's own reading of a raw value; an unanswered value comes back as '' (or [] / {}). */
export function coerce(q: Question, raw: unknown): Parsed {
  if (raw === undefined || raw === null) return pass(emptyOf(q));
  switch (q.kind) {
    case 'text':
      return coerceText(q, raw);
    case 'file':
      return coerceFile(q, raw);
    case 'select':
      return coerceSelect(q, raw);
    case 'confirm':
      return coerceConfirm(q, raw);
    case 'date':
      return coerceDate(q, raw);
    case 'list':
      return coerceList(q, raw);
    case 'map':
      return coerceMap(q, raw);
  }
}
