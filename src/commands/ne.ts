/**
 * `sc-setup ne login | status | logout`: the folder's Next Engine login. Only login talks to
 * Next Engine (api_neauth); status reads the saved file; logout deletes it (there is nothing
 * to undo on Next Engine's side). Tokens are never printed; the client secret is never
 * printed, and the client id only inside the sign-in address, where Next Engine needs it.
 */
import type { Context } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { neText as m } from '../i18n/ne.js';
import { NeClient } from '../ne/client.js';
import { neEndpoints } from '../ne/config.js';
import { credentialsFrom, exchange, signInUrl, uidAndState } from '../ne/login.js';
import { ensureLoginDir, loginDir, readLogin, refreshExpired, removeLogin, tidyLoginDir, tokenPath, type NeLogin } from '../ne/token-store.js';
import { acquireLock } from '../state/lock.js';

export interface NeCommandOptions {
  redirectUri?: string;
  redirectedUrl?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function statusDoc(login: NeLogin | undefined, now: Date) {
  if (!login) return { loggedIn: false as const };
  return {
    loggedIn: true as const,
    expired: refreshExpired(login, now),
    company: login.company,
    accessTokenEndDate: login.accessTokenEndDate,
    refreshTokenEndDate: login.refreshTokenEndDate,
  };
}

function describe(ctx: Context, login: NeLogin): string[] {
  const L = ctx.lang;
  return [
    m.company({ name: login.company.name ?? '-', id: login.company.neId ?? '-' })[L],
    m.endDates({ access: login.accessTokenEndDate ?? '-', refresh: login.refreshTokenEndDate ?? '-' })[L],
    m.savedIn({ file: tokenPath(ctx.dir) })[L],
  ];
}

/** The address the browser landed on: from the flag, else pasted at a prompt. */
async function redirectedAddress(ctx: Context, opts: NeCommandOptions, clientId: string): Promise<string> {
  const given = str(opts.redirectedUrl);
  if (given !== undefined) return given;
  const redirectUri = str(opts.redirectUri) ?? str(process.env.NE_REDIRECT_URI);
  if (redirectUri === undefined) throw new UserError(m.redirectUriMissing(), m.redirectUriHint());
  const L = ctx.lang;
  ctx.stderr.write(`${m.openThis()[L]}\n\n  ${signInUrl(neEndpoints().signIn, clientId, redirectUri)}\n\n${m.afterSignIn()[L]}\n`);
  if (!ctx.interactive) throw new UserError(m.pasteNeedsTerminal(), m.pasteNeedsTerminalHint());
  return ctx.prompter.input({
    message: m.pastePrompt()[L],
    validate: (typed) => (uidAndState(typed) ? true : m.pasteInvalid()[L]),
  });
}

async function login(ctx: Context, opts: NeCommandOptions): Promise<number> {
  const credentials = credentialsFrom(process.env);
  const address = await redirectedAddress(ctx, opts, credentials.clientId);
  const pair = uidAndState(address);
  if (!pair) throw new UserError(m.pasteInvalid(), m.pasteInvalidHint());
  const lock = acquireLock(ensureLoginDir(ctx.dir), ctx.now());
  try {
    await exchange(new NeClient({ dir: ctx.dir, api: neEndpoints().api, now: ctx.now }), credentials, pair.uid, pair.state);
  } finally {
    lock.release();
  }
  const saved = readLogin(ctx.dir);
  if (!saved) throw new UserError(m.noTokens(), m.neErrorHint());
  if (ctx.json) ctx.stdout.write(JSON.stringify(statusDoc(saved, ctx.now()), null, 2) + '\n');
  ctx.stderr.write([m.loggedIn()[ctx.lang], ...describe(ctx, saved), m.readOnly()[ctx.lang]].join('\n') + '\n');
  return EXIT.ok;
}

function status(ctx: Context): number {
  const saved = readLogin(ctx.dir);
  const doc = statusDoc(saved, ctx.now());
  const usable = doc.loggedIn && !doc.expired;
  if (ctx.json) {
    ctx.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    return usable ? EXIT.ok : EXIT.problems;
  }
  const L = ctx.lang;
  const lines = !saved
    ? [m.notLoggedIn()[L], m.loginHint()[L]]
    : [(doc.loggedIn && doc.expired ? m.statusExpired() : m.statusLoggedIn())[L], ...describe(ctx, saved)];
  if (saved && !usable) lines.push(m.loginHint()[L]);
  ctx.stdout.write(lines.join('\n') + '\n');
  return usable ? EXIT.ok : EXIT.problems;
}

function logout(ctx: Context): number {
  const lock = acquireLock(loginDir(ctx.dir), ctx.now());
  let removed: boolean;
  try {
    removed = removeLogin(ctx.dir);
  } finally {
    lock.release();
  }
  tidyLoginDir(ctx.dir);
  if (ctx.json) ctx.stdout.write(JSON.stringify({ loggedIn: false, removed }, null, 2) + '\n');
  ctx.stderr.write((removed ? m.loggedOut() : m.wasNotLoggedIn())[ctx.lang] + '\n');
  return EXIT.ok;
}

export async function runNeCommand(ctx: Context, action: 'login' | 'status' | 'logout', opts: NeCommandOptions = {}): Promise<number> {
  switch (action) {
    case 'login':
      return login(ctx, opts);
    case 'status':
      return status(ctx);
    case 'logout':
      return logout(ctx);
  }
}
