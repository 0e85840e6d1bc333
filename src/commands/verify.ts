/**
 * `sc-setup verify stock` (step 26): the STOCKCREW count against the Next Engine 在庫数
 * per exact code. Exit 1 on any difference, code on one side only, or case-only pair.
 */
import type { Context } from '../context.js';
import { painter } from '../paint.js';
import { EXIT, UserError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import { echo } from '../i18n/text.js';
import { verifyText as v } from '../i18n/checks.js';
import { columnOverrides, inputEncoding, rejectWithFromNe, resolveInputs, withNeLocation } from '../inputs-resolve.js';
import { neText } from '../i18n/ne.js';
import { loadAnswers } from './session.js';
import { displayPath } from '../checks/display-path.js';
import { stockMatches } from '../checks/stock-compare.js';

/** Lines listed per kind; the full list is what `export stock-diff` is for. */
const LISTED = 20;

function listed(items: string[], lang: 'ja' | 'en'): string[] {
  // Codes come from the files: shown as messages show values (no control character echoed).
  const lines = items.slice(0, LISTED).map((i) => `  ${echo(i)}`);
  if (items.length > LISTED) lines.push(`  ${v.more({ count: items.length - LISTED })[lang]}`);
  return lines;
}

export async function runVerifyCommand(ctx: Context, what: string, opts: Record<string, unknown>): Promise<number> {
  if (what !== 'stock') throw new UserError(cliText.unknownVerify({ value: what }));
  const L = ctx.lang;
  const fromNe = Boolean(opts.fromNe);
  if (fromNe) rejectWithFromNe(opts, ['neStock', 'neCodeColumn', 'neQtyColumn']);
  const answers = withNeLocation(await loadAnswers(ctx), opts);
  const inputs = resolveInputs(ctx, opts, answers);
  const { compareStockFiles } = await import('../checks/stock-files.js');
  const location = typeof answers['sc.stockLocation'] === 'string' ? answers['sc.stockLocation'] : undefined;
  const readNe = fromNe ? (await import('../ne/routes.js')).stockFromNe(ctx, location, {}) : undefined;
  const reading = { encoding: inputEncoding(opts.inputEncoding ?? opts.encoding), encodingFlag: '--encoding' };
  const result = await compareStockFiles(inputs, columnOverrides(opts), ctx, readNe, location === '' ? undefined : location, reading);
  const c = result.comparison;
  const ok = stockMatches(c);
  for (const w of result.warnings) ctx.stderr.write(`${v.warningPrefix()[L]}: ${w[L]}\n`);

  if (ctx.json) {
    const doc = {
      ok,
      compared: c.compared,
      matched: c.matched,
      differences: c.differences,
      onlyInSc: c.onlyInSc,
      onlyInNe: c.onlyInNe,
      caseOnly: c.caseOnly,
    };
    ctx.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    return ok ? EXIT.ok : EXIT.problems;
  }

  const paint = await painter(ctx, 'stdout');
  const out = [
    v.heading({ sc: displayPath(inputs.scStock!, ctx.dir), ne: fromNe ? neText.sourceStock()[L] : displayPath(inputs.neStock!, ctx.dir) })[L],
    v.counts({ compared: c.compared, matched: c.matched })[L],
  ];
  if (ok) out.push(paint('green', v.allMatch()[L]));
  else {
    if (c.caseOnly.length > 0) {
      out.push(paint('red', v.caseOnly({ count: c.caseOnly.length })[L]), ...listed(c.caseOnly.map((p) => `${p.sc} ≠ ${p.ne}`), L));
    }
    if (c.differences.length > 0) {
      out.push(paint('red', v.differences({ count: c.differences.length })[L]), ...listed(c.differences.map((d) => `${d.code}: ${d.sc} / ${d.ne}`), L));
    }
    if (c.onlyInSc.length > 0) out.push(paint('red', v.onlyInSc({ count: c.onlyInSc.length })[L]), ...listed(c.onlyInSc, L));
    if (c.onlyInNe.length > 0) out.push(paint('red', v.onlyInNe({ count: c.onlyInNe.length })[L]), ...listed(c.onlyInNe, L));
    out.push(v.nextStep()[L]);
  }
  ctx.stdout.write(out.join('\n') + '\n');
  return ok ? EXIT.ok : EXIT.problems;
}
