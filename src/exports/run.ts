/** Runs one artifact: inputs present, build, write (temp + rename, no-clobber, dry-run). */
import path from 'node:path';
import type { Context } from '../context.js';
import { writeCsv } from '../csv/index.js';
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import { INPUT_FLAGS } from '../inputs.js';
import { givenBefore } from './cancel-list.js';
import { ARTIFACT_MODULES } from './registry.js';
import type { ArtifactName, ArtifactOutput, ExportRequest, ExportResult } from './types.js';

/** Options without which an artifact cannot be built (or their saved answer), listed together with missing inputs. */
const NEEDED_OPTIONS: Partial<Record<ArtifactName, ReadonlyArray<{ given: (req: ExportRequest) => unknown; flag: string }>>> = {
  'cancel-list': [{ given: givenBefore, flag: '--before <YYYY-MM-DD>' }],
};

export function defaultOutPath(dir: string, artifact: string): string {
  return path.join(dir, 'out', `${artifact}.csv`);
}

export async function runExport(req: ExportRequest, ctx: Context): Promise<ExportResult> {
  const mod = await ARTIFACT_MODULES[req.artifact]();
  const missing = [
    ...mod.needs.filter((name) => !req.inputs[name]).map((name) => INPUT_FLAGS[name]),
    ...(NEEDED_OPTIONS[req.artifact] ?? []).filter((o) => !o.given(req)).map((o) => o.flag),
  ];
  if (missing.length > 0) {
    throw new UserError(m.missingInputs({ artifact: req.artifact, list: missing.join(', ') }), m.missingInputsHint());
  }
  return writeArtifact(req, ctx, await mod.build(req, ctx));
}

/** Write an artifact's rows (built here, or by a caller that already holds them). */
export async function writeArtifact(req: ExportRequest, ctx: Context, output: ArtifactOutput): Promise<ExportResult> {
  const files = await writeCsv(output.rows, {
    out: req.options.out ?? defaultOutPath(ctx.dir, req.artifact),
    encoding: req.options.encoding,
    // A dry run writes nothing, so an existing output is no reason to refuse it.
    force: req.options.force || req.options.dryRun,
    dryRun: req.options.dryRun,
    splitBytes: output.splitBytes,
    header: output.header,
  });
  return { artifact: req.artifact, files, warnings: output.warnings };
}
