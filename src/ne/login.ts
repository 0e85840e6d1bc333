/**
 * Signing in to Next Engine from a terminal. Next Engine signs people in on its own page,
 * then sends the browser to the app's Redirect URI with `uid` and `state` (valid 5 minutes);
 * api_neauth turns them, with client_id and client_secret, into tokens and names the company
 * (https://developer.next-engine.com/api/auth, /api/param/access_token). sc-setup has no web
 * server: the operator pastes the address the browser landed on (a page that fails to load is
 * fine, only its address is read), as the npm package next-engine's bin/neauth does.
 */
import { UserError } from '../errors.js';
import { neText as m } from '../i18n/ne.js';
import type { NeClient } from './client.js';
import { NE_AUTH, SIGN_IN_PATH } from './endpoints.js';

export interface NeCredentials {
  clientId: string;
  clientSecret: string;
}

/** NE_CLIENT_ID and NE_CLIENT_SECRET, from the environment only; never stored, never shown. */
export function credentialsFrom(env: NodeJS.ProcessEnv): NeCredentials {
  const clientId = env.NE_CLIENT_ID?.trim() ?? '';
  const clientSecret = env.NE_CLIENT_SECRET?.trim() ?? '';
  const missing = [clientId ? '' : 'NE_CLIENT_ID', clientSecret ? '' : 'NE_CLIENT_SECRET'].filter(Boolean);
  if (missing.length > 0) throw new UserError(m.credentialsMissing({ names: missing.join(', ') }), m.credentialsHint());
  return { clientId, clientSecret };
}

export function signInUrl(signInBase: string, clientId: string, redirectUri: string): string {
  return `${signInBase}${SIGN_IN_PATH}?${new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri }).toString()}`;
}

/** uid and state from a pasted address (a full URL, or only its query), or null. */
export function uidAndState(pasted: string): { uid: string; state: string } | null {
  const text = pasted.trim();
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  const params = new URLSearchParams(query.split('#')[0]);
  const uid = params.get('uid')?.trim() ?? '';
  const state = params.get('state')?.trim() ?? '';
  return uid && state ? { uid, state } : null;
}

/** Exchange uid and state for tokens; the client saves them with the company. */
export async function exchange(client: NeClient, credentials: NeCredentials, uid: string, state: string): Promise<void> {
  await client.request(NE_AUTH, { client_id: credentials.clientId, client_secret: credentials.clientSecret, uid, state }, false);
}
