// `check --ne-goods` against `export ne-tags` on the same generated 500,000-row NE goods
// file, in alternating rounds so machine noise hits both alike. Target (issue 4): check
// takes at most 1.5× the time of ne-tags and stays under 300 MB peak RSS.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROWS = 500_000;
const RATIO_LIMIT = 1.5;
const RSS_LIMIT_MB = 300;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(h) {
  const bin = join(h.root, 'bin', 'sc-setup.cjs');
  const input = h.dataFile(ROWS);
  const work = mkdtempSync(join(h.scratch, 'check-'));
  try {
    const commands = [
      { label: 'sc-setup export ne-tags', args: [bin, '--dir', work, 'export', 'ne-tags', '--ne-goods', input, '--out', join(work, 'ne-tags.csv'), '--force'] },
      { label: 'sc-setup check --ne-goods', args: [bin, '--dir', work, 'check', '--ne-goods', input] },
    ];
    const samples = commands.map(() => []);
    for (let round = 0; round < h.runs; round++) {
      commands.forEach((c, i) => samples[i].push(h.timeCommand(c.label, process.execPath, c.args)));
    }
    const results = samples.map((runs) => ({
      seconds: median(runs.map((r) => r.seconds)),
      peakRssMB: runs.some((r) => r.peakRssMB === 'n/a') ? 'n/a' : Math.max(...runs.map((r) => r.peakRssMB)),
    }));
    const [tags, check] = results;
    const ratio = check.seconds / tags.seconds;
    commands.forEach((c, i) => {
      h.print({
        rows: ROWS.toLocaleString('en-US'),
        command: c.label,
        seconds: results[i].seconds.toFixed(2),
        'peak RSS MB': results[i].peakRssMB,
        'vs ne-tags': i === 1 ? ratio.toFixed(2) + '×' : '',
      });
    });
    h.note(`check ${check.seconds.toFixed(2)} s ≤ ${RATIO_LIMIT}× ne-tags ${tags.seconds.toFixed(2)} s: ${ratio <= RATIO_LIMIT ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`);
    if (check.peakRssMB !== 'n/a') {
      h.note(`check peak RSS ${check.peakRssMB} MB < ${RSS_LIMIT_MB} MB: ${check.peakRssMB < RSS_LIMIT_MB ? 'met' : 'NOT met'}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
