/**
 * Global setup of the end-to-end tests: they run bin/sc-setup.cjs, which loads dist/. A
 * dist/ older than the sources would test yesterday's program, so build it first when any
 * source is newer (also under a bare `npx vitest run`, which does not build like `npm test`).
 * The build is scripts/bundle.mjs (rolldown); type checking is `npm run lint`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUNDLE = path.join(ROOT, 'scripts', 'bundle.mjs');

/** Modification times of every file under dir (none when it does not exist). */
function mtimes(dir: string, keep: (file: string) => boolean): number[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
}

/** The bundle rewrites every output on each build, so the oldest output must be newer than every input. */
export function distIsFresh(): boolean {
  const outputs = mtimes(path.join(ROOT, 'dist'), (f) => f.endsWith('.js'));
  const inputs = [...mtimes(path.join(ROOT, 'src'), () => true), fs.statSync(BUNDLE).mtimeMs, fs.statSync(path.join(ROOT, 'package-lock.json')).mtimeMs];
  return outputs.length > 0 && Math.min(...outputs) >= Math.max(...inputs);
}

export default function setup(): void {
  if (distIsFresh()) return;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, killSignal: 'SIGKILL' });
  if (r.status !== 0) {
    throw new Error(`dist/ is older than src/, and building it (npm run build) failed, so the end-to-end tests cannot run:\n${r.stdout}${r.stderr}`);
  }
}
