/** templates/sample/answers.json completes all 30 steps without a prompt, and every value is valid. */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { answerKeys, STEPS } from '../../src/checklist/steps.js';
import type { AnswerValue, Answers } from '../../src/state/answers.js';
import { checkDanger } from '../../src/checklist/danger.js';
import { parseAnswer } from '../../src/checklist/validators.js';

const SAMPLE = path.join(import.meta.dirname, '../../templates/sample');
const raw = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'answers.json'), 'utf8')) as Record<string, unknown>;
const entries = Object.entries(raw).filter(([k]) => !k.startsWith('//') && !k.startsWith('$'));
const answers = Object.fromEntries(entries) as Answers;
const NOW = new Date(2026, 10, 28, 12, 0, 0);

/**
 * The typed words as the README's "The checklist: gates and confirmations" documents them
 * for the operator, written out here so that the sample, the steps and the documentation
 * cannot drift apart unnoticed.
 */
const DOCUMENTED_WORDS: Record<string, string> = {
  'confirm.sc-toggles-off': 'OFF',
  'confirm.stock-sync-on': 'STOCK-ON',
  'confirm.auto-cancel-off': 'AUTO-CANCEL-OFF',
  'confirm.orders-on': 'ORDERS-ON',
  'confirm.start': 'START',
  'confirm.auto-create-stopped': 'STOPPED',
  'confirm.mails-created': 'CREATED',
  'confirm.unwanted-deleted': 'DELETED',
  'confirm.send-mail': 'SEND-MAIL',
};

/** Counts by code from a CP932 stock file, taking the count `fromEnd` fields before the line end. */
function counts(file: string, fromEnd: number): Map<string, number> {
  const lines = iconv.decode(fs.readFileSync(path.join(SAMPLE, file)), 'cp932').split(/\r?\n/).slice(1).filter(Boolean);
  return new Map(lines.map((l) => {
    const f = l.split(',');
    return [f[0]!, Number(f[f.length - fromEnd])];
  }));
}

/**
 * Questions the sample shop is never asked: it is new to Next Engine (no goods yet, no step
 * marked 設定済み), ships only with methods STOCKCREW maps by itself, and names the goods it
 * ships itself at step 9 by code (not by a file or a tag).
 */
const NOT_ASKED = ['files.neGoodsBefore', 'sc.shippingValues', 'files.notShipped', 'tags.notShippedTag'];
/** Asked at its first step, and again at a later one only when that first step was skipped as set up. */
const NOT_ASKED_AT = ['10:ne.shopName'];

describe('the sample answers', () => {
  it('hold exactly the documented keys that apply: every question and every typed confirmation, no skip', () => {
    const applying = answerKeys().map((d) => d.key).filter((k) => !k.startsWith('skip.') && !NOT_ASKED.includes(k));
    expect(new Set(Object.keys(answers))).toEqual(new Set(applying));
  });

  it('pass every validator unchanged (they are already in the stored form)', () => {
    for (const s of STEPS) {
      for (const q of s.asks) {
        if (NOT_ASKED.includes(q.key)) continue;
        const r = parseAnswer(q, answers[q.key], { answers, now: NOW });
        expect(r, `${q.key}: ${r.ok ? '' : r.message.en}`).toEqual({ ok: true, value: answers[q.key] as AnswerValue });
      }
      for (const d of s.danger ?? []) {
        const typed = String(answers[`confirm.${d.id}`]);
        expect(typed, `confirm.${d.id}`).toBe(DOCUMENTED_WORDS[`confirm.${d.id}`]);
        expect(checkDanger(d, typed), `confirm.${d.id}`).toBe(true);
        // The word is what it is: not its lower case, not blank, not with a letter missing.
        for (const near of [typed.toLowerCase(), '', ' ', typed.slice(1)]) expect(checkDanger(d, near), `${d.id}: "${near}"`).toBe(false);
      }
    }
  });

  it('run every one of the 30 steps: none is skipped and every question applies or is answered', () => {
    for (const s of STEPS) {
      expect(s.skipWhen?.(answers) ?? false, `step ${s.n} skipped`).toBe(false);
      for (const q of s.asks) {
        expect(q.when?.(answers) ?? true, `step ${s.n} ${q.key} asked`).toBe(!NOT_ASKED.includes(q.key) && !NOT_ASKED_AT.includes(`${s.n}:${q.key}`));
      }
    }
  });

  it('point at input files that exist beside the answers file', () => {
    const files = entries.filter(([k]) => k.startsWith('files.'));
    expect(files.length).toBe(9);
    for (const [key, value] of files) expect(fs.existsSync(path.join(SAMPLE, String(value))), key).toBe(true);
  });

  it('accept exactly the one stock difference of the sample data, with a reason', () => {
    const ne = counts('ne-stock.csv', 3);
    const sc = counts('sc-stock.csv', 2);
    const differing = [...ne.keys()].filter((code) => sc.get(code) !== ne.get(code));
    expect(Object.keys(answers['stock.accepted'] as Record<string, string>)).toEqual(differing);
    expect(differing).toEqual(['towel-01-gy']);
  });

  it('agree with themselves: names in use follow the maps, the SC location is an added NE location', () => {
    const step11 = STEPS[10]!;
    for (const key of ['ne.shippingMethods', 'ne.paymentMethods']) {
      const q = step11.asks.find((x) => x.key === key)!;
      expect(q.defaultFrom?.(answers), key).toEqual(answers[key]);
    }
    expect(answers['ne.locations']).toContain(answers['sc.stockLocation']);
    const goods = iconv.decode(fs.readFileSync(path.join(SAMPLE, 'ne-goods.csv')), 'cp932');
    for (const code of answers['tags.hardCodes'] as string[]) expect(goods).toContain(`\r\n${code},`);
  });
});
