// `export ne-tags` and `export sc-goods` on generated NE goods files of 100,000 and 500,000
// rows, side by side with the Python peer (../shared/bench/ne_tags_baseline.py) in the same
// run. Target (issue): at 500,000 rows ne-tags is no slower than the peer, its output is
// byte-identical to the peer's, and peak RSS stays under 250 MB without growing with the file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SIZES = [100_000, 500_000];
const RSS_LIMIT_MB = 250;

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Run `times` alternating rounds of every command, so machine noise hits all of them alike. */
function timeRounds(h, commands) {
  const samples = commands.map(() => []);
  for (let round = 0; round < h.runs; round++) {
    commands.forEach((c, i) => samples[i].push(h.timeCommand(c.label, c.cmd, c.args)));
  }
  return samples.map((runs) => ({
    seconds: median(runs.map((r) => r.seconds)),
    peakRssMB: runs.some((r) => r.peakRssMB === 'n/a') ? 'n/a' : Math.max(...runs.map((r) => r.peakRssMB)),
  }));
}

function pythonPeer(h) {
  const script = resolve(h.root, '..', 'shared', 'bench', 'ne_tags_baseline.py');
  if (!existsSync(script)) return { missing: `peer script not found at ${script}` };
  const probe = spawnSync('python3', ['--version']);
  if (probe.status !== 0) return { missing: 'python3 not found' };
  return { script, version: String(probe.stdout || probe.stderr).trim() };
}

export async function run(h) {
  const bin = join(h.root, 'bin', 'sc-setup.cjs');
  const peer = pythonPeer(h);
  if (peer.missing) h.note(`Python peer skipped: ${peer.missing}`);
  else h.note(`Python peer: ${peer.version}, ${peer.script}`);
  const work = mkdtempSync(join(h.scratch, 'ne-tags-'));
  const verdicts = [];
  const rssByRows = [];
  try {
    for (const rows of SIZES) {
      const input = h.dataFile(rows);
      const ours = join(work, `ne-tags-${rows}.csv`);
      const theirs = join(work, `ne-tags-${rows}-python.csv`);
      const scGoods = join(work, `sc-goods-${rows}.csv`);
      const cli = (artifact, out) => [bin, '--dir', work, 'export', artifact, '--ne-goods', input, '--out', out, '--force'];
      const commands = [
        { label: 'sc-setup export ne-tags', cmd: process.execPath, args: cli('ne-tags', ours) },
        ...(peer.missing ? [] : [{ label: 'python3 ne_tags_baseline.py', cmd: 'python3', args: [peer.script, input, theirs] }]),
        { label: 'sc-setup export sc-goods', cmd: process.execPath, args: cli('sc-goods', scGoods) },
      ];
      let results;
      try {
        results = timeRounds(h, commands);
      } catch (e) {
        // One failing command (e.g. an export not built yet) should not hide the others.
        h.note(`${rows} rows: ${e instanceof Error ? e.message : e}`);
        throw e;
      }
      const python = peer.missing ? undefined : results[1];
      const identical = peer.missing ? 'n/a' : sha256(ours) === sha256(theirs) ? 'yes' : 'NO';
      commands.forEach((c, i) => {
        const r = results[i];
        h.print({
          rows: rows.toLocaleString('en-US'),
          command: c.label,
          seconds: r.seconds.toFixed(2),
          'rows/s': Math.round(rows / r.seconds).toLocaleString('en-US'),
          'peak RSS MB': r.peakRssMB,
          'vs python': python && i !== 1 ? (r.seconds / python.seconds).toFixed(2) + '×' : '',
          'same bytes': c.label.includes('ne-tags') || c.label.includes('python') ? identical : '',
        });
      });
      rssByRows.push(results[0].peakRssMB);
      if (rows === 500_000) {
        if (python) {
          verdicts.push(`ne-tags ${results[0].seconds.toFixed(2)} s vs python ${python.seconds.toFixed(2)} s: ${results[0].seconds <= python.seconds ? 'met' : 'NOT met'}`);
        }
        verdicts.push(`output byte-identical to the peer: ${identical}`);
        if (results[0].peakRssMB !== 'n/a') {
          verdicts.push(`peak RSS ${results[0].peakRssMB} MB < ${RSS_LIMIT_MB} MB: ${results[0].peakRssMB < RSS_LIMIT_MB ? 'met' : 'NOT met'}`);
        }
      }
    }
    if (rssByRows.every((x) => x !== 'n/a')) {
      verdicts.push(`RSS at ${SIZES.map((s) => s.toLocaleString('en-US')).join(' / ')} rows: ${rssByRows.join(' / ')} MB (flat means it does not grow with the file)`);
    }
    for (const v of verdicts) h.note(v);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
