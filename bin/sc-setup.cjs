#!/usr/bin/env node
// Launcher, in CommonJS because that starts faster than an ES module: answers --version
// without loading the program, turns colour off for the prompt and task libraries before
// they load (FORCE_COLOR=0 for NO_COLOR / --no-color), starts the thread of a big check's
// row worker ahead, then hands over to dist/cli.js.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const argv = process.argv.slice(2);
const version = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(version + '\n');
} else {
  if (argv.includes('--no-color') || (process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  // check on a big file: its row worker's thread starts now, while the program loads (dist/checks/row-thread.js).
  if (argv.includes('check')) {
    import(pathToFileURL(join(__dirname, '..', 'dist', 'checks', 'row-thread.js')).href).then(
      (t) => t.prestartRowThreads(argv),
      () => undefined, // not built: the import of dist/cli.js below says so
    );
  }
  import(pathToFileURL(join(__dirname, '..', 'dist', 'cli.js')).href).then(
    async ({ main }) => {
      process.exitCode = await main(argv, version);
    },
    (err) => {
      process.stderr.write(`sc-setup: cannot load dist/cli.js (run npm install to build it): ${err.message}\n`);
      process.exitCode = 70;
    },
  );
}
