/**
 * `sc-setup check`: every preflight rule the given files and answers allow. The findings
 * are the command's product, so the summary goes to stdout (JSON alone with --json);
 * exit 1 when any finding is an error.
 */
import { painter } from '../paint.js';
import type { Context } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { summaryText as s } from '../i18n/checks.js';
import type { Lang } from '../i18n/text.js';
import { INPUT_FILES, INPUT_FLAGS, type InputName } from '../inputs.js';
import { columnOverrides, inputEncoding, rejectWithFromNe, resolveInputs } from '../inputs-resolve.js';
import { loadAnswers } from './session.js';
import { MAPPING_KEYS } from '../checks/mappings.js';
import type { SkippedFamily } from '../checks/run.js';
import type { Finding } from '../checks/types.js';

const isInput = (name: string): name is InputName => (INPUT_FILES as readonly string[]).includes(name);

/** One requirement of a skipped family, in the operator's words. */
function requirement(req: string, lang: Lang): string {
  if (req.includes('|')) return req.split('|').map((r) => requirement(r, lang)).join(s.or()[lang]);
  const [head, column] = req.split('.', 2) as [string, string | undefined];
  if (isInput(head)) {
    return column === undefined ? INPUT_FLAGS[head] : s.inputColumn({ file: INPUT_FLAGS[head], column })[lang];
  }
  return s.answerKey({ key: req })[lang];
}

export function skippedLines(skipped: readonly SkippedFamily[], lang: Lang): string[] {
  return skipped.map((k) => s.skipped({ family: k.family, missing: k.missing.map((r) => requirement(r, lang)).join(s.and()[lang]) })[lang]);
}

/**
 * The CLI.md document `{ ok, findings, skipped }`, written finding by finding (one per
 * line) in chunks: hundreds of thousands of findings never become one giant string.
 */
function writeJson(ctx: Context, ok: boolean, findings: readonly Finding[], skipped: readonly SkippedFamily[]): void {
  const L = ctx.lang;
  let chunk = `{\n  "ok": ${ok},\n  "findings": [`;
  findings.forEach((f, i) => {
    const item = { rule: f.rule, severity: f.severity, file: f.file, line: f.line, code: f.code, message: f.message[L] };
    chunk += `${i === 0 ? '' : ','}\n    ${JSON.stringify(item)}`;
    if (chunk.length >= 1 << 16) {
      ctx.stdout.write(chunk);
      chunk = '';
    }
  });
  chunk += `${findings.length > 0 ? '\n  ' : ''}],\n  "skipped": ${JSON.stringify(skipped)}\n}\n`;
  ctx.stdout.write(chunk);
}

export async function runCheckCommand(ctx: Context, opts: Record<string, unknown>): Promise<number> {
  const L = ctx.lang;
  const fromNe = Boolean(opts.fromNe);
  if (fromNe) rejectWithFromNe(opts, ['neGoods']);
  const answers = await loadAnswers(ctx);
  const inputs = resolveInputs(ctx, opts, answers);
  // With --from-ne the goods come from Next Engine, not from a saved goods file.
  if (fromNe) delete inputs.neGoods;
  if (!fromNe && Object.keys(inputs).length === 0 && MAPPING_KEYS.every((k) => answers[k] === undefined)) {
    throw new UserError(s.noInputs());
  }
  const { runChecks } = await import('../checks/run.js');
  const { formatFindingsSummary } = await import('../checks/golive.js');
  const ne = fromNe ? (await import('../ne/routes.js')).goodsFromNe(ctx) : undefined;
  const reading = { encoding: inputEncoding(opts.inputEncoding ?? opts.encoding), encodingFlag: '--encoding' };
  let result: Awaited<ReturnType<typeof runChecks>>;
  try {
    result = await runChecks({ inputs, columns: columnOverrides(opts), answers, sources: ne && { neGoods: ne.source }, reading }, ctx);
  } finally {
    ne?.close();
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;

  if (ctx.json) {
    writeJson(ctx, errors === 0, result.findings, result.skipped);
    for (const line of skippedLines(result.skipped, L)) ctx.stderr.write(line + '\n');
  } else {
    const out = [
      result.files.length > 0 ? s.checkedFiles({ files: result.files.join(', ') })[L] : s.noFiles()[L],
      formatFindingsSummary(result.findings, L, { paint: await painter(ctx, 'stdout') }),
      ...skippedLines(result.skipped, L),
    ];
    ctx.stdout.write(out.join('\n') + '\n');
  }
  return errors > 0 ? EXIT.problems : EXIT.ok;
}
