/**
 * Colour goes through chalk, which decides what the terminal takes (FORCE_COLOR, TERM=dumb,
 * pipes), and chalk is loaded only where colour is printed: never for --version, not for a
 * pipe. A resolve hook reports every time chalk is loaded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyState } from '../../src/state/schema.js';
import { tempDir } from '../helpers/context.js';
import { BIN, personEnv, run } from '../helpers/pty.js';

const ESC = '\u001b[';
let dir: string;
let hook: string;

beforeAll(() => {
  dir = tempDir('sc-setup-colour-');
  const state = emptyState('test', new Date('2026-11-28T01:00:00Z'));
  state.steps['1'] = { state: 'done', doneAt: '2026-11-28T01:00:00.000Z' };
  fs.writeFileSync(path.join(dir, 'sc-setup.json'), JSON.stringify(state));
  const resolver = 'export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes("/node_modules/chalk/")) process.stderr.write("CHALK-LOADED\\n"); return r; }';
  hook = path.join(dir, 'hook.mjs');
  fs.writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify('data:text/javascript,' + encodeURIComponent(resolver))});\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Run through a pipe, without the terminal's colour settings unless given. */
function piped(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], { encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr, chalk: r.stderr.includes('CHALK-LOADED') };
}

describe('colour', () => {
  it('--version never loads chalk', () => {
    for (const args of [['--version'], ['-V'], ['--version', '--lang', 'ja']]) {
      const r = piped(args, { FORCE_COLOR: '1' });
      expect(r.out.trim(), args.join(' ')).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.chalk, args.join(' ')).toBe(false);
    }
  });

  it('a pipe gets plain text without loading chalk; FORCE_COLOR asks chalk for colour anyway', () => {
    const plain = piped(['status', '--dir', dir]);
    expect(plain.code).toBe(0);
    expect(plain.chalk).toBe(false);
    expect(plain.out).not.toContain(ESC);
    const forced = piped(['status', '--dir', dir], { FORCE_COLOR: '1' });
    expect(forced.chalk).toBe(true);
    expect(forced.out).toContain(`${ESC}32m完了`);
  });

  it('--no-color and NO_COLOR win over FORCE_COLOR', () => {
    for (const [args, env] of [
      [['--no-color'], { FORCE_COLOR: '3' }],
      [[], { NO_COLOR: '1', FORCE_COLOR: '3' }],
    ] as const) {
      const r = piped(['status', '--dir', dir, ...args], env);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain(ESC);
    }
  });

  it('a terminal gets colour, a dumb terminal none', async () => {
    const env = personEnv();
    delete env.FORCE_COLOR;
    for (const [term, coloured] of [['xterm-256color', true], ['dumb', false]] as const) {
      const s = run(['status', '--dir', dir], { env: { ...env, TERM: term } });
      try {
        expect(await s.exited()).toBe(0);
      } finally {
        s.kill();
      }
      const raw = s.raw();
      expect(raw.includes(`${ESC}32m`), term).toBe(coloured);
      expect(s.screen()).toContain('完了');
    }
  });
});
