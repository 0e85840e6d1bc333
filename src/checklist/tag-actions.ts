/**
 * The tag upload and its evidence, as tasks of the checklist. Step 9 writes ne-tags and
 * records every code that will carry [STOCKCREW連携対象]; steps 13 and 21 hold that record
 * against the goods file downloaded again after the upload, before building sc-goods and
 * the item map from it.
 */
import { GateError } from '../errors.js';
import { runnerText as r } from '../i18n/runner.js';
import { tagUploadText as m } from '../i18n/tag-upload.js';
import { joinText, type Text } from '../i18n/text.js';
import { displayPath } from '../checks/display-path.js';
import { exportRequest, type StepScope } from './step-io.js';
import { TaskFailed, type TaskSpec } from './tasks.js';

/** Step 9: write ne-tags, then the record of the goods STOCKCREW ships once it is uploaded. */
export function tagUploadTask(scope: StepScope): TaskSpec {
  return {
    title: r.taskExport({ artifact: 'ne-tags' }),
    run: async () => {
      const { ctx } = scope;
      const codes: string[] = [];
      const { runExport } = await import('../exports/run.js');
      const req = exportRequest('ne-tags', scope.step, scope.answers, { stockcrewCodes: (code) => codes.push(code) });
      const result = await runExport(req, ctx);
      const written = scope.record(result);
      const { writeTagRecord } = await import('../checks/tag-record.js');
      const record = await writeTagRecord(ctx.dir, codes);
      const added = result.files.reduce((n, f) => n + f.rows, 0);
      scope.evidence.tagged = { ...record, added };
      return `${written}; ${m.recorded({ count: record.codes, added })[ctx.lang]}`;
    },
  };
}

/** Steps 13 and 21: every code step 9 recorded carries the tag in the file downloaded since. */
export function confirmTagsTask(scope: StepScope): TaskSpec {
  return {
    title: m.taskConfirm(),
    run: async () => {
      const { ctx, store } = scope;
      const goodsFile = scope.inputs.neGoods;
      // The question of the step asks for it: without it the step could not have got here.
      if (!goodsFile) throw new Error(`step ${scope.step.n} confirms tags without a goods file`);
      const { confirmTagUpload, confirmationHolds, someCodes } = await import('../checks/tag-record.js');
      const { loadNotShipped } = await import('../checks/not-shipped.js');
      const notShipped = await loadNotShipped(scope.answers, ctx.dir);
      const result = await confirmTagUpload({
        dir: ctx.dir,
        evidence: store.state.steps['9']?.evidence?.tagged,
        goodsFile,
        notShipped,
      });
      const shown = displayPath(goodsFile, ctx.dir);
      scope.evidence.tagsConfirmed = {
        file: shown,
        expected: result.expected,
        tagged: result.expected - result.untagged.length - result.absent.length,
        extra: result.extra.length,
      };
      if (result.extra.length > 0) scope.notes.push(m.extraTagged({ count: result.extra.length, codes: someCodes(result.extra, 5) }));
      if (confirmationHolds(result)) return m.confirmed({ count: result.expected })[ctx.lang];
      const problems: Text[] = [];
      if (result.untagged.length > 0) problems.push(m.untaggedAfterUpload({ file: shown, count: result.untagged.length, codes: someCodes(result.untagged) }));
      if (result.absent.length > 0) problems.push(m.missingFromFile({ file: shown, count: result.absent.length, codes: someCodes(result.absent) }));
      for (const code of result.notShippedTagged.slice(0, 20)) problems.push(m.notShippedTagged({ code, source: notShipped?.source }));
      const count = result.untagged.length + result.absent.length + result.notShippedTagged.length;
      throw new TaskFailed(m.confirmProblems({ count })[ctx.lang], new GateError(joinText(problems), m.untaggedHint()), [goodsFile]);
    },
  };
}
