/**
 * The sample shop in a real terminal, as an operator goes through it: at step 13 they drop
 * in the goods file they downloaded BEFORE the tag upload (quotes and a trailing space, as
 * a terminal leaves a dropped file). The step is ✘ in red and stays open; `continue` shows
 * why and asks for the file again, and they type the new download as ~/… . The run ends with
 * every product tagged at step 9 in sc-goods and in the item map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleAnswersFile, SAMPLE } from '../helpers/commands.js';
import { tempDir } from '../helpers/context.js';
import { invariantBreaks, readTagFlow } from '../helpers/invariant.js';
import { KEY, personEnv, run, type Session } from '../helpers/pty.js';

describe('the sample flow in a pseudo-terminal', () => {
  it('refuses the goods file from before the tag upload, asks for it again, and ends with the invariant holding', async () => {
    const dir = tempDir('sc-setup-pty-flow-');
    const home = tempDir('sc-setup-pty-home-');
    const sessions: Session[] = [];
    try {
      fs.copyFileSync(path.join(SAMPLE, 'ne-goods-tagged.csv'), path.join(home, 'goods after tags.csv'));
      const answers = sampleAnswersFile(dir, ['files.neGoodsTagged']);
      const env = personEnv({ HOME: home, FORCE_COLOR: '1' });
      const args = ['--dir', dir, '--lang', 'en', '--yes', '--answers', answers];

      const first = run(['init', ...args], { env });
      sessions.push(first);
      await first.waitFor(/Next Engine goods CSV downloaded again after the tag upload/, 60_000);
      first.mark();
      await first.type(`"${path.join(SAMPLE, 'ne-goods.csv')}" ` + KEY.enter);
      expect(await first.exited()).toBe(1);
      expect(first.screen()).toMatch(/✘ Check that the tags of step 9 arrived: 9 do not match step 9/);
      // Red: listr2 colours the failed task's mark.
      expect(first.raw()).toContain('\u001b[31m✘\u001b[39m');
      expect(first.screen()).toMatch(/9 of the goods tagged \[STOCKCREW連携対象\] at step 9 lack the tag: tee-01-wh-s/);
      expect(fs.existsSync(path.join(dir, 'out', 'sc-goods.csv'))).toBe(false);

      const second = run(['continue', ...args], { env });
      sessions.push(second);
      await second.waitFor(/Last time this file stopped the step:/);
      await second.waitFor(/Next Engine goods CSV downloaded again after the tag upload/);
      second.mark();
      await second.type('~/goods\\ after\\ tags.csv' + KEY.enter);
      await second.waitFor(/All 30 steps are done/, 60_000);
      expect(await second.exited()).toBe(0);

      const state = JSON.parse(fs.readFileSync(path.join(dir, 'sc-setup.json'), 'utf8'));
      expect(state.answers['files.neGoodsTagged']).toBe(path.join(home, 'goods after tags.csv'));
      const flow = await readTagFlow(dir);
      expect(flow.tagged).toHaveLength(17);
      expect(invariantBreaks(flow, ['tray-01'])).toEqual([]);
    } finally {
      for (const s of sessions) s.kill();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
