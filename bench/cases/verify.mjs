// `verify stock` with 500,000 codes a side against `export ne-tags` on a 500,000-row NE
// goods file, in alternating rounds (issue 10: ≤ 1.5× ne-tags, ≤ 120 MB).
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fmt } from '../stats.mjs';

const ROWS = 500_000;
const RATIO_GOAL = 1.5;
const RSS_GOAL_MB = 120;

export async function run(h) {
  const work = mkdtempSync(join(h.scratch, 'verify-'));
  try {
    const goods = h.dataFile('ne-goods', ROWS);
    const sc = h.dataFile('sc-stock', ROWS);
    const ne = h.dataFile('ne-stock', ROWS);
    const [tags, verify] = h.rounds([
      { label: 'sc-setup export ne-tags', args: [h.bin, '--dir', work, 'export', 'ne-tags', '--ne-goods', goods, '--out', join(work, 'ne-tags.csv'), '--force'] },
      // The generated files differ on purpose (1 %), so verify exits 1.
      { label: 'sc-setup verify stock', args: [h.bin, '--dir', work, 'verify', 'stock', '--sc-stock', sc, '--ne-stock', ne], okStatus: [1] },
    ]);
    const ratio = verify.seconds / tags.seconds;
    for (const [label, r] of [['export ne-tags', tags], ['verify stock', verify]]) {
      h.print({ rows: ROWS.toLocaleString('en-US'), command: label, 'median s': r.seconds.toFixed(2), 'samples s': r.samples.map((x) => x.seconds.toFixed(2)).join(' '), 'peak RSS': fmt.mb(r.peakRssMB) });
    }
    h.goal('verify stock, 500k codes a side: time vs export ne-tags', `${fmt.ratio(ratio)} (${fmt.s(verify.seconds)} / ${fmt.s(tags.seconds)})`, `≤ ${RATIO_GOAL}×`, ratio <= RATIO_GOAL);
    h.goal('verify stock, 500k codes a side: peak RSS', fmt.mb(verify.peakRssMB), `≤ ${RSS_GOAL_MB} MB`, verify.peakRssMB <= RSS_GOAL_MB);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
