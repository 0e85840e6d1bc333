/**
 * A READ-ONLY Next Engine API client: searches and info calls, never create, update or
 * upload. Learned from the public SDKs (hamee-dev/sdk-php src/neApiClient.php, the npm package
 * next-engine lib/Connection.ts and lib/Query.ts, takaaki-s/nextengine-sdk-go
 * nextengine/nextengine.go); written for this tool with Node's own fetch.
 *
 * - Every call is a form POST carrying access_token and refresh_token (with the refresh token
 *   an expired access token is renewed by the call itself) and wait_flag=1
 *   (https://developer.next-engine.com/api/refresh_token, /api/param/search).
 * - Whatever the answer, its tokens are saved before the answer is looked at (token-store.ts).
 * - result=redirect, 002002 (an access token already replaced) and 002004 (refresh token
 *   expired) need a new sign-in; 003001/003002 (server busy) and network failures are tried
 *   again a few times with growing pauses; any other error stops with Next Engine's code and
 *   message (https://developer.next-engine.com/api/param/common).
 * - One call at a time: calls are chained, never concurrent, so a renewal is never raced
 *   (session.ts also keeps a second sc-setup off the same login).
 */
import { UserError } from '../errors.js';
import { errnoWords, errorReason } from '../i18n/errno.js';
import { neText as m } from '../i18n/ne.js';
import { same, type Text } from '../i18n/text.js';
import { ATTEMPTS, BACKOFF_MS, CALL_TIMEOUT_MS, IN_LIMIT, PAGE_SIZE } from './config.js';
import { loginFromAnswer, writeLogin, type NeLogin } from './token-store.js';

/** One record of a search or info answer: every value a string ('' where Next Engine said null). */
export type NeRecord = Readonly<Record<string, string>>;

/** A parsed answer whose result was success. */
export type NeAnswer = Readonly<Record<string, unknown>>;

export interface NeClientOptions {
  /** Working folder: the login lives in <dir>/.sc-setup. */
  dir: string;
  /** API base, e.g. https://api.next-engine.org */
  api: string;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  pageSize?: number;
}

/** Codes after which only a new sign-in helps. */
const LOGIN_CODES = new Set(['002002', '002004']);
/** Codes of an overloaded server: worth another try after a pause. */
const BUSY_CODES = new Set(['003001', '003002']);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The call did not get a readable answer (no connection, not JSON, HTTP error page). */
class Unreachable extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
  }
}

/** What kept the call from an answer, in words (a connection's error code through the errno table). */
function describeFailure(err: unknown): Text {
  if (err instanceof Unreachable) return err.reason;
  const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return errnoWords(cause.code);
  if (err instanceof Error && err.name === 'TimeoutError') return errnoWords('ETIMEDOUT');
  return errorReason(err);
}

function normalize(raw: unknown): NeRecord {
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      out[k] = v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v);
    }
  }
  return out;
}

export class NeClient {
  private login: NeLogin | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly pageSize: number;

  constructor(
    private readonly o: NeClientOptions,
    login?: NeLogin,
  ) {
    this.login = login;
    this.sleep = o.sleep ?? realSleep;
    this.pageSize = o.pageSize ?? PAGE_SIZE;
  }

  /** The company of the login in use. */
  get company(): NeLogin['company'] | undefined {
    return this.login?.company;
  }

