/**
 * The shape of sc-setup.json (current schemaVersion), checked by hand: the check runs on
 * every load and save, and a validation library would cost more start-up time than the
 * whole check. A damaged file is described by the first wrong field, in both languages.
 */
import type { WrittenFile } from '../csv/types.js';
import { stateShapeText as m } from '../i18n/state-shape.js';
import type { Text } from '../i18n/text.js';
import type { Answers } from './answers.js';
import { CURRENT_SCHEMA_VERSION, type StepState } from './file.js';

export interface StepRecord {
  state: StepState;
  doneAt?: string | null;
  /** Evidence the gate was met: check counts, accepted differences, the typed confirmations. */
  evidence?: Record<string, unknown>;
}

export interface State {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  tool: { name: 'sc-setup'; version: string };
  createdAt: string;
  updatedAt: string;
  answers: Answers;
  /** Keyed by step number, "1" to "30". */
  steps: Record<string, StepRecord>;
  artifacts: Record<string, { at: string; files: WrittenFile[] }>;
  /**
   * The question the operator was at when they stopped, shown by `status`. `problem`: why
   * the file answered there failed; `continue` shows it and asks for the file again.
   */
  cursor?: { step: number; question?: string; problem?: Text } | null;
}

export function emptyState(version: string, now: Date): State {
  const at = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tool: { name: 'sc-setup', version },
    createdAt: at,
    updatedAt: at,
    answers: {},
    steps: {},
    artifacts: {},
    cursor: null,
  };
}

type Doc = Record<string, unknown>;

const isObject = (v: unknown): v is Doc => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const STEP_KEY = /^([1-9]|[12]\d|30)$/;
const STEP_STATES: readonly unknown[] = ['todo', 'done', 'skipped'];
const ENCODINGS: readonly unknown[] = ['cp932', 'utf8', 'utf8-bom'];

/** A failed check: the field's path and what it should have been. */
class Wrong {
  constructor(readonly path: string, readonly expected: Text) {}
}

function need(ok: boolean, path: string, expected: Text): void {
  if (!ok) throw new Wrong(path, expected);
}

function objectAt(doc: Doc, key: string, path = key): Doc {
  const v = doc[key];
  need(isObject(v), path, m.anObject());
  return v as Doc;
}

function isAnswerValue(v: unknown): boolean {
  if (isString(v) || typeof v === 'boolean') return true;
  if (Array.isArray(v)) return v.every(isString);
  return isObject(v) && Object.values(v).every(isString);
}

function checkStep(n: string, rec: unknown): void {
  if (!STEP_KEY.test(n)) throw new Wrong('', m.stepKey({ key: n }));
  need(isObject(rec), `steps.${n}`, m.anObject());
  const r = rec as Doc;
  need(STEP_STATES.includes(r.state), `steps.${n}.state`, m.aStepState());
  need(r.doneAt === undefined || r.doneAt === null || isString(r.doneAt), `steps.${n}.doneAt`, m.aStringOrNull());
  // status shows it as a date: an edit to "yesterday" must be named here, not fail there.
  need(!isString(r.doneAt) || !Number.isNaN(Date.parse(r.doneAt)), `steps.${n}.doneAt`, m.aDateTime());
  need(r.evidence === undefined || isObject(r.evidence), `steps.${n}.evidence`, m.anObject());
}

function checkArtifact(name: string, entry: unknown): void {
  const path = `artifacts.${name}`;
  need(isObject(entry), path, m.anObject());
  const e = entry as Doc;
  need(isString(e.at), `${path}.at`, m.aString());
  need(Array.isArray(e.files), `${path}.files`, m.aList());
  (e.files as unknown[]).forEach((f, i) => {
    const at = `${path}.files.${i}`;
    need(isObject(f), at, m.anObject());
    const file = f as Doc;
    need(isString(file.path), `${at}.path`, m.aString());
    need(isCount(file.rows), `${at}.rows`, m.aCount());
    need(isCount(file.bytes), `${at}.bytes`, m.aCount());
    need(isString(file.sha256), `${at}.sha256`, m.aString());
    need(ENCODINGS.includes(file.encoding), `${at}.encoding`, m.anEncoding());
  });
}

function checkCursor(cursor: unknown): void {
  if (cursor === undefined || cursor === null) return;
  need(isObject(cursor), 'cursor', m.anObject());
  const c = cursor as Doc;
  need(Number.isInteger(c.step), 'cursor.step', m.aStepNumber());
  need(c.question === undefined || isString(c.question), 'cursor.question', m.aString());
  const p = c.problem as Doc | undefined;
  need(p === undefined || (isObject(p) && isString(p.ja) && isString(p.en)), 'cursor.problem', m.anObject());
}

function checkShape(doc: Doc): void {
  const tool = objectAt(doc, 'tool');
  need(tool.name === 'sc-setup', 'tool.name', m.toolName());
  need(isString(tool.version), 'tool.version', m.aString());
  need(isString(doc.createdAt), 'createdAt', m.aString());
  need(isString(doc.updatedAt), 'updatedAt', m.aString());
  for (const [key, value] of Object.entries(objectAt(doc, 'answers'))) need(isAnswerValue(value), `answers.${key}`, m.anAnswer());
  for (const [n, rec] of Object.entries(objectAt(doc, 'steps'))) checkStep(n, rec);
  for (const [name, entry] of Object.entries(objectAt(doc, 'artifacts'))) checkArtifact(name, entry);
  checkCursor(doc.cursor);
}

/**
 * The first thing wrong with a migrated document, in words that name the field, or null
 * when it has the shape of State. (schemaVersion itself is checked by migrate().)
 */
export function stateProblem(doc: unknown): Text | null {
  if (!isObject(doc)) return m.notExpected({ path: '(root)', expected: m.anObject() });
  try {
    checkShape(doc);
    return null;
  } catch (e) {
    if (!(e instanceof Wrong)) throw e;
    return e.path === '' ? e.expected : m.notExpected({ path: e.path, expected: e.expected });
  }
}
