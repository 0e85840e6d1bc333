/** One artifact module's `build`, run directly, with its rows collected (no file written). */
import type { ArtifactModule, ExportRequest } from '../../src/exports/types.js';
import { fakeContext } from './context.js';

export interface BuiltArtifact {
  rows: string[][];
  /** Warnings in English, in the order the module gave them. */
  warnings: string[];
}

/** `request` is filled with cp932 output, no force, no dry run, and no columns named. */
export async function buildArtifact(mod: ArtifactModule, dir: string, request: Pick<ExportRequest, 'inputs' | 'answers'> & { options?: Partial<ExportRequest['options']> }): Promise<BuiltArtifact> {
  const req: ExportRequest = {
    artifact: mod.name,
    inputs: request.inputs,
    columns: {},
    answers: request.answers,
    options: { encoding: 'cp932', force: false, dryRun: false, ...request.options },
  };
  const out = await mod.build(req, fakeContext({ dir, lang: 'en' }));
  const rows: string[][] = [];
  const sink = { row: (f: readonly string[]) => void rows.push([...f]), drain: () => undefined };
  if (typeof out.rows === 'function') await out.rows(sink);
  else for await (const r of out.rows) sink.row(r);
  return { rows, warnings: out.warnings.map((w) => w.en) };
}
