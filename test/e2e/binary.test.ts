/**
 * The built binary as operators and their scripts call it: exit codes, streams, files.
 * (npm test builds dist/ before the tests run.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { sampleAnswersFile, SAMPLE } from '../helpers/commands.js';
import { tempDir } from '../helpers/context.js';
import { invariantBreaks, readTagFlow } from '../helpers/invariant.js';
import { BIN, ROOT } from '../helpers/pty.js';

function sc(args: string[], env: Record<string, string | undefined> = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    // Killed if it hangs, so that it never outlives the test.
    timeout: 30_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', CI: 'true', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('sc-setup binary', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = sc(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it('--help is Japanese by default and English with --lang en or an English LANG', () => {
    const ja = sc(['--help']).out;
    expect(ja).toContain('セットアップ');
    expect(ja).toMatch(/^使い方: sc-setup/m);
    expect(ja).toMatch(/^オプション:$/m);
    expect(ja).toMatch(/^コマンド:$/m);
    expect(sc(['--help', '--lang', 'en']).out).toContain('Setup assistant');
    expect(sc(['--help'], { LANG: 'en_US.UTF-8' }).out).toContain('Setup assistant');
    expect(sc(['export', '--help', '--lang', 'en']).out).toContain('ne-mall-items');
    // Each command's help lists the global options scripts pass (--json, --dir), in the help's language.
    const status = sc(['status', '--help']).out;
    expect(status).toMatch(/^共通オプション:$/m);
    expect(status).toMatch(/^  --json +結果を JSON で標準出力に出す$/m);
    expect(status).not.toContain('Global Options');
    expect(sc(['verify', '--help', '--lang', 'en']).out).toMatch(/^Global Options:[\s\S]*--json/m);
  });

  it('an unknown flag is exit 2 with a message in the operator language', () => {
    const r = sc(['status', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不明なオプション --bogus');
    expect(r.err).toContain('sc-setup --help');
    expect(sc(['--lang', 'fr', 'status']).code).toBe(2);
  });

  it('runs the README sample setup with no prompt, writing CP932 CRLF upload files', () => {
    const dir = tempDir();
    const r = sc(['init', '--dir', dir, '--answers', path.join(SAMPLE, 'answers.json'), '--non-interactive']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('30手順すべて完了しました');
    const tags = fs.readFileSync(path.join(dir, 'out', 'ne-tags.csv'));
    expect(tags.includes(Buffer.from('\r\n'))).toBe(true);
    const text = iconv.decode(tags, 'cp932');
    expect(text.startsWith('syohin_code,tag\r\n')).toBe(true);
    expect(text).toContain('[STOCKCREW連携対象]');
    expect(tags.includes(Buffer.from('[STOCKCREW連携対象]', 'utf8'))).toBe(false);

    const status = sc(['status', '--dir', dir, '--json']);
    expect(status.code).toBe(0);
    const doc = JSON.parse(status.out);
    expect(doc.mall).toBe('yahoo');
    expect(doc.next).toBeNull();
    expect(doc.steps.every((s: { state: string }) => s.state === 'done')).toBe(true);
  });

  it('npm run sample: every product tagged at step 9 is in sc-goods and sc-item-map, and the run says so', async () => {
    const dir = tempDir();
    try {
      const r = sc(['init', '--dir', dir, '--answers', path.join(SAMPLE, 'answers.json'), '--non-interactive', '--fresh', '--lang', 'en']);
      expect(r.code).toBe(0);
      expect(r.err).toContain('✔ Check that the tags of step 9 arrived: all 17 carry the tag');
      expect(r.err).toContain('Wrote out/sc-goods.csv (17 rows');
      expect(r.err).toContain('Wrote out/sc-item-map.csv (17 rows');
      expect(invariantBreaks(await readTagFlow(dir), ['tray-01'])).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a command given without its subcommand (sc-setup, sc-setup ne) shows its help in Japanese too, on stderr', () => {
    for (const args of [[], ['ne']]) {
      const r = sc(args);
      expect(r.err, args.join(' ')).toMatch(/^使い方: sc-setup/m);
      expect(r.err, args.join(' ')).toMatch(/^コマンド:$/m);
      expect(r.err, args.join(' ')).not.toMatch(/^(Usage|Options|Commands):/m);
      expect(r.out).toBe('');
    }
    expect(sc(['ne', '--lang', 'en']).err).toMatch(/^Usage: sc-setup ne/m);
  });

  it('help in both languages lists answers and set; reset --all without a terminal needs --yes', () => {
    for (const [lang, answers, set] of [
      ['ja', '保存されている回答を一覧表示', '保存されている回答を1つ変える'],
      ['en', 'list the saved answers', 'change one saved answer'],
    ] as const) {
      const help = sc(['--help', '--lang', lang]).out;
      expect(help).toMatch(new RegExp(`^  answers +${answers}`, 'm'));
      expect(help).toMatch(new RegExp(`^  set <key=value> +${set}`, 'm'));
    }
    const dir = tempDir();
    try {
      expect(sc(['init', '--dir', dir, '--answers', sampleAnswersFile(dir)]).code).toBe(0);
      const refused = sc(['reset', '--all', '--dir', dir, '--lang', 'en']);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('add --yes');
      expect(fs.existsSync(path.join(dir, 'sc-setup.json'))).toBe(true);
      expect(sc(['reset', '--all', '--yes', '--dir', dir]).code).toBe(0);
      expect(fs.existsSync(path.join(dir, 'sc-setup.json'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--non-interactive without answers: exit 2 listing the missing answers, no state written', () => {
    const dir = tempDir();
    const r = sc(['init', '--dir', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('sc.companyCode');
    expect(r.err).toContain('confirm.sc-toggles-off');
    expect(fs.existsSync(path.join(dir, 'sc-setup.json'))).toBe(false);
  });

  it('without a terminal and without CI set, it still never prompts', () => {
    const dir = tempDir();
    const r = sc(['init', '--dir', dir, '--lang', 'en'], { CI: undefined });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Missing answers');
  });

  it('a second init refuses (exit 2) unless --fresh, which keeps a backup', () => {
    const dir = tempDir();
    const answers = sampleAnswersFile(dir);
    expect(sc(['init', '--dir', dir, '--answers', answers]).code).toBe(0);
    const again = sc(['init', '--dir', dir, '--answers', answers]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('sc-setup continue');
    expect(sc(['init', '--dir', dir, '--answers', answers, '--fresh']).code).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak.json'))).toHaveLength(1);
  });

  it('SC_SETUP_DIR picks the working folder', () => {
    const dir = tempDir();
    expect(sc(['init', '--answers', sampleAnswersFile(dir)], { SC_SETUP_DIR: dir }).code).toBe(0);
    expect(sc(['status'], { SC_SETUP_DIR: dir }).out).toContain('30/30');
  });

  it('a damaged state file: exit 2, the file named, no stack trace, file untouched', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'sc-setup.json'), '{"schemaVersion": 1,,}');
    for (const cmd of [['status'], ['continue']]) {
      const r = sc([...cmd, '--dir', dir, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.err).toContain(path.join(dir, 'sc-setup.json'));
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(fs.readFileSync(path.join(dir, 'sc-setup.json'), 'utf8')).toBe('{"schemaVersion": 1,,}');
  });

  it('--json on an error prints one JSON document on stdout and the message on stderr', () => {
    const dir = tempDir();
    const r = sc(['status', '--dir', dir, '--json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, error: { exitCode: 2 } });
    expect(r.err).toContain('No setup in');
  });

  it('--json on a usage error (unknown option, missing argument) prints the JSON document too', () => {
    const dir = tempDir();
    const unknown = sc(['status', '--dir', dir, '--json', '--bogus', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.out)).toEqual({ ok: false, error: { exitCode: 2, message: 'Unknown option --bogus.' } });
    expect(unknown.err).toContain('Unknown option --bogus.');
    const missing = sc(['export', '--json', '--lang', 'ja']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out)).toMatchObject({ ok: false, error: { exitCode: 2, message: '引数 artifact が必要です。' } });
  });

  it('NO_COLOR and --no-color keep escape codes out of the output', () => {
    const dir = tempDir();
    expect(sc(['init', '--dir', dir, '--answers', sampleAnswersFile(dir)]).code).toBe(0);
    const r = sc(['status', '--dir', dir], { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(r.out).not.toContain('\u001b[');
    const flag = sc(['status', '--dir', dir, '--no-color'], { FORCE_COLOR: '1' });
    expect(flag.code).toBe(0);
    expect(flag.out).not.toContain('\u001b[');
  });

  it('a gated step is refused with exit 1 and the reason', () => {
    const dir = tempDir();
    const answers = sampleAnswersFile(dir);
    expect(sc(['init', '--dir', dir, '--answers', answers]).code).toBe(0);
    expect(sc(['reset', '--dir', dir, '--step', '21']).code).toBe(0);
    const r = sc(['step', '28', '--redo', '--dir', dir, '--answers', answers, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/finish step\(s\) .*21/);
  });
});
