#!/usr/bin/env node
// Launcher: decides colour before chalk loads (chalk 5 ignores NO_COLOR), answers
// --version without loading the program, then hands over to dist/cli.js.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(version + '\n');
} else {
  if (argv.includes('--no-color') || (process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(argv, version);
}
