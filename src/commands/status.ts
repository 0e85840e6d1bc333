/**
 * `status`: the 30 steps, their state and date, the next step, and the Yahoo API renewal
 * reminders. Kept light (no prompts, no task list): it is the command people run most.
 */
import type { Context } from '../context.js';
import { nextStep, stepState } from '../checklist/progress.js';
import { STEPS } from '../checklist/steps.js';
import { flowText as f } from '../i18n/flow.js';
import { runnerText as r, statusText as m } from '../i18n/runner.js';
import type { Text } from '../i18n/text.js';
import { japanDay } from '../locale/japan-time.js';
import { padToWidth as pad } from '../locale/display-width.js';
import { loadState } from '../state/store.js';
import { painter } from '../paint.js';
import { SKIPPED_AS_SET_UP } from '../checklist/skip.js';
import { guideText } from '../i18n/guide.js';

/** After step 29 orders flow: what silently keeps an order from STOCKCREW (attention page). */
const GO_LIVE_STEP = 29;
const AFTER_GO_LIVE = ['held-orders', 'shipping-instruction-failed'] as const;
/** Terminals narrower than this get the two-line layout. */
const NARROW = 60;

export async function runStatus(ctx: Context): Promise<number> {
  const state = loadState(ctx.dir);
  const L = ctx.lang;
  const next = nextStep(STEPS, state);
  const { apiReminders, reminderLines } = await import('../checks/golive.js');
  const reminders = apiReminders(state.answers, ctx.now());
  const live = stepState(state, GO_LIVE_STEP) === 'done';

  if (ctx.json) {
    const doc = {
      schemaVersion: state.schemaVersion,
      mall: typeof state.answers.mall === 'string' ? state.answers.mall : null,
      steps: STEPS.map((s) => ({
        n: s.n,
        key: s.key,
        owner: s.owner === 'SC' ? 'STOCKCREW' : 'ネクストエンジン',
        phase: s.phase,
        title: s.title[L],
        state: stepState(state, s.n),
        doneAt: state.steps[String(s.n)]?.doneAt ?? null,
      })),
      next: next ? next.n : null,
      reminders: { ...reminders, afterGoLive: live ? [...AFTER_GO_LIVE] : [] },
    };
    ctx.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    return 0;
  }

  const paint = await painter(ctx, 'stdout');
  const out: string[] = [m.heading({ dir: ctx.dir })[L], ''];
  const stateLabel: Record<string, Text> = { todo: m.todo(), done: m.done(), skipped: m.skipped(), setUp: m.skippedSetUp() };
  let doneCount = 0;
  // A table row is 42 columns before the title: on a narrower terminal each step takes two
  // lines (number, state, date; then owner and title) instead of wrapping mid-date.
  const narrow = ctx.stdout.isTTY === true && (ctx.stdout.columns ?? 80) < NARROW;
  if (!narrow) out.push(`${pad(m.colNo()[L], 4)} ${pad(m.colOwner()[L], 16)} ${pad(m.colState()[L], 8)} ${pad(m.colDone()[L], 10)} ${m.colTitle()[L]}`);
  for (const s of STEPS) {
    const st = stepState(state, s.n);
    if (st !== 'todo') doneCount++;
    const doneAt = state.steps[String(s.n)]?.doneAt;
    const at = doneAt ? japanDay(new Date(doneAt)) : '';
    const owner = (s.owner === 'SC' ? r.ownerSC() : r.ownerNE())[L];
    const setUp = st === 'skipped' && state.steps[String(s.n)]?.evidence?.skip === SKIPPED_AS_SET_UP;
    const label = pad(stateLabel[setUp ? 'setUp' : st]![L], 8);
    const colored = st === 'done' ? paint('green', label) : st === 'skipped' ? paint('gray', label) : label;
    const marker = next?.n === s.n ? '▶' : ' ';
    if (narrow) out.push(`${marker}${pad(String(s.n), 3)} ${colored} ${at}`.trimEnd(), `     [${owner}] ${s.title[L]}`);
    else out.push(`${marker}${pad(String(s.n), 3)} ${pad(owner, 16)} ${colored} ${pad(at, 10)} ${s.title[L]}`);
  }
  out.push('', m.count({ done: doneCount })[L]);
  if (next) {
    out.push(m.next({ n: next.n, title: next.title })[L]);
    const q = state.cursor?.step === next.n ? state.cursor.question : undefined;
    const question = q ? next.asks.find((a) => a.key === q) : undefined;
    if (question) out.push(m.nextAt({ question: question.label[L] })[L]);
    // The file answered there stopped the step: say why, as `continue` will.
    const problem = state.cursor?.step === next.n ? state.cursor.problem : undefined;
    if (question && problem) out.push(f.statusFailed({ problem: problem[L].split('\n')[0]! })[L]);
  } else out.push(m.allDone()[L]);
  for (const line of reminderLines(reminders)) out.push(paint('yellow', line[L]));
  if (live) out.push('', guideText.afterGoLiveTitle()[L], guideText.watchHeld()[L], guideText.watchFailedTag()[L]);
  ctx.stdout.write(out.join('\n') + '\n');
  return 0;
}
