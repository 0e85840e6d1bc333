/**
 * `sc-setup export <artifact>`: one upload file, no prompts. Inputs come from flags
 * (relative to the current folder) or from the files saved in the state; the summary goes
 * to stderr, and with --json the CLI.md export document to stdout.
 */
import type { Context } from '../context.js';
import type { OutputEncoding } from '../csv/types.js';
import { UserError } from '../errors.js';
import { resolveUserPath } from '../user-path.js';
import { cliText } from '../i18n/cli.js';
import { exportText as m } from '../i18n/exports.js';
import { readingText } from '../i18n/reading.js';
import { STDIN, assertOneStdin, columnOverrides, inputEncoding, rejectWithFromNe, resolveInputs, withNeLocation } from '../inputs-resolve.js';
import { loadAnswers } from './session.js';
import { exportSummary } from '../exports/summary.js';
import { ARTIFACTS, type ArtifactName, type ExportRequest, type ExportResult } from '../exports/types.js';

const ENCODINGS: readonly OutputEncoding[] = ['cp932', 'utf8', 'utf8-bom'];

/** Options that only mean something for some artifacts: elsewhere they are a usage error, not silently ignored. */
const SPECIFIC_OPTIONS: ReadonlyArray<{ key: string; flag: string; artifacts: readonly ArtifactName[] }> = [
  { key: 'template', flag: '--template', artifacts: ['sc-goods', 'sc-item-map', 'sc-shipping-methods', 'sc-payment-methods'] },
  { key: 'only', flag: '--only', artifacts: ['ne-tags'] },
  { key: 'exclude', flag: '--exclude', artifacts: ['ne-tags'] },
  { key: 'hard', flag: '--hard', artifacts: ['ne-tags'] },
  { key: 'before', flag: '--before', artifacts: ['cancel-list'] },
  { key: 'fromNe', flag: '--from-ne', artifacts: ['cancel-list'] },
  { key: 'neLocation', flag: '--ne-location', artifacts: ['stock-diff'] },
];

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A path given on the command line is relative to where the operator typed it. */
function fromCwd(v: unknown): string | undefined {
  const s = str(v);
  return s === undefined ? undefined : resolveUserPath(process.cwd(), s);
}

/** A code list's path; `-` (standard input) stays as it is, as it does for the input files. */
function listFromCwd(v: unknown): string | undefined {
  return str(v) === STDIN ? STDIN : fromCwd(v);
}

export function parseArtifact(value: string): ArtifactName {
  if (!(ARTIFACTS as readonly string[]).includes(value)) {
    throw new UserError(cliText.unknownArtifact({ value, list: ARTIFACTS.join(', ') }));
  }
  return value as ArtifactName;
}

export function parseEncoding(value: unknown): OutputEncoding {
  const v = value === undefined ? 'cp932' : String(value);
  if (!(ENCODINGS as readonly string[]).includes(v)) throw new UserError(cliText.badEncoding({ value: v }));
  return v as OutputEncoding;
}

export async function buildExportRequest(ctx: Context, artifact: string, opts: Record<string, unknown>): Promise<ExportRequest> {
  const name = parseArtifact(artifact);
  const encoding = parseEncoding(opts.encoding);
  for (const o of SPECIFIC_OPTIONS) {
    if (opts[o.key] !== undefined && !o.artifacts.includes(name)) {
      throw new UserError(m.optionNotApplicable({ flag: o.flag, artifacts: o.artifacts.join(', '), artifact: name }));
    }
  }
  const out = str(opts.out);
  // `out/` would otherwise become a file named `out` once the path is resolved.
  if (out !== undefined && /[\\/]$/.test(out)) throw new UserError(readingText.outTrailingSlash({ path: out }));
  // `-` reads as standard output in most tools; a file literally named `-` would surprise.
  if (out === '-') throw new UserError(readingText.outStdout());
  const answers = withNeLocation(await loadAnswers(ctx), opts);
  const inputs = resolveInputs(ctx, opts, answers);
  const lists = { '--only': listFromCwd(opts.only), '--exclude': listFromCwd(opts.exclude), '--hard': listFromCwd(opts.hard) };
  assertOneStdin(inputs, lists);
  return {
    artifact: name,
    inputs,
    columns: columnOverrides(opts),
    answers,
    options: {
      out: fromCwd(opts.out),
      encoding,
      force: Boolean(opts.force),
      dryRun: Boolean(opts.dryRun),
      template: fromCwd(opts.template),
      only: lists['--only'],
      exclude: lists['--exclude'],
      hard: lists['--hard'],
      before: str(opts.before),
      inputEncoding: inputEncoding(opts.inputEncoding),
      inputEncodingFlag: '--input-encoding',
    },
  };
}

function report(ctx: Context, result: ExportResult, dryRun: boolean): void {
  const L = ctx.lang;
  ctx.stderr.write(exportSummary(result, dryRun, process.cwd()).map((t) => t[L]).join('\n') + '\n');
  if (ctx.json) {
    const doc = {
      artifact: result.artifact,
      dryRun,
      files: result.files.map((f) => ({ path: f.path, rows: f.rows, bytes: f.bytes, sha256: f.sha256, encoding: f.encoding })),
      warnings: result.warnings.map((w) => w[L]),
    };
    ctx.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  }
}

export async function runExportCommand(ctx: Context, artifact: string, opts: Record<string, unknown>): Promise<number> {
  if (opts.fromNe) rejectWithFromNe(opts, ['neOrders']);
  const req = await buildExportRequest(ctx, artifact, opts);
  let result: ExportResult;
  if (opts.fromNe) {
    const { cancelListFromNe } = await import('../ne/routes.js');
    result = (await cancelListFromNe(ctx, req)).result;
  } else {
    const { runExport } = await import('../exports/run.js');
    result = await runExport(req, ctx);
  }
  report(ctx, result, req.options.dryRun);
  return 0;
}
