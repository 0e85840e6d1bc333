/**
 * The operators' clock is Japan's (Asia/Tokyo: UTC+9, no daylight saving), whatever time
 * zone the machine is set to: every date or time a message shows and every "today" a check
 * compares with comes from here. Plain offset arithmetic rather than Intl, so the answer
 * does not depend on the ICU data a Node build carries.
 */
import type { Text } from '../i18n/text.js';

const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** Japan's wall clock at that instant: YYYY-MM-DD HH:MM:SS. */
export function japanClock(at: Date): string {
  const iso = new Date(at.getTime() + JAPAN_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The instant at which Japan's wall clock reads this date and time (month 1–12). */
export function fromJapanClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - JAPAN_OFFSET_MS);
}

/** The calendar day in Japan at that instant, YYYY-MM-DD. */
export function japanDay(at: Date): string {
  return japanClock(at).slice(0, 10);
}

/** Today in Japan as midnight UTC of that calendar day, for whole-day arithmetic. */
export function japanToday(now: Date): Date {
  return new Date(`${japanDay(now)}T00:00:00Z`);
}

/** A stored ISO time (or Date) as Japan's date and time, minutes precision. */
export function japanDateTime(at: Date | string): Text {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return { ja: String(at), en: String(at) };
  const shown = japanClock(d).slice(0, 16);
  return { ja: shown, en: `${shown} JST` };
}

/** Japan's date and time as a file-name stamp, YYYYMMDDTHHMMSS. */
export function japanStamp(at: Date): string {
  return japanClock(at).replace(/[-:]/g, '').replace(' ', 'T');
}
