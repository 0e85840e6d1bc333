/**
 * A Japanese operator at a real terminal: yes/no questions answered with はい / いいえ,
 * full-width ｙｅｓ and nonsense that is asked again; a list whose key help is Japanese;
 * a failing task whose error reaches the screen once, in Japanese. What was saved is read
 * back from sc-setup.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleAnswersFile } from '../helpers/commands.js';
import { tempDir } from '../helpers/context.js';
import { BIN, KEY, run, type Session } from '../helpers/pty.js';

/** English a Japanese operator must not meet: prompt words, key help, listr2 and error labels. */
const ENGLISH = /\b(Yes|No|yes\/no|[yY]\/[nN]|navigate|select|Error|FAILED|Step \d|Interrupted|Caution|Hint|required column|Headers in this file|Accepted headers)\b/;

async function answer(s: Session, prompt: RegExp, keys: string): Promise<void> {
  await s.waitFor(prompt);
  s.mark();
  await s.type(keys);
}

const readState = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'sc-setup.json'), 'utf8'));

describe('a Japanese operator at a terminal', () => {
  it('はい and いいえ are read as typed; full-width ｙｅｓ counts; nonsense is asked again', async () => {
    const dir = tempDir('sc-setup-pty-ja-');
    let first: Session | undefined;
    let second: Session | undefined;
    try {
      first = run(['init', '--dir', dir, '--lang', 'ja']);
      // Typed in full-width digits, as a Japanese IME gives them: saved and echoed half-width.
      await answer(first, /会社コード/, '１００１２３' + KEY.enter);
      await first.waitFor(/✔ [^\n]*会社コード[^\n]* 100123/);
      // A (y/N) question: はい must be saved as yes (inquirer's confirm read it as the default, No).
      await answer(first, /ヤマトフルフィルメントから[\s\S]*\(はい\/いいえ\) \[空欄なら いいえ\]/, 'はい' + KEY.enter);
      await first.waitFor(/✔ ヤマトフルフィルメントからSTOCKCREWに切り替えますか はい/);
      // A (Y/n) question: いいえ must pause the step (it used to complete it).
      await answer(first, /手順1「ユーザー登録」を管理画面で完了しましたか\? \(はい\/いいえ\) \[空欄なら はい\]/, 'いいえ' + KEY.enter);
      expect(await first.exited()).toBe(0);
      expect(first.screen()).toContain('手順1で一時停止しました');
      const paused = readState(dir);
      expect(paused.answers['sc.fromYamatoFF']).toBe(true);
      expect(paused.answers['sc.companyCode']).toBe('100123');
      expect(paused.steps).toEqual({});

      second = run(['continue', '--dir', dir, '--lang', 'ja']);
      await answer(second, /手順1「ユーザー登録」を管理画面で完了しましたか/, 'maybe' + KEY.enter);
      await second.waitFor(/「maybe」は はい\/いいえ の答えとして読めません/);
      await answer(second, /\? 手順1「ユーザー登録」を管理画面で完了しましたか/, 'ｙｅｓ' + KEY.enter);
      await second.waitFor(/✔ 手順1 完了/);
      // Step 2 asks its one question; a no is not enough to complete it, and is asked again.
      await answer(second, /ログインできましたか \(はい\/いいえ\)/, 'ＮＯ' + KEY.enter);
      await second.waitFor(/「はい」になるまで、この手順は完了できません/);
      await answer(second, /\? STOCKCREWの管理画面にログインできましたか/, 'ＹＥＳ' + KEY.enter);
      await second.waitFor(/✔ 手順2 完了/);
      await answer(second, /STOCKCREWに登録した店舗名/, 'テスト店' + KEY.enter);
      await answer(second, /店舗は1つだけですか \(はい\/いいえ\)/, 'Y' + KEY.enter);
      await answer(second, /「OFF」と入力してください/, 'ＯＦＦ' + KEY.enter);
      await answer(second, /手順3「店舗の登録」を管理画面で完了しましたか/, KEY.enter);
      await answer(second, /在庫連携先拠点/, KEY.enter);
      await answer(second, /手順4「[^」]+」を管理画面で完了しましたか/, 'y' + KEY.enter);
      await answer(second, /このネクストエンジンを既に使っていますか[\s\S]*\[空欄なら いいえ\]/, 'いいえ' + KEY.enter);
      // Step 5 offers the one mall it guides, with key help in Japanese.
      await answer(second, /連携するモール・カート[\s\S]*↑↓ で選び、⏎ で決定/, KEY.enter);
      await answer(second, /ネクストエンジンに登録した店舗名/, 'テ');
      second.write(KEY.ctrlC);
      expect(await second.exited()).toBe(130);

      const saved = readState(dir);
      expect(Object.keys(saved.steps).sort()).toEqual(['1', '2', '3', '4']);
      expect(saved.answers).toMatchObject({ 'sc.fromYamatoFF': true, 'sc.loggedIn': true, 'sc.singleShop': true, 'ne.existingUser': false, mall: 'yahoo' });
      expect(second.screen()).not.toContain('手順2「ログイン」を管理画面で完了しましたか');
      expect(second.screen()).toContain('中断しました');
      for (const screen of [first.screen(), second.screen()]) expect(screen).not.toMatch(ENGLISH);
    } finally {
      first?.kill();
      second?.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('a failing task says what is wrong once, in Japanese, on a terminal and without one', async () => {
    const dir = tempDir('sc-setup-pty-ja-fail-');
    let s: Session | undefined;
    try {
      const bad = path.join(dir, 'quantity.csv');
      fs.writeFileSync(bad, 'foo,bar\r\n1,2\r\n');
      const answers = sampleAnswersFile(dir, [], { 'files.yahooQuantity': bad });
      const work = path.join(dir, 'work');
      s = run(['init', '--dir', work, '--lang', 'ja', '--yes', '--answers', answers]);
      expect(await s.exited()).toBe(2);
      const screen = s.screen();
      expect(screen).toContain('✘ ne-goods を作成');
      expect(screen.match(/必要な列「code」が見つかりません/g)).toHaveLength(1);
      expect(screen).not.toMatch(ENGLISH);

      const piped = spawnSync(process.execPath, [BIN, 'init', '--dir', work, '--fresh', '--lang', 'ja', '--answers', answers, '--non-interactive'], { encoding: 'utf8' });
      expect(piped.status).toBe(2);
      expect(piped.stderr).toContain('✘ ne-goods を作成');
      expect(piped.stderr.match(/必要な列「code」が見つかりません/g)).toHaveLength(1);
      expect(piped.stderr).not.toMatch(ENGLISH);
    } finally {
      s?.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
