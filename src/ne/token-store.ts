/**
 * The Next Engine login of one working folder: `<dir>/.sc-setup/ne-token.json`, readable by
 * the operator's account only (0600 in a 0700 folder), replaced whole (temporary file +
 * rename) every time Next Engine answers with tokens. Never part of sc-setup.json, never
 * printed.
 *
 * Why after EVERY answer: each call may return new tokens, error answers included, and the
 * old access token is refused once a new one was issued (002002); an expired refresh token
 * needs a new sign-in (002004). Only 002002, 002004 and some 999999 answers carry no valid
 * tokens (https://developer.next-engine.com/faq, https://developer.next-engine.com/api/refresh_token).
 */
import fs from 'node:fs';
import path from 'node:path';
import { renameWithRetry, tempPathFor } from '../csv/atomic.js';
import { UserError } from '../errors.js';
import { errorReason } from '../i18n/errno.js';
import { neText as m } from '../i18n/ne.js';
import { parseNeTime } from './time.js';

export const LOGIN_DIR = '.sc-setup';
export const TOKEN_FILE = 'ne-token.json';

export interface NeLogin {
  accessToken: string;
  refreshToken: string;
  /** As Next Engine wrote them (Japan time), or null when an answer did not say. */
  accessTokenEndDate: string | null;
  refreshTokenEndDate: string | null;
  /** The company that signed in (api_neauth answers company_ne_id and company_name). */
  company: { neId: string | null; name: string | null };
  savedAt: string;
}

export function loginDir(dir: string): string {
  return path.join(dir, LOGIN_DIR);
}

export function tokenPath(dir: string): string {
  return path.join(loginDir(dir), TOKEN_FILE);
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function readLogin(dir: string): NeLogin | undefined {
  const file = tokenPath(dir);
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(m.tokenUnreadable({ file, detail: errorReason(err) }), m.loginAgainHint());
  }
  let doc: Record<string, unknown> | null;
  try {
    doc = JSON.parse(raw) as Record<string, unknown> | null;
  } catch {
    doc = null;
  }
  if (!doc || typeof doc !== 'object') throw new UserError(m.tokenDamaged({ file }), m.loginAgainHint());
  const company = (doc.company ?? {}) as Record<string, unknown>;
  const accessToken = text(doc.accessToken);
  const refreshToken = text(doc.refreshToken);
  if (!accessToken || !refreshToken) throw new UserError(m.tokenDamaged({ file }), m.loginAgainHint());
  return {
    accessToken,
    refreshToken,
    accessTokenEndDate: text(doc.accessTokenEndDate),
    refreshTokenEndDate: text(doc.refreshTokenEndDate),
    company: { neId: text(company.neId), name: text(company.name) },
    savedAt: text(doc.savedAt) ?? '',
  };
}

/**
 * The login an answer leaves: its tokens and end dates, the company it names (api_neauth) or
 * the one already known. Undefined when the answer carries no tokens.
 */
export function loginFromAnswer(previous: NeLogin | undefined, answer: Record<string, unknown>, now: Date): NeLogin | undefined {
  const accessToken = text(answer.access_token);
  const refreshToken = text(answer.refresh_token);
  if (!accessToken || !refreshToken) return undefined;
  return {
    accessToken,
    refreshToken,
    accessTokenEndDate: text(answer.access_token_end_date),
    refreshTokenEndDate: text(answer.refresh_token_end_date),
    company: {
      neId: text(answer.company_ne_id) ?? previous?.company.neId ?? null,
      name: text(answer.company_name) ?? previous?.company.name ?? null,
    },
    savedAt: now.toISOString(),
  };
}

/** The login folder, private to the operator's account (it may exist already, e.g. made by a lock). */
export function ensureLoginDir(dir: string): string {
  const folder = loginDir(dir);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
  return folder;
}

export async function writeLogin(dir: string, login: NeLogin): Promise<void> {
  ensureLoginDir(dir);
  const file = tokenPath(dir);
  const temp = tempPathFor(file);
  const handle = await fs.promises.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(JSON.stringify(login, null, 2) + '\n', 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameWithRetry(temp, file);
}

/** Forget the login; false when there was none. */
export function removeLogin(dir: string): boolean {
  const file = tokenPath(dir);
  try {
    fs.unlinkSync(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new UserError(m.tokenUnreadable({ file, detail: errorReason(err) }));
  }
}

/** Remove the login folder once nothing is left in it. */
export function tidyLoginDir(dir: string): void {
  try {
    fs.rmdirSync(loginDir(dir));
  } catch {
    // not empty (another file, a lock held) or already gone: leave it
  }
}

/** Whether the refresh token's end date (as saved) has passed: a new sign-in is needed. */
export function refreshExpired(login: NeLogin, now: Date): boolean {
  const end = parseNeTime(login.refreshTokenEndDate);
  return end !== null && end.getTime() <= now.getTime();
}
