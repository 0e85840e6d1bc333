/**
 * A person at a terminal: runs `sc-setup init`, makes typing mistakes, moves in a list
 * with the arrow keys, presses Ctrl-C in the middle of a question, looks at `status`,
 * comes back with `sc-setup continue` and finishes all 30 steps.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, KEY, ROOT, run, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/context.js';

/** A synchronous child is killed if it hangs, so that it never outlives the test. */
const SYNC = { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' } as const;

async function answer(s: Session, prompt: RegExp, keys: string): Promise<void> {
  await s.waitFor(prompt);
  s.mark();
  await s.type(keys);
}

describe('interactive session through a pseudo-terminal', () => {
  it('init → Ctrl-C at a question → status → continue resumes at that question and finishes', async () => {
    const dir = tempDir('sc-setup-pty-');
    const first = run(['init', '--dir', dir, '--lang', 'en']);
    let second: Session | undefined;
    try {
      // Step 1: a wrong company code is refused on the spot, then typed again on an empty line
      // (what was refused is not kept: 12345 then 100123 must not read 12345100123).
      await answer(first, /STOCKCREW company code/, '12345' + KEY.enter);
      await first.waitFor(/6 digits starting with 100 .*Got: 12345/);
      expect(first.screen()).toMatch(/12345/);
      first.mark();
      await first.type('100123' + KEY.enter);
      await answer(first, /moving from Yamato Fulfillment/, KEY.enter);
      await answer(first, /finished step 1/, KEY.enter);
      // Step 2: its own question says whether the login worked; no second "finished?".
      await answer(first, /log in to the STOCKCREW admin/, 'y' + KEY.enter);
      // Step 3: shop, then the typed confirmation; a wrong word is refused.
      await answer(first, /Shop name registered in STOCKCREW/, 'Test Shop' + KEY.enter);
      // No default for this one: the hint offers both words and Enter alone would be asked again.
      await answer(first, /exactly one STOCKCREW shop for Next Engine\? \(yes\/no\)/, 'y' + KEY.enter);
      await answer(first, /Type "OFF" to confirm/, 'ON' + KEY.enter);
      await first.waitFor(/Type exactly "OFF"/);
      first.mark();
      await first.type('OFF' + KEY.enter);
      await answer(first, /finished step 3/, KEY.enter);
      // Step 4: take the default location.
      await answer(first, /Stock-sync location/, KEY.enter);
      await answer(first, /finished step 4/, KEY.enter);
      // Step 5: a new Next Engine user (the default) is offered no 「設定済み (スキップ)」.
      await answer(first, /already use this Next Engine account/, KEY.enter);
      // The list offers only the mall sc-setup guides; other malls get one sentence.
      await answer(first, /Mall or cart to connect[\s\S]*↑↓ to move, ⏎ to choose/, KEY.down + KEY.up + KEY.enter);
      expect(first.screen()).toContain('sc-setup guides Yahoo!Shopping only. For any other mall or cart');
      expect(first.screen()).not.toMatch(/Rakuten|not guided/);
      await answer(first, /Shop name registered in Next Engine/, 'Half-typ');
      first.write(KEY.ctrlC);
      expect(await first.exited()).toBe(130);
      expect(first.screen()).toMatch(/Interrupted\. Everything answered so far is saved/);

      const saved = JSON.parse(fs.readFileSync(path.join(dir, 'sc-setup.json'), 'utf8'));
      expect(saved.answers['sc.companyCode']).toBe('100123');
      expect(saved.answers.mall).toBe('yahoo');
      expect(saved.answers['ne.shopName']).toBeUndefined();
      expect(saved.cursor).toEqual({ step: 5, question: 'ne.shopName' });
      expect(Object.keys(saved.steps).sort()).toEqual(['1', '2', '3', '4']);
      expect(fs.existsSync(path.join(dir, 'sc-setup.lock'))).toBe(false);

      const status = spawnSync(process.execPath, [BIN, 'status', '--dir', dir, '--lang', 'en'], SYNC);
      expect(status.status).toBe(0);
      expect(status.stdout).toMatch(/Next: step 5/);
      expect(status.stdout).toMatch(/You stopped at the question "Shop name registered in Next Engine"/);

      // The rest of the answers come from a file (as an agency would prepare them); the
      // person types the two open questions, confirms each step and types one danger word.
      const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'templates/sample/answers.json'), 'utf8'));
      const rest: Record<string, unknown> = {};
      const typedByPerson = new Set(['ne.shopName', 'yahoo.storeAccount', 'confirm.stock-sync-on']);
      for (const [k, v] of Object.entries(sample)) {
        if (typedByPerson.has(k) || k === '//') continue;
        rest[k] = k.startsWith('files.') ? path.join(ROOT, 'templates/sample', String(v)) : v;
      }
      const answersFile = path.join(dir, 'rest.json');
      fs.writeFileSync(answersFile, JSON.stringify(rest));

      second = run(['continue', '--dir', dir, '--lang', 'en', '--answers', answersFile]);
      await second.waitFor(/Resuming at step 5/);
      await second.waitFor(/Shop name registered in Next Engine/);
      expect(second.screen()).not.toMatch(/Mall or cart to connect/);
      second.mark();
      await second.type('Test NE Shop' + KEY.enter);
      await answer(second, /Yahoo!Shopping store account/, 'test-shop' + KEY.enter);

      const finished: number[] = [];
      for (;;) {
        // "? " marks the prompt waiting for an answer ("✔ " is an answered one being redrawn).
        const m = await second.consume(/\? Have you finished step (\d+) "|\? Type "STOCK-ON"|All 30 steps are done/, 30_000);
        if (m[0].startsWith('All 30')) break;
        if (m[0].includes('STOCK-ON')) {
          await second.type('STOCK-ON' + KEY.enter);
          await second.consume(/✔ Type "STOCK-ON"/);
          continue;
        }
        finished.push(Number(m[1]));
        await second.type(KEY.enter);
        await second.consume(new RegExp(`✔ Have you finished step ${m[1]} "`));
      }
      const code = await second.exited();
      if (code !== 0) throw new Error(`continue exited ${code}; screen:\n${second.screen().slice(-3000)}`);
      // Steps 15, 19 and 25 ask their one question (answered in the file) and no "finished?".
      expect(finished).toEqual(Array.from({ length: 26 }, (_, i) => i + 5).filter((n) => n !== 15 && n !== 19 && n !== 25));

      const done = JSON.parse(fs.readFileSync(path.join(dir, 'sc-setup.json'), 'utf8'));
      expect(done.answers['ne.shopName']).toBe('Test NE Shop');
      expect(done.steps['24'].evidence.confirmations['stock-sync-on']).toBe('STOCK-ON');
      for (let n = 1; n <= 30; n++) expect(done.steps[String(n)].state).toBe('done');
      expect(fs.existsSync(path.join(dir, 'out', 'ne-tags.csv'))).toBe(true);
    } finally {
      await first.kill();
      await second?.kill();
    }
  }, 120_000);

  it('a second sc-setup on the same folder is refused while the first waits at a prompt', async () => {
    const dir = tempDir('sc-setup-pty-lock-');
    const first = run(['init', '--dir', dir, '--lang', 'en']);
    try {
      await first.waitFor(/STOCKCREW company code/);
      const second = spawnSync(process.execPath, [BIN, 'continue', '--dir', dir, '--lang', 'en'], SYNC);
      expect(second.status).toBe(2);
      expect(second.stderr).toMatch(/Another sc-setup is using this folder \(process \d+/);
      // Reading is not writing: status still works meanwhile.
      expect(spawnSync(process.execPath, [BIN, 'status', '--dir', dir], SYNC).status).toBe(0);
      first.write(KEY.ctrlC);
      expect(await first.exited()).toBe(130);
      expect(fs.existsSync(path.join(dir, 'sc-setup.lock'))).toBe(false);
    } finally {
      await first.kill();
    }
  }, 60_000);
});
