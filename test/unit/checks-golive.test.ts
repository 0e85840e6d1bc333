import { describe, expect, it } from 'vitest';
import { apiReminders, formatFindingsSummary, mailBackfillWindows, reminderLines } from '../../src/checks/golive.js';
import type { Finding } from '../../src/checks/types.js';

/** 2026-11-28 10:00 in Japan. */
const NOW = new Date('2026-11-28T01:00:00Z');

describe('apiReminders', () => {
  it('puts re-authorisation 28 days after the authorisation date and the key reminder on its recorded 有効期限 (NE manual zaiko_yahoo/21128)', () => {
    const r = apiReminders({ 'yahoo.apiAuthorizedAt': '2026-11-20', 'yahoo.keyExpiresAt': '2027-10-01' }, NOW);
    expect(r.reauthDue?.toISOString().slice(0, 10)).toBe('2026-12-18');
    expect(r.keyRenewalDue?.toISOString().slice(0, 10)).toBe('2027-10-01');
    expect([r.reauthLevel, r.keyLevel]).toEqual(['ok', 'ok']);
    expect(r.reauthDaysLeft).toBe(20);
    // No key date is invented from the authorisation date.
    expect(apiReminders({ 'yahoo.apiAuthorizedAt': '2026-11-20' }, NOW).keyRenewalDue).toBeNull();
  });

  it('is "soon" within 7 days (re-auth) / 30 days (key), "overdue" after the date, and says the expired key stopped the API', () => {
    expect(apiReminders({ 'yahoo.apiAuthorizedAt': '2026-11-07' }, NOW).reauthLevel).toBe('soon');
    expect(apiReminders({ 'yahoo.apiAuthorizedAt': '2026-10-30' }, NOW).reauthLevel).toBe('overdue');
    const key = apiReminders({ 'yahoo.keyExpiresAt': '2026-12-20' }, NOW);
    expect(key.keyLevel).toBe('soon');
    const expired = apiReminders({ 'yahoo.keyExpiresAt': '2026-11-01' }, NOW);
    expect(expired.keyLevel).toBe('overdue');
    expect(reminderLines(expired)[0]!.ja).toContain('公開鍵は有効期限切れです (2026-11-01、27 日超過)');
    expect(reminderLines(expired)[0]!.ja).not.toContain('証明書');
  });

  it('reads a folder set up before the expiry was asked: its key issue date plus one year', () => {
    const key = apiReminders({ 'yahoo.keyIssuedAt': '2025-12-20' }, NOW);
    expect(key.keyRenewalDue?.toISOString().slice(0, 10)).toBe('2026-12-20');
  });

  it('uses the calendar day in Japan: 23:30 UTC is already the next day', () => {
    const late = new Date('2026-12-17T23:30:00Z'); // 2026-12-18 08:30 in Japan
    expect(apiReminders({ 'yahoo.apiAuthorizedAt': '2026-11-20' }, late).reauthDaysLeft).toBe(0);
  });

  it('has no dates and no lines without answers', () => {
    const r = apiReminders({}, NOW);
    expect(r.reauthDue).toBeNull();
    expect(reminderLines(r)).toEqual([]);
  });

  it('words an overdue re-authorisation as urgent in both languages', () => {
    const [line] = reminderLines(apiReminders({ 'yahoo.apiAuthorizedAt': '2026-10-30' }, NOW));
    expect(line!.ja).toContain('期限を過ぎています (2026-11-27、1 日超過)');
    expect(line!.en).toContain('overdue (2026-11-27, 1 days ago)');
  });
});

describe('mailBackfillWindows', () => {
  it('gives the earliest order dates NE mails when sending starts', () => {
    const w = mailBackfillWindows(NOW);
    expect(w.dates).toEqual({ orderConfirmation: '2026-11-21', shippingNotice: '2026-11-21', follow: '2026-08-28' });
    expect(w.lines.map((l) => l.ja).join('\n')).toContain('2026-08-28 以降');
  });
  it('clamps three months back to the end of a shorter month', () => {
    expect(mailBackfillWindows(new Date('2026-05-31T03:00:00Z')).dates.follow).toBe('2026-02-28');
  });
});

describe('formatFindingsSummary', () => {
  const f = (rule: string, severity: Finding['severity'], line: number): Finding => ({
    rule,
    severity,
    file: 'goods.csv',
    line,
    code: `C${line}`,
    message: { ja: `メッセージ${line}`, en: `message ${line}` },
  });

  it('groups by rule, errors first, shows the first examples with file:line and the totals', () => {
    const text = formatFindingsSummary(
      [f('jan.format', 'warning', 9), f('tags.near-miss', 'error', 2), f('tags.near-miss', 'error', 3), f('tags.near-miss', 'error', 4), f('tags.near-miss', 'error', 5)],
      'en',
    );
    expect(text.split('\n')).toEqual([
      'Misspelt tag (tags.near-miss): 4 error(s)',
      '  goods.csv:2: message 2',
      '  goods.csv:3: message 3',
      '  goods.csv:4: message 4',
      '  … and 1 more (use --json to see all)',
      'JAN code not a JAN/EAN/UPC/FNSKU (jan.format): 1 warning(s)',
      '  goods.csv:9: message 9',
      'Total: 4 error(s), 1 warning(s)',
    ]);
  });

  it('says so when there is nothing', () => {
    expect(formatFindingsSummary([], 'ja')).toBe('問題は見つかりませんでした。');
  });
});
