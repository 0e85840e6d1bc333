/**
 * Pure helpers for the go-live gates and reminders: Yahoo API renewal dates, the mail
 * back-fill windows (what NE will mail when sending starts), and the readable summary of
 * findings. Calendar days are Japan's (UTC+9, no daylight saving): the operators' days.
 */
import type { Answers } from '../state/answers.js';
import { goliveText as g, ruleTitles, summaryText as s } from '../i18n/checks.js';
import type { Lang, Text } from '../i18n/text.js';
import type { Finding } from './types.js';
import { plain, type Paint } from '../paint.js';
import { japanToday } from '../locale/japan-time.js';

const DAY_MS = 86_400_000;
/**
 * Yahoo API: re-authorise every 4 weeks; the public key expires yearly, on the 有効期限 the
 * operator records at step 6 (certificates were abolished 2023-07-27)
 * (https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_yahoo/21128/).
 */
const REAUTH_DAYS = 28;
const REAUTH_SOON_DAYS = 7;
const KEY_SOON_DAYS = 30;

export type ReminderLevel = 'ok' | 'soon' | 'overdue';

export interface ApiReminders {
  reauthDue: Date | null;
  keyRenewalDue: Date | null;
  reauthLevel: ReminderLevel;
  keyLevel: ReminderLevel;
  /** Days from today (Japan) to the due date; negative when overdue, null without a date. */
  reauthDaysLeft: number | null;
  keyDaysLeft: number | null;
}

/** A YYYY-MM-DD answer as midnight UTC of that calendar day, or null. */
function parseDay(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : d;
}

export function dayString(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function level(daysLeft: number | null, soon: number): ReminderLevel {
  if (daysLeft === null) return 'ok';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= soon ? 'soon' : 'ok';
}

export function apiReminders(answers: Answers, now: Date): ApiReminders {
  const today = japanToday(now);
  const authorized = parseDay(answers['yahoo.apiAuthorizedAt']);
  const reauthDue = authorized ? new Date(authorized.getTime() + REAUTH_DAYS * DAY_MS) : null;
  let keyRenewalDue = parseDay(answers['yahoo.keyExpiresAt']);
  // Folders set up before the expiry was asked hold the issue date: a key lasts one year.
  const legacyIssued = keyRenewalDue ? null : parseDay(answers['yahoo.keyIssuedAt']);
  if (legacyIssued) {
    keyRenewalDue = new Date(legacyIssued);
    keyRenewalDue.setUTCFullYear(keyRenewalDue.getUTCFullYear() + 1);
  }
  const left = (due: Date | null) => (due ? Math.round((due.getTime() - today.getTime()) / DAY_MS) : null);
  const reauthDaysLeft = left(reauthDue);
  const keyDaysLeft = left(keyRenewalDue);
  return {
    reauthDue,
    keyRenewalDue,
    reauthLevel: level(reauthDaysLeft, REAUTH_SOON_DAYS),
    keyLevel: level(keyDaysLeft, KEY_SOON_DAYS),
    reauthDaysLeft,
    keyDaysLeft,
  };
}

/** One line per known due date, worded by how urgent it is. */
export function reminderLines(r: ApiReminders): Text[] {
  const lines: Text[] = [];
  if (r.reauthDue && r.reauthDaysLeft !== null) {
    const date = dayString(r.reauthDue);
    const fn = r.reauthLevel === 'overdue' ? g.reauthOverdue : r.reauthLevel === 'soon' ? g.reauthSoon : g.reauthOk;
    lines.push(fn({ date, days: Math.abs(r.reauthDaysLeft) }));
  }
  if (r.keyRenewalDue && r.keyDaysLeft !== null) {
    const date = dayString(r.keyRenewalDue);
    const fn = r.keyLevel === 'overdue' ? g.keyOverdue : r.keyLevel === 'soon' ? g.keySoon : g.keyOk;
    lines.push(fn({ date, days: Math.abs(r.keyDaysLeft) }));
  }
  return lines;
}

export interface MailBackfill {
  /** Earliest days (YYYY-MM-DD, Japan) for which NE creates each kind of mail when sending starts. */
  dates: { orderConfirmation: string; shippingNotice: string; follow: string };
  lines: Text[];
}

/**
 * When mail sending starts, NE also creates mails for past orders: 受注確認 for orders
 * within 1 week, 発送連絡 for orders shipped within 1 week, フォロー for orders whose
 * 出荷確定日 is within 3 months (https://manual.next-engine.net/main/orders/ord_mail/mail_settei/14789/).
 */
export function mailBackfillWindows(now: Date): MailBackfill {
  const today = japanToday(now);
  const weekAgo = dayString(new Date(today.getTime() - 7 * DAY_MS));
  const threeMonths = new Date(today);
  // Clamp to the month's end (05-31 minus 3 months is 02-28/29, not 03-03).
  const day = threeMonths.getUTCDate();
  threeMonths.setUTCDate(1);
  threeMonths.setUTCMonth(threeMonths.getUTCMonth() - 3);
  const monthEnd = new Date(Date.UTC(threeMonths.getUTCFullYear(), threeMonths.getUTCMonth() + 1, 0)).getUTCDate();
  threeMonths.setUTCDate(Math.min(day, monthEnd));
  const follow = dayString(threeMonths);
  return {
    dates: { orderConfirmation: weekAgo, shippingNotice: weekAgo, follow },
    lines: [
      g.backfillOrders({ date: weekAgo }),
      g.backfillShipped({ date: weekAgo }),
      g.backfillFollow({ date: follow }),
      g.backfillProcedure(),
    ],
  };
}

export interface SummaryOptions {
  /** Examples shown per rule (default 3). */
  examples?: number;
  /** Colours for the rule headings (plain when not given). */
  paint?: Paint;
}

function position(f: Finding): string {
  if (f.file === null) return '';
  return f.line === null ? `${f.file}: ` : `${f.file}:${f.line}: `;
}

/**
 * Findings grouped by rule, errors first: a heading with the count, the first examples
 * with file:line, then totals. Reused by `check` and by the checklist's gates.
 */
export function formatFindingsSummary(findings: readonly Finding[], lang: Lang, opts: SummaryOptions = {}): string {
  if (findings.length === 0) return s.clean()[lang];
  const examples = opts.examples ?? 3;
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const groups = [...byRule.values()].sort(
    (a, b) => (a[0]!.severity === b[0]!.severity ? 0 : a[0]!.severity === 'error' ? -1 : 1),
  );
  const titles = ruleTitles as Record<string, (() => Text) | undefined>;
  const out: string[] = [];
  for (const group of groups) {
    const first = group[0]!;
    const severity = first.severity === 'error' ? s.error() : s.warning();
    const title = titles[first.rule]?.()[lang] ?? first.rule;
    const heading = s.ruleHeading({ title, rule: first.rule, severity: severity[lang], count: group.length })[lang];
    out.push((opts.paint ?? plain)(first.severity === 'error' ? 'red' : 'yellow', heading));
    for (const f of group.slice(0, examples)) out.push(`  ${position(f)}${f.message[lang]}`);
    if (group.length > examples) out.push(`  ${s.more({ count: group.length - examples })[lang]}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  out.push(s.totals({ errors, warnings: findings.length - errors })[lang]);
  return out.join('\n');
}
