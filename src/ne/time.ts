/**
 * Next Engine writes every date as `YYYY-MM-DD HH:MM:SS` in Japan time (the samples of
 * https://developer.next-engine.com/api/param/search and /api/api_v1_master_shop/checkconnect:
 * `"access_token_end_date": "2017-04-19 11:21:13"`), and takes search conditions on dates in
 * the same form. Japan has no daylight saving time: UTC+9 all year.
 */
import { fromJapanClock, japanClock } from '../locale/japan-time.js';

/** The instant a Next Engine date names, or null when it is not one. */
export function parseNeTime(value: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec((value ?? '').trim());
  if (!m) return null;
  const at = fromJapanClock(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isNaN(at.getTime()) ? null : at;
}

/** An instant as Next Engine writes it (Japan time). */
export function neTime(at: Date): string {
  return japanClock(at);
}
