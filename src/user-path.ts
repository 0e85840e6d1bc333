/**
 * A path as an operator types it, or drops a file into a terminal window. Drag-and-drop
 * leaves quotes ("C:\…\受注.csv" in Windows Terminal and PowerShell, '…' in some macOS
 * terminals), a trailing space, or backslash-escaped spaces (macOS Terminal writes
 * /Users/…/商品\ マスタ.csv). `~` is the home folder, which only a shell would expand.
 */
import os from 'node:os';
import path from 'node:path';

/** Characters macOS Terminal escapes with a backslash when a file is dropped. */
const ESCAPED = /\\([ ()'"&;!$#*?[\]{}<>|\\])/g;

export function cleanTypedPath(raw: string, platform: NodeJS.Platform = process.platform): string {
  let s = raw.trim();
  // PowerShell may put its call operator before a dropped, quoted path.
  const call = /^&\s*(['"].*)$/s.exec(s);
  if (call) s = call[1]!;
  const quoted = /^(['"])(.*)\1$/s.exec(s);
  if (quoted) return quoted[2]!.trim();
  // On Windows a backslash separates folders; elsewhere it only escapes what follows.
  return platform === 'win32' ? s : s.replace(ESCAPED, '$1');
}

/** `~` and `~/…` (or `~\…`) under the home folder; anything else unchanged. */
export function expandHome(p: string, home: string = os.homedir()): string {
  if (p === '~') return home;
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(home, p.slice(2));
  return p;
}

/** An absolute path for what the operator gave, relative to `base` (the folder it was typed in). */
export function resolveUserPath(base: string, p: string): string {
  return path.resolve(base, expandHome(p));
}
