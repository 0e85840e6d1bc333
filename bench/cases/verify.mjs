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
    const sc = h.dataFile('sc-stock', ROWS);
    const ne = h.dataFile('ne-stock', ROWS);
    // The generated files differ on purpose (1 %), so verify exits 1.
    const verifyArgs = [h.bin, '--dir', work, 'verify', 'stock', '--sc-stock', sc, '--ne-stock', ne];
    const { tags, other: verify, ratio } = h.againstNeTags(work, ROWS, { label: 'verify stock', args: verifyArgs, okStatus: [1] });
    h.goal('verify stock, 500k codes a side: time vs export ne-tags', `${fmt.ratio(ratio)} (${fmt.s(verify.seconds)} / ${fmt.s(tags.seconds)})`, `≤ ${RATIO_GOAL}×`, ratio <= RATIO_GOAL);
    h.goal('verify stock, 500k codes a side: peak RSS', fmt.mb(verify.peakRssMB), `≤ ${RSS_GOAL_MB} MB`, verify.peakRssMB <= RSS_GOAL_MB);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
