/**
 * Preloaded with `node --import` into the built binary, before anything else loads: makes
 * chosen file-system calls fail the way a full disk, a read-only folder or a file held by
 * another program does, for paths containing a given text. Loaded first so that libraries
 * which keep their own reference to an fs function (conf's atomic writer does) get the
 * failing one too.
 *
 * SC_TEST_FS_FAULTS = JSON array of { call, match, code }:
 *   call: openSync | writeSync (by the path the fd was opened with) | writeFileSync |
 *         readFileSync | renameSync (by target) | mkdirSync | open (fs/promises)
 *   match: text the path must contain; code: errno code to fail with (ENOSPC, EROFS …);
 *   reads: true to fail opens for reading too (openSync and open fail writes only otherwise).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';

const rules = JSON.parse(process.env.SC_TEST_FS_FAULTS ?? '[]');
const fdPaths = new Map();

function injected(code, syscall, path) {
  const e = new Error(`${code}: injected fault, ${syscall} '${path}'`);
  e.code = code;
  e.errno = -(os.constants.errno[code] ?? 1);
  e.syscall = syscall;
  if (path) e.path = path;
  return e;
}

function ruleFor(call, path, reading = false) {
  return rules.find((r) => r.call === call && typeof path === 'string' && path.includes(r.match) && (!reading || r.reads));
}

function writes(flags) {
  if (flags === undefined || flags === null) return false;
  if (typeof flags === 'number') return (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
  return /[wa+]/.test(String(flags));
}

const openSync = fs.openSync;
fs.openSync = function (path, flags, ...rest) {
  const p = String(path);
  const r = ruleFor('openSync', p, !writes(flags));
  if (r) throw injected(r.code, 'open', p);
  const fd = openSync.call(this, path, flags, ...rest);
  fdPaths.set(fd, p);
  return fd;
};

function failing(name, pathOf, syscall) {
  const original = fs[name];
  fs[name] = function (...args) {
    const p = pathOf(args);
    const r = ruleFor(name, p);
    if (r) throw injected(r.code, syscall, p);
    return original.apply(this, args);
  };
}
failing('writeSync', (a) => fdPaths.get(a[0]), 'write');
failing('writeFileSync', (a) => String(a[0]), 'open');
failing('readFileSync', (a) => String(a[0]), 'open');
failing('renameSync', (a) => String(a[1]), 'rename');
failing('mkdirSync', (a) => String(a[0]), 'mkdir');

const open = fs.promises.open;
fs.promises.open = async function (path, flags, ...rest) {
  const p = String(path);
  const r = ruleFor('open', p, !writes(flags));
  if (r) throw injected(r.code, 'open', p);
  return open.call(this, path, flags, ...rest);
};

syncBuiltinESMExports();
