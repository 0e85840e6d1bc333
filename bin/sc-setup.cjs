#!/usr/bin/env node
// Launcher, in CommonJS because that starts faster than an ES module: answers --version
// without loading the program, turns colour off for the prompt and task libraries before
// they load (FORCE_COLOR=0 for NO_COLOR / --no-color), starts the thread of a big check's
// row worker ahead, then hands over to dist/cli.js (the bundle scripts/bundle.mjs builds).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);
let loadError;
const version = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(version + '\n');
} else {
  if (argv.includes('--no-color') || (process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  // V8 doubles its young generation once a run has allocated for about a second, whatever the
  // data: 4–6 MB more peak memory on every long export or check, for no speed measured here
  // (export sc-goods on 1,000,000 rows: 66 → 60 MB; ne-tags and check on 500,000 rows as
  // fast). Read when the space would grow, so it still takes effect at this point.
  require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
  // check on a big file: its row worker's thread starts now, while the program loads (dist/row-thread.js).
  if (argv.includes('check')) {
    const thread = load('row-thread.js');
    if (thread) thread.prestartRowThreads(argv);
  }
  const program = load('cli.js');
  if (program) {
    program.main(argv, version).then((code) => {
      process.exitCode = code;
    });
  } else {
    process.stderr.write(`sc-setup: cannot load dist/cli.js (run npm install to build it): ${loadError.message}\n`);
    process.exitCode = 70;
  }
}

/** A file of the built program (dist/, CommonJS: scripts/bundle.mjs), or undefined when it cannot load. */
function load(file) {
  try {
    return require(join(__dirname, '..', 'dist', file));
  } catch (err) {
    loadError = err;
    return undefined;
  }
}
