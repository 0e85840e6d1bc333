/**
 * Every date is Japan's calendar day, whatever the machine's time zone: the clock is
 * injected (ctx.now), and the machine is pretended to sit in UTC, where 23:30 is still
 * the day before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Q } from '../../src/checklist/questions.js';
import { parseAnswer } from '../../src/checklist/validators.js';
import { runStatus } from '../../src/commands/status.js';
import { runStep } from '../../src/commands/step.js';
import { japanDateTime, japanDay, japanStamp } from '../../src/locale/japan-time.js';
import { emptyState } from '../../src/state/schema.js';
import { statePath } from '../../src/state/file.js';
import { acquireLock, LOCK_FILE } from '../../src/state/lock.js';
import { exitOf } from '../helpers/commands.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

/** 2026-11-30 23:30 UTC = 2026-12-01 08:30 in Japan. */
const LATE = new Date('2026-11-30T23:30:00Z');

let savedTz: string | undefined;
const dirs: string[] = [];
const dir = () => {
  const d = tempDir('sc-setup-jst-');
  dirs.push(d);
  return d;
};

beforeEach(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'UTC';
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('Japan time', () => {
  it('23:30 UTC is already the next day, 08:30, in Japan', () => {
    expect(LATE.getDate()).toBe(30); // the machine (UTC) still says the 30th
    expect(japanDay(LATE)).toBe('2026-12-01');
    expect(japanDateTime(LATE)).toEqual({ ja: '2026-12-01 08:30', en: '2026-12-01 08:30 JST' });
    expect(japanDateTime('2026-11-30T23:30:00.000Z').ja).toBe('2026-12-01 08:30');
    expect(japanStamp(LATE)).toBe('20261201T083000');
  });

  it('a date answer of "today" in Japan is not in the future; tomorrow is', () => {
    expect(parseAnswer(Q.apiAuthorizedAt, '2026-12-01', { now: LATE })).toEqual({ ok: true, value: '2026-12-01' });
    const tomorrow = parseAnswer(Q.apiAuthorizedAt, '2026-12-02', { now: LATE });
    expect(tomorrow.ok).toBe(false);
    if (!tomorrow.ok) expect(tomorrow.message.ja).toContain('2026-12-01');
  });

  it('status shows the day a step was done in Japan', async () => {
    const d = dir();
    const state = emptyState('test', LATE);
    state.steps['1'] = { state: 'done', doneAt: LATE.toISOString() };
    fs.writeFileSync(statePath(d), JSON.stringify(state));
    const ctx = fakeContext({ dir: d, lang: 'ja', now: () => LATE });
    expect(await runStatus(ctx)).toBe(0);
    const line = ctx.out.text.split('\n').find((l) => /^\s*1\s/.test(l));
    expect(line).toContain('2026-12-01');
    expect(ctx.out.text).not.toContain('2026-11-30');
  });

  it('a re-authorisation due "today" in Japan is due today, not tomorrow', async () => {
    const d = dir();
    const state = emptyState('test', LATE);
    state.answers['yahoo.apiAuthorizedAt'] = '2026-11-03'; // due 28 days later: 2026-12-01
    fs.writeFileSync(statePath(d), JSON.stringify(state));
    const ctx = fakeContext({ dir: d, lang: 'ja', now: () => LATE });
    await runStatus(ctx);
    expect(ctx.out.text).toContain('2026-12-01');
    expect(ctx.out.text).toMatch(/あと 0 日/);
  });

  it('"already done" names the time the step was done in Japan', async () => {
    const d = dir();
    const state = emptyState('test', LATE);
    state.steps['1'] = { state: 'done', doneAt: LATE.toISOString() };
    fs.writeFileSync(statePath(d), JSON.stringify(state));
    const ctx = fakeContext({ dir: d, lang: 'ja', now: () => LATE });
    expect(await exitOf(ctx, () => runStep(ctx, { step: '1', redo: false }))).toBe(1);
    expect(ctx.err.text).toContain('(2026-12-01 08:30)');
  });

  it('a folder in use names since when, in Japan time', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname(), since: LATE.toISOString() }));
    const e = await userError(() => acquireLock(d, LATE));
    expect(e.text.ja).toContain('2026-12-01 08:30 から');
  });
});
