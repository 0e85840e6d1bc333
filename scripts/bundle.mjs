// Builds dist/ from src/ as a few CommonJS files instead of one ES module per source file.
// Node pays for every module it loads, in time and in memory, and its ES module loader more
// than require: on `export ne-tags` over 500,000 rows, tsc's 80 ES modules peaked at about
// 63 MB, an ES module bundle at 59 MB and this CommonJS bundle at 58 MB (issue 10: ≤ 60 MB).
// Type checking stays with tsc (`npm run lint`). Every file lands flat in dist/, one level
// below the package root, which the two places that find files next to themselves rely on:
// templates-path.ts (../templates) and row-thread.ts (./row-worker.js, the worker's entry).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** The program, the thread a big check starts early (bin/sc-setup.cjs), and that thread's worker. */
const PROGRAM = {
  cli: 'src/cli.ts',
  'row-thread': 'src/checks/row-thread.ts',
  'row-worker': 'src/checks/row-worker.ts',
};

/**
 * Loaded from node_modules as they are, and only when a command uses them (colour, the task
 * list, a prompt): the tests that prove a pipe never loads chalk watch node_modules/chalk.
 */
const LAZY_PACKAGES = /^(chalk|listr2|@inquirer\/.*)$/;

/**
 * A module both imported lazily and loaded up front by another importer stays in the
 * up-front file: rolldown says so for each such import, which is expected here.
 */
const EXPECTED_LOGS = new Set(['INEFFECTIVE_DYNAMIC_IMPORT']);

/** Bundles the entries (name → source) into out, which is emptied first. */
export async function bundle({ input = PROGRAM, out = dist } = {}) {
  fs.rmSync(out, { recursive: true, force: true });
  await build({
    cwd: root,
    input,
    platform: 'node',
    external: LAZY_PACKAGES,
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
    onLog(level, log, handler) {
      if (EXPECTED_LOGS.has(log.code)) return;
      handler(level, log);
    },
    output: { dir: out, format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
  });
  // The package is "type": "module"; these files are CommonJS.
  fs.writeFileSync(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();
