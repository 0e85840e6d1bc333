/**
 * Step 28's check that step 27 took (checks/cancel-done.ts): the slips step 27 listed must
 * show as cancelled in the orders read since (the file downloaded again after cancelling,
 * or Next Engine itself on the API route) before STOCKCREW's order sync is turned on.
 */
import { displayPath } from '../checks/display-path.js';
import { GateError } from '../errors.js';
import { cancelDoneText as m } from '../i18n/orders.js';
import { joinText, type Text } from '../i18n/text.js';
import { readsFromNe } from './ne-route.js';
import type { StepScope } from './step-io.js';
import { TaskFailed, type TaskSpec } from './tasks.js';

/** Slip numbers shown in a message: the first few, and how many more. */
const SHOWN = 10;
function someSlips(slips: readonly string[]): string {
  return slips.slice(0, SHOWN).join(', ') + (slips.length > SHOWN ? ` … (+${slips.length - SHOWN})` : '');
}

export function cancelDoneTask(scope: StepScope): TaskSpec {
  return {
    title: m.task(),
    run: async () => {
      const { ctx, store } = scope;
      if (store.state.steps['27']?.state === 'skipped') {
        scope.notes.push(m.stepSkipped());
        return m.stepSkipped()[ctx.lang];
      }
      const { orderRows, savedDay } = await import('../exports/cancel-list.js');
      const { cancelOutcome, readCancelList } = await import('../checks/cancel-done.js');
      const day = savedDay(scope.answers['orders.cancelBefore']);
      const record = store.state.artifacts['cancel-list']?.files[0];
      const listed = await readCancelList(record, record ? displayPath(record.path, ctx.dir) : 'out/cancel-list.csv');

      const fromNe = readsFromNe(scope.answers);
      let source: string;
      let files: string[] = [];
      let outcome;
      if (fromNe) {
        const { cancelOutcomeFromNe } = await import('../ne/routes.js');
        const { neText } = await import('../i18n/ne.js');
        const got = await cancelOutcomeFromNe(ctx, listed, day);
        source = neText.sourceOrders()[ctx.lang];
        outcome = got.outcome;
        scope.evidence.ne = got.evidence;
      } else {
        const file = scope.inputs.neOrders;
        // The step's question asks for it: without it the step could not have got here.
        if (!file) throw new Error('step 28 checks the cancellations without an orders file');
        source = displayPath(file, ctx.dir);
        files = [file];
        const { rows, headerOf } = await orderRows(file, source);
        outcome = await cancelOutcome(listed, rows, day, source, headerOf);
      }
      scope.evidence.cancelled = { listed: listed.length, closed: outcome.closed, stillOpen: outcome.stillOpen.length, absent: outcome.absent.length, source };

      const problems: Text[] = [];
      const hints: Text[] = [];
      if (outcome.stillOpen.length > 0) {
        problems.push(m.stillOpen({ source, day, count: outcome.stillOpen.length, slips: someSlips(outcome.stillOpen) }));
        hints.push(fromNe ? m.stillOpenHintNe() : m.stillOpenHintFile());
      }
      if (outcome.absent.length > 0) {
        problems.push(m.absent({ source, count: outcome.absent.length, slips: someSlips(outcome.absent) }));
        hints.push(m.absentHint({ day }));
      }
      if (problems.length === 0) return (listed.length === 0 ? m.nothingListed({ day, source }) : m.confirmed({ count: listed.length, source }))[ctx.lang];
      const count = outcome.stillOpen.length + outcome.absent.length;
      throw new TaskFailed(m.notConfirmed({ count })[ctx.lang], new GateError(joinText(problems), joinText(hints)), files);
    },
  };
}
