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
