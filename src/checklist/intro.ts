/**
 * What the operator reads when a step starts: heading, guidance, the manuals behind it
 * (the seed's own titles, the public pages DOMAIN.md cites) and the cautions.
 */
import type { Context } from '../context.js';
import { guideText as g } from '../i18n/guide.js';
import { runnerText as r } from '../i18n/runner.js';
import type { Lang, Text } from '../i18n/text.js';
import type { Step } from './types.js';

export function stepHeading(step: Step): Text {
  return r.stepHeader({
    n: step.n,
    owner: step.owner === 'SC' ? r.ownerSC() : r.ownerNE(),
    phase: step.phase === 'prep' ? r.phasePrep() : r.phaseGolive(),
    title: step.title,
  });
}

/** One line per manual: its title (and address), or the address alone. */
export function manualLines(step: Step, lang: Lang): string[] {
  const lines: string[] = [];
  for (const ref of step.manuals ?? []) {
    if (ref.title) {
      lines.push(g.manualLine({ title: ref.title })[lang]);
      if (ref.url) lines.push(g.manualUrl({ url: ref.url })[lang]);
    } else if (ref.url) lines.push(g.sourceLine({ url: ref.url })[lang]);
  }
  return lines;
}

export function writeStepIntro(ctx: Context, step: Step): void {
  const L = ctx.lang;
  const lines = ['', stepHeading(step)[L], step.guidance[L], ...manualLines(step, L)];
  for (const c of step.cautions) lines.push(`  ⚠ ${r.caution()[L]}: ${c[L]}`);
  ctx.stderr.write(lines.join('\n') + '\n');
}
