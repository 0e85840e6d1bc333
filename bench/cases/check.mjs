// `check`: over a 500,000-row NE goods file against `export ne-tags` on the same file (in
// alternating rounds); over NE goods + Yahoo quantity of 1,000,000 rows each; and the proof
// that its memory grows with the unique codes only: the same 1,000,000 codes read again from
// a STOCKCREW stock file once with one row per code, once with two (lots) (issue 10).
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fmt } from '../stats.mjs';

const ROWS = 500_000;
const RATIO_GOAL = 1.5;
const RSS_GOAL_MB = 120;
const BIG = 1_000_000;
/** Twice the rows, the same codes: at most this much more memory. */
const SAME_CODES_GOAL_MB = 5;

export async function run(h) {
  const work = mkdtempSync(join(h.scratch, 'check-'));
  try {
    const checkArgs = [h.bin, '--dir', work, 'check', '--ne-goods', h.dataFile('ne-goods', ROWS)];
    const { tags, other: check, ratio } = h.againstNeTags(work, ROWS, { label: 'check --ne-goods', args: checkArgs, okStatus: [0, 1] });
    h.goal('check --ne-goods 500k rows: peak RSS', fmt.mb(check.peakRssMB), `≤ ${RSS_GOAL_MB} MB`, check.peakRssMB <= RSS_GOAL_MB);
    h.goal('check --ne-goods 500k rows: time vs export ne-tags', `${fmt.ratio(ratio)} (${fmt.s(check.seconds)} / ${fmt.s(tags.seconds)})`, `≤ ${RATIO_GOAL}×`, ratio <= RATIO_GOAL);

    const goods = h.dataFile('ne-goods', BIG);
    const runs = Math.min(h.runs, 3);
    const checkWith = (label, extra) => ({ label, args: [h.bin, '--dir', work, 'check', '--ne-goods', goods, ...extra], okStatus: [0, 1] });
    const [withYahoo] = h.rounds([checkWith('check goods + quantity', ['--yahoo-quantity', h.dataFile('yahoo-quantity', BIG)])], runs);
    const [once, twice] = h.rounds([
      checkWith('check goods + stock, 1 row a code', ['--sc-stock', h.dataFile('sc-stock', BIG)]),
      checkWith('check goods + stock, 2 rows a code', ['--sc-stock', h.dataFile('sc-stock-lots', BIG)]),
    ], runs);
    const rows = [
      ['--ne-goods 1M --yahoo-quantity 1M', withYahoo],
      ['--ne-goods 1M --sc-stock 1M (1 row a code)', once],
      ['--ne-goods 1M --sc-stock 2M (2 rows a code)', twice],
    ];
    for (const [label, r] of rows) h.print({ command: `check ${label}`, 'median s': r.seconds.toFixed(2), 'peak RSS': fmt.mb(r.peakRssMB) });
    const growth = twice.peakRssMB - once.peakRssMB;
    h.goal(
      'check NE goods + Yahoo quantity, 1M rows each',
      `${fmt.s(withYahoo.seconds)}, ${fmt.mb(withYahoo.peakRssMB)}; 1M more rows, same codes: ${growth >= 0 ? '+' : ''}${fmt.mb(growth)}`,
      `memory grows with unique codes only (+≤ ${SAME_CODES_GOAL_MB} MB)`,
      growth <= SAME_CODES_GOAL_MB,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
