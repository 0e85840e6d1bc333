/**
 * Where the Next Engine API lives and the limits this client keeps. Every fact has its page:
 * - base https://api.next-engine.org, every call a POST of form fields, answers in JSON;
 *   sign-in at https://base.next-engine.org/users/sign_in/ with client_id and redirect_uri
 *   (https://developer.next-engine.com/api/auth, https://developer.next-engine.com/api/param/common;
 *   the same hosts in hamee-dev/sdk-php src/neApiClient.php, takaaki-s/nextengine-sdk-go
 *   nextengine/nextengine.go and the npm package next-engine lib/Connection.ts)
 * - search: `fields` required, `offset` (default 0), `limit` (default 10000), conditions
 *   `<field>-<op>`; `wait_flag=1` makes an overloaded server wait instead of answering 003002
 *   (https://developer.next-engine.com/api/param/search)
 * - at most 1000 values in one `-in` condition: as issue 11 cites /api/param/search; the page
 *   excerpts available here do not show the number, so lists are split at 1000 (the safe side)
 *
 * SC_SETUP_NE_API_URL and SC_SETUP_NE_SIGNIN_URL point the client at a staging server or the
 * test suite's fake one.
 */
export const DEFAULT_API_BASE = 'https://api.next-engine.org';
export const DEFAULT_SIGNIN_BASE = 'https://base.next-engine.org';

/** Search page size: the API's own default and the largest page it documents. */
export const PAGE_SIZE = 10_000;
/** Values per `-in` condition. */
export const IN_LIMIT = 1000;
/** Attempts for one call when Next Engine is overloaded or unreachable (the first plus retries). */
export const ATTEMPTS = 5;
/** First back-off; each retry waits twice as long (2 s, 4 s, 8 s, 16 s). */
export const BACKOFF_MS = 2000;
/**
 * With wait_flag=1 Next Engine itself waits up to 60 minutes before answering (param/common),
 * so a call is only given up after that.
 */
export const CALL_TIMEOUT_MS = 65 * 60 * 1000;

export interface NeEndpoints {
  api: string;
  signIn: string;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function neEndpoints(env: NodeJS.ProcessEnv = process.env): NeEndpoints {
  return {
    api: trimSlash(env.SC_SETUP_NE_API_URL?.trim() || DEFAULT_API_BASE),
    signIn: trimSlash(env.SC_SETUP_NE_SIGNIN_URL?.trim() || DEFAULT_SIGNIN_BASE),
  };
}