  /** One call; with `withLogin` false (api_neauth) no tokens are sent. */
  request(path: string, params: Record<string, string>, withLogin = true): Promise<NeAnswer> {
    const run = this.chain.then(() => this.send(path, params, withLogin));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Every record a search finds, page by page until a page is shorter than the page size. */
  async *search(path: string, fields: readonly string[], conditions: Record<string, string> = {}, onPage?: (fetched: number) => void): AsyncGenerator<NeRecord> {
    let fetched = 0;
    for (let offset = 0; ; offset += this.pageSize) {
      const answer = await this.request(path, { ...conditions, fields: fields.join(','), offset: String(offset), limit: String(this.pageSize) });
      const data = this.dataOf(path, answer);
      fetched += data.length;
      onPage?.(fetched);
      for (const raw of data) yield normalize(raw);
      if (data.length < this.pageSize) return;
    }
  }

  /** A search for many values of one field: one `-in` condition per IN_LIMIT values. */
  async *searchIn(
    path: string,
    fields: readonly string[],
    field: string,
    values: readonly string[],
    conditions: Record<string, string> = {},
  ): AsyncGenerator<NeRecord> {
    for (let i = 0; i < values.length; i += IN_LIMIT) {
      yield* this.search(path, fields, { ...conditions, [`${field}-in`]: values.slice(i, i + IN_LIMIT).join(',') });
    }
  }

  /** The records of an info endpoint (one answer, no paging). */
  async info(path: string): Promise<NeRecord[]> {
    return this.dataOf(path, await this.request(path, {})).map(normalize);
  }

  private dataOf(path: string, answer: NeAnswer): unknown[] {
    if (!Array.isArray(answer.data)) throw new UserError(m.noData({ path }), m.neErrorHint());
    return answer.data;
  }

  private async send(path: string, params: Record<string, string>, withLogin: boolean): Promise<NeAnswer> {
    for (let attempt = 1; ; attempt++) {
      const form = new URLSearchParams(params);
      if (withLogin) {
        if (!this.login) throw new UserError(m.notLoggedIn(), m.loginHint());
        form.set('access_token', this.login.accessToken);
        form.set('refresh_token', this.login.refreshToken);
        form.set('wait_flag', '1');
      }
      let answer: Record<string, unknown>;
      try {
        answer = await this.post(path, form);
      } catch (err) {
        if (attempt < ATTEMPTS) {
          await this.sleep(BACKOFF_MS * 2 ** (attempt - 1));
          continue;
        }
        throw new UserError(m.unreachable({ url: this.o.api + path, detail: describeFailure(err), attempts: ATTEMPTS }), m.unreachableHint());
      }
      await this.keepTokens(answer);
      if (answer.result === 'success') return answer;
      const code = typeof answer.code === 'string' ? answer.code : '';
      const message = typeof answer.message === 'string' ? answer.message : JSON.stringify(answer.message ?? '');
      if (answer.result === 'redirect' || LOGIN_CODES.has(code)) {
        throw new UserError(m.loginRefused({ code, message }), m.loginHint());
      }
      if (BUSY_CODES.has(code)) {
        if (attempt < ATTEMPTS) {
          await this.sleep(BACKOFF_MS * 2 ** (attempt - 1));
          continue;
        }
        throw new UserError(m.busy({ path, code, message, attempts: ATTEMPTS }), m.busyHint());
      }
      throw new UserError(m.neError({ path, code, message }), m.neErrorHint());
    }
  }

  private async post(path: string, form: URLSearchParams): Promise<Record<string, unknown>> {
    const doFetch = this.o.fetch ?? fetch;
    let res: Response;
    let body: string;
    try {
      res = await doFetch(this.o.api + path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
      body = await res.text();
    } catch (err) {
      throw new Unreachable(describeFailure(err));
    }
    let doc: unknown;
    try {
      doc = JSON.parse(body);
    } catch {
      throw new Unreachable(same(`HTTP ${res.status}`));
    }
    if (!doc || typeof doc !== 'object' || typeof (doc as { result?: unknown }).result !== 'string') {
      throw new Unreachable(same(`HTTP ${res.status}`));
    }
    return doc as Record<string, unknown>;
  }

  private async keepTokens(answer: Record<string, unknown>): Promise<void> {
    const next = loginFromAnswer(this.login, answer, this.o.now());
    if (!next) return;
    this.login = next;
    await writeLogin(this.o.dir, next);
  }
}
