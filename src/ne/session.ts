/**
 * A Next Engine session for one command: the saved login, the folder's NE lock (one sc-setup
 * talking to Next Engine per login, so a token renewal is never raced by a second process),
 * and the client. Closing releases the lock; exiting does too.
 */
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { neText as m } from '../i18n/ne.js';
import { acquireLock } from '../state/lock.js';
import { NeClient, type NeClientOptions } from './client.js';
import { neEndpoints } from './config.js';
import { loginDir, readLogin, refreshExpired, type NeLogin } from './token-store.js';

export interface NeSession {
  client: NeClient;
  close(): void;
}

/** Test seams: a quicker back-off, a smaller page. */
export type NeOverrides = Partial<Pick<NeClientOptions, 'sleep' | 'fetch' | 'pageSize'>>;

/** The saved login, if it can still be used (its refresh token has not passed its end date). */
export function usableLogin(ctx: Pick<Context, 'dir' | 'now'>): NeLogin | undefined {
  const login = readLogin(ctx.dir);
  return login && !refreshExpired(login, ctx.now()) ? login : undefined;
}

export function openNe(ctx: Context, overrides: NeOverrides = {}): NeSession {
  const login = readLogin(ctx.dir);
  if (!login) throw new UserError(m.notLoggedIn(), m.loginHint());
  if (refreshExpired(login, ctx.now())) {
    throw new UserError(m.loginExpired({ date: login.refreshTokenEndDate ?? '' }), m.loginHint());
  }
  const lock = acquireLock(loginDir(ctx.dir), ctx.now());
  const client = new NeClient({ dir: ctx.dir, api: neEndpoints().api, now: ctx.now, ...overrides }, login);
  return { client, close: () => lock.release() };
}

export async function withNe<T>(ctx: Context, run: (client: NeClient) => Promise<T>, overrides: NeOverrides = {}): Promise<T> {
  const session = openNe(ctx, overrides);
  try {
    return await run(session.client);
  } finally {
    session.close();
  }
}
