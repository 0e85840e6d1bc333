/**
 * The built binary against the fake Next Engine: login by flag and by an address pasted in a
 * real pseudo-terminal, the --from-ne routes, and that no token ever reaches stdout, stderr,
 * --debug output or sc-setup.json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAnswersFile, SAMPLE } from '../helpers/commands.js';
import { stopChild } from '../helpers/children.js';
import { tempDir } from '../helpers/context.js';
import { startFakeNe, type FakeNe } from '../helpers/fake-ne.js';
import { goodsRows, orderRows, stockRows } from '../helpers/ne-seed.js';
import { BIN, KEY, personEnv, run } from '../helpers/pty.js';

let fake: FakeNe;
let dir: string;

const neEnv = () => ({ SC_SETUP_NE_API_URL: fake.url, SC_SETUP_NE_SIGNIN_URL: fake.url, NE_CLIENT_ID: fake.clientId, NE_CLIENT_SECRET: fake.clientSecret });

/** The binary, asynchronously: the fake server lives in this process and must keep answering. */
async function sc(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', CI: 'true', ...neEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, out, err };
  } finally {
    await stopChild(child);
  }
}

function expectNoSecrets(...texts: string[]): void {
  for (const t of texts) {
    for (const tok of fake.issued) expect(t).not.toContain(tok);
    expect(t).not.toContain(fake.clientSecret);
  }
}

beforeEach(async () => {
  fake = await startFakeNe({
    goods: goodsRows(path.join(SAMPLE, 'traps', 'ne-goods.csv')),
    stock: stockRows(path.join(SAMPLE, 'ne-stock.csv')),
    orders: orderRows(path.join(SAMPLE, 'ne-orders.csv')),
  });
  dir = tempDir('sc-setup-ne-');
});
afterEach(async () => {
  await fake.close();
});

describe('sc-setup ne through the binary', () => {
  it('logs in by flag, reads through --from-ne, and never shows a token (not even with --debug)', async () => {
    const { uid, state } = fake.signIn();
    const login = await sc(['ne', 'login', '--dir', dir, '--redirected-url', `https://example.com/cb?uid=${uid}&state=${state}`]);
    expect(login.code).toBe(0);
    expect(login.err).toContain('ネクストエンジンにログインしました');
    const tokenFile = path.join(dir, '.sc-setup', 'ne-token.json');
    if (process.platform !== 'win32') expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);

    const verify = await sc(['verify', 'stock', '--from-ne', '--json', '--dir', dir, '--sc-stock', path.join(SAMPLE, 'sc-stock.csv')]);
    expect(verify.code).toBe(1);
    expect(JSON.parse(verify.out)).toMatchObject({ ok: false, compared: 17, matched: 16, differences: [{ code: 'towel-01-gy', sc: 11, ne: 12 }] });

    const check = await sc(['check', '--from-ne', '--json', '--debug', '--dir', dir]);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out).findings.map((f: { rule: string }) => f.rule)).toContain('tags.full-width');

    const list = await sc(['export', 'cancel-list', '--from-ne', '--before', '2026-11-01', '--json', '--dir', dir]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out).files[0].rows).toBe(2);

    // A checklist run while logged in: steps 1-8, then step 9 waits for the tag upload.
    const init = await sc(['init', '--dir', dir, '--answers', sampleAnswersFile(dir), '--non-interactive', '--debug']);
    expect(init.code).toBe(1);
    expect(init.err).toContain('アップロードしたタグがありません');

    fake.expireRefresh();
    const expired = await sc(['verify', 'stock', '--from-ne', '--debug', '--dir', dir, '--sc-stock', path.join(SAMPLE, 'sc-stock.csv')]);
    expect(expired.code).toBe(2);
    expect(expired.err).toContain('002004');
    expect(expired.err).toContain('sc-setup ne login');
    expect(expired.err).not.toMatch(/\n\s+at /);

    const stateFile = fs.readFileSync(path.join(dir, 'sc-setup.json'), 'utf8');
    expectNoSecrets(login.out, login.err, verify.out, verify.err, check.out, check.err, list.out, list.err, init.out, init.err, expired.out, expired.err, stateFile);
    expect(fs.readFileSync(tokenFile, 'utf8')).toContain(fake.issued.at(-2));
  });

  it('logs in by the address pasted in a terminal', async () => {
    const s = run(['ne', 'login', '--dir', dir, '--lang', 'en', '--redirect-uri', 'https://example.com/cb'], { env: personEnv(neEnv()) });
    try {
      const [url] = await s.consume(/http:\/\/127\.0\.0\.1:\d+\/users\/sign_in\/\S+/);
      await s.waitFor(/Paste the address from the browser/);
      // The browser: sign in, land on the redirect URI (which need not load).
      const landed = (await fetch(url, { redirect: 'manual' })).headers.get('location')!;
      expect(landed).toMatch(/^https:\/\/example\.com\/cb\?uid=/);
      s.mark();
      await s.type(landed + KEY.enter);
      await s.waitFor(/Logged in to Next Engine/);
      expect(await s.exited()).toBe(0);
      expect(s.screen()).toContain('Company: 株式会社髙橋雑貨');
      expectNoSecrets(s.screen());
    } finally {
      await s.kill();
    }
  });
});
