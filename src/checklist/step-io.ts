/**
 * What a step's actions read and write: the input files (the step's own download, else the
 * most recent one saved), the export request built from the answers, and the running record
 * of evidence and notes the step keeps while its tasks run.
 */
import path from 'node:path';
import type { Context } from '../context.js';
import { exportSummary } from '../exports/summary.js';
import type { ArtifactName, ExportOptions, ExportRequest, ExportResult } from '../exports/types.js';
import type { Text } from '../i18n/text.js';
import { INPUT_ANSWER_KEYS, INPUT_FILES, savedInput, type InputFiles } from '../inputs.js';
import type { Answers } from '../state/answers.js';
import type { StateStore } from '../state/store.js';
import type { Step } from './types.js';

/**
 * A step reads the file it asked for (step 9 the goods file of step 9, step 13 the one
 * downloaded again after the tag upload); any other input is the most recent download.
 */
export function inputsFor(step: Step, answers: Answers): InputFiles {
  const asked = new Set(step.asks.map((q) => q.key));
  const inputs: InputFiles = {};
  for (const name of INPUT_FILES) {
    const own = INPUT_ANSWER_KEYS[name].find((k) => asked.has(k));
    const v = own === undefined ? savedInput(name, answers) : answers[own];
    if (typeof v === 'string' && v !== '') inputs[name] = v;
  }
  return inputs;
}

/**
 * Step 7 compares with the goods Next Engine holds BEFORE registration (files.neGoodsBefore),
 * never with a later download, which already lists the new goods.
 */
function exportInputs(artifact: ArtifactName, step: Step, answers: Answers): InputFiles {
  const inputs = inputsFor(step, answers);
  if (artifact !== 'ne-goods') return inputs;
  const before = answers['files.neGoodsBefore'];
  const { neGoods: _later, ...rest } = inputs;
  return answers['ne.hasGoods'] === true && typeof before === 'string' && before !== '' ? { ...rest, neGoods: before } : rest;
}

export function exportRequest(artifact: ArtifactName, step: Step, answers: Answers, extra: Partial<ExportOptions> = {}): ExportRequest {
  // cancel-list takes its day from the answers itself (orders.cancelBefore).
  return {
    artifact,
    inputs: exportInputs(artifact, step, answers),
    columns: {},
    answers,
    options: {
      encoding: 'cp932',
      // The checklist owns out/<artifact>.csv: re-running a step regenerates it.
      force: true,
      dryRun: false,
      ...extra,
    },
  };
}

/** Everything a step's tasks share while they run. */
export class StepScope {
  readonly evidence: Record<string, unknown> = {};
  /** Shown after the task list (listr2 redraws over anything printed while it runs). */
  readonly notes: Text[] = [];

  constructor(
    readonly ctx: Context,
    readonly step: Step,
    readonly store: StateStore,
    readonly answers: Answers,
  ) {}

  get inputs(): InputFiles {
    return inputsFor(this.step, this.answers);
  }

  /** Remember a written artifact in the state and the step's evidence, and tell where it goes; returns the file names. */
  record(result: ExportResult): string {
    const { ctx } = this;
    this.store.state.artifacts[result.artifact] = { at: ctx.now().toISOString(), files: result.files };
    this.evidence[`export:${result.artifact}`] = result.files.map((f) => path.relative(ctx.dir, f.path));
    for (const line of exportSummary(result, false, ctx.dir)) this.notes.push(line);
    return result.files.map((f) => path.basename(f.path)).join(', ');
  }
}
