/**
 * The shape check of sc-setup.json (src/state/schema.ts): each field that can be wrong is
 * named by its path with what it should be, and each form a valid file may take passes.
 * A hand-edited or half-synced file is refused with these words, never half read.
 */
import { describe, expect, it } from 'vitest';
import { emptyState, stateProblem } from '../../src/state/schema.js';

const NOW = new Date('2026-11-28T10:00:00Z');
type Doc = Record<string, unknown>;
const FILE = { path: 'out/ne-tags.csv', rows: 0, bytes: 120, sha256: 'ab12', encoding: 'cp932' };

/** A valid document with one change made to it. */
function docWith(change: (doc: Doc) => void): Doc {
  const doc = JSON.parse(JSON.stringify(emptyState('1.2.3', NOW))) as Doc;
  change(doc);
  return doc;
}
const step = (rec: unknown) => docWith((d) => void (d.steps = { '9': rec }));
const file = (over: Doc) => docWith((d) => void (d.artifacts = { 'ne-tags': { at: NOW.toISOString(), files: [{ ...FILE, ...over }] } }));
const cursor = (c: unknown) => docWith((d) => void (d.cursor = c));

describe('the state document\'s shape', () => {
  it.each<[string, Doc, string]>([
    ['tool version', docWith((d) => void (d.tool = { name: 'sc-setup', version: 2 })), '"tool.version" is not a string'],
    ['updatedAt', docWith((d) => void (d.updatedAt = null)), '"updatedAt" is not a string'],
    ['a step that is not an object', step('done'), '"steps.9" is not an object ({ … })'],
    ['a step state', step({ state: 'finished' }), '"steps.9.state" is not one of todo, done, skipped'],
    ['a step state left empty', step({ state: '' }), '"steps.9.state" is not one of todo, done, skipped'],
    ['doneAt', step({ state: 'done', doneAt: 20261128 }), '"steps.9.doneAt" is not a string or null'],
    ['doneAt not a date', step({ state: 'done', doneAt: 'yesterday' }), '"steps.9.doneAt" is not a date and time (e.g. 2026-12-01T09:30:00.000Z) or null'],
    ['evidence', step({ state: 'done', evidence: 'ok' }), '"steps.9.evidence" is not an object ({ … })'],
    ['an artifact\'s time', docWith((d) => void (d.artifacts = { 'ne-tags': { at: 1, files: [] } })), '"artifacts.ne-tags.at" is not a string'],
    ['an artifact\'s files', docWith((d) => void (d.artifacts = { 'ne-tags': { at: 'x', files: {} } })), '"artifacts.ne-tags.files" is not a list ([ … ])'],
    ['a file\'s path', file({ path: 3 }), '"artifacts.ne-tags.files.0.path" is not a string'],
    ['a file\'s rows below 0', file({ rows: -1 }), '"artifacts.ne-tags.files.0.rows" is not a whole number of 0 or more'],
    ['a file\'s rows as text', file({ rows: '5' }), '"artifacts.ne-tags.files.0.rows" is not a whole number of 0 or more'],
    ['a file\'s bytes not whole', file({ bytes: 1.5 }), '"artifacts.ne-tags.files.0.bytes" is not a whole number of 0 or more'],
    ['a file\'s hash', file({ sha256: null }), '"artifacts.ne-tags.files.0.sha256" is not a string'],
    ['a cursor that is not an object', cursor('step 9'), '"cursor" is not an object ({ … })'],
    ['a cursor\'s step', cursor({ step: '9' }), '"cursor.step" is not a step number (whole number)'],
    ['a cursor\'s question', cursor({ step: 9, question: 1 }), '"cursor.question" is not a string'],
    ['a cursor\'s problem without English', cursor({ step: 9, problem: { ja: '止まりました' } }), '"cursor.problem" is not an object ({ … })'],
    ['a cursor\'s problem without Japanese', cursor({ step: 9, problem: { en: 'stopped' } }), '"cursor.problem" is not an object ({ … })'],
    ['a cursor\'s problem as text', cursor({ step: 9, problem: 'stopped' }), '"cursor.problem" is not an object ({ … })'],
  ])('names %s by its path', (_what, doc, said) => {
    expect(stateProblem(doc)?.en).toBe(said);
  });

  it('a step key that is no step number is said as such, in both languages', () => {
    const p = stateProblem(docWith((d) => void (d.steps = { '31': { state: 'done' } })));
    expect(p?.en).toBe('"steps" has a key "31" that is not a step number (1-30)');
    expect(p?.ja).toBe('「steps」に手順番号 (1〜30) ではないキー「31」があります');
    expect(stateProblem(docWith((d) => void (d.updatedAt = 5)))?.ja).toBe('「updatedAt」が 文字列 ではありません');
  });

  it.each<[string, Doc]>([
    ['every step state', docWith((d) => void (d.steps = { '1': { state: 'todo' }, '2': { state: 'done', doneAt: NOW.toISOString(), evidence: { rows: 3 } }, '30': { state: 'skipped', doneAt: null } }))],
    ['a file of no rows', file({ rows: 0, bytes: 0 })],
    ['no cursor', cursor(undefined)],
    ['a null cursor', cursor(null)],
    ['a cursor at a question, stopped by a problem', cursor({ step: 9, question: 'files.neGoods', problem: { ja: '止まりました', en: 'Stopped' } })],
    ['a cursor with its step only', cursor({ step: 12 })],
  ])('passes %s', (_what, doc) => {
    expect(stateProblem(doc)).toBeNull();
  });
});
