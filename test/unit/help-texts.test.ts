/**
 * What a prompt tells the operator about typing: one convention per kind, said once, and
 * for each map an example of its own kind that the prompt itself would accept. One
 * question per fact: a step whose question already asks whether its work is done asks
 * nothing more.
 */
import { describe, expect, it } from 'vitest';
import { coerce } from '../../src/checklist/coerce.js';
import { STEPS } from '../../src/checklist/steps.js';
import type { Question } from '../../src/checklist/types.js';
import { loadDataFile } from '../../src/formats/data-files.js';
import { runnerText } from '../../src/i18n/runner.js';

const questions = [...new Map(STEPS.flatMap((s) => s.asks).map((q) => [q.key, q])).values()];
const maps = questions.filter((q) => q.kind === 'map');
const names = (rel: string) => loadDataFile<{ methods: Array<{ name: string }> }>(rel).data.methods.map((m) => m.name);
const slots = Object.values(loadDataFile<{ carriers: Record<string, string[]> }>('mappings/time-slots.json').data.carriers).flat();

/** The pairs of the example in a question's help, read exactly as the prompt reads typed text. */
function example(q: Question, lang: 'ja' | 'en'): Record<string, string> {
  const text = q.help?.[lang] ?? '';
  const at = text.search(lang === 'ja' ? /例: / : /Example: /);
  expect(at, `${q.key} ${lang}: no example`).toBeGreaterThanOrEqual(0);
  const read = coerce(q, text.slice(at).replace(/^(例|Example): /, ''));
  expect(read.ok, `${q.key} ${lang}: example not readable as typed`).toBe(true);
  return read.ok ? (read.value as Record<string, string>) : {};
}

describe('help texts', () => {
  it('say one convention per kind: lists by ",", maps as from=to pairs by ";", never "one pair per line"', () => {
    expect(runnerText.listHelp().ja).toContain('「,」');
    expect(runnerText.mapHelp().ja).toContain('「;」');
    for (const q of questions) {
      for (const lang of ['ja', 'en'] as const) {
        expect(q.help?.[lang] ?? '', `${q.key} ${lang}`).not.toMatch(/1行に1組|One pair per line|セミコロン|semicolon/i);
      }
    }
  });

  it('show for each map an example of its own kind, in the typed form', () => {
    expect(maps.map((q) => q.key).sort()).toEqual([
      'sc.paymentValues', 'sc.shippingValues', 'stock.accepted', 'yahoo.paymentMap', 'yahoo.shippingMap', 'yahoo.timeSlotMap',
    ]);
    for (const q of maps) for (const lang of ['ja', 'en'] as const) expect(Object.keys(example(q, lang)).length, q.key).toBeGreaterThan(0);
    const pairs = (key: string) => example(maps.find((q) => q.key === key)!, 'ja');
    const shipping = names('mappings/ne-shipping-methods.json');
    const payment = names('mappings/ne-payment-methods.json');
    for (const name of Object.values(pairs('yahoo.shippingMap'))) expect(shipping).toContain(name);
    for (const name of Object.values(pairs('yahoo.paymentMap'))) expect(payment).toContain(name);
    for (const label of Object.values(pairs('yahoo.timeSlotMap'))) expect(slots).toContain(label);
    // STOCKCREW's own values are not published: the examples name an NE method and leave a placeholder.
    for (const [name, value] of Object.entries(pairs('sc.shippingValues'))) expect([shipping.includes(name), value]).toEqual([true, expect.stringMatching(/^〈.*〉$/)]);
    for (const [name, value] of Object.entries(pairs('sc.paymentValues'))) expect([payment.includes(name), value]).toEqual([true, expect.stringMatching(/^〈.*〉$/)]);
    for (const code of Object.keys(pairs('stock.accepted'))) expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('one question per fact', () => {
  it('steps whose own yes-question asks whether the work is done ask no second 「完了しましたか」', () => {
    const self = STEPS.filter((s) => s.doneByAnswer);
    expect(self.map((s) => s.n)).toEqual([2, 15, 19, 25]);
    for (const s of self) {
      expect(s.asks, `step ${s.n}`).toHaveLength(1);
      expect(s.asks[0]).toMatchObject({ kind: 'confirm', validator: 'yes' });
      expect(s.actions ?? [], `step ${s.n}`).toEqual([]);
      expect(s.danger ?? [], `step ${s.n}`).toEqual([]);
    }
  });
});
