/** Runs rule families over in-memory records exactly as the runner does over files. */
import { CodeBook } from '../../src/checks/code-book.js';
import { createCheckers, type FamilyId } from '../../src/checks/families.js';
import type { CheckFile, CheckRecord } from '../../src/checks/family.js';
import type { ScMethodTables } from '../../src/checks/mappings.js';
import { fileFeeder } from '../../src/checks/pass.js';
import type { Finding } from '../../src/checks/types.js';
import type { Answers } from '../../src/state/answers.js';

export interface MemFile {
  input: CheckFile;
  shown?: string;
  /** Rows of values; line numbers start at 2 (line 1 is the header). */
  rows: Array<Record<string, string>>;
  /** The header each column id was found under, as the CSV reader tells the families; none when omitted. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * STOCKCREW's own pre-map (DOMAIN.md, https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention);
 * the payment values are placeholders that pin the data shape, not STOCKCREW's truth.
 */
export const TABLES: ScMethodTables = {
  shipping: new Set(['ヤマト(発払い)B2v6', 'ヤマト(発払い)B2v5', 'ヤマト(ネコポス)']),
  preMapped: new Set(['ヤマト(発払い)B2v6', 'ヤマト(発払い)B2v5', 'ヤマト(ネコポス)']),
  codShipping: ['ヤマト(コレクト)B2v6'],
  codDefault: 'ヤマト(コレクト)B2v6',
  payment: { クレジットカード: '代金引換以外', 代金引換: '代金引換', 銀行振込前払い: '代金引換以外' },
};

export async function runFamilies(families: FamilyId[], files: MemFile[], answers: Answers = {}): Promise<Finding[]> {
  const findings: Finding[] = [];
  const book = new CodeBook();
  const checkers = createCheckers(families, { answers, book, tables: () => TABLES, emit: (f) => findings.push(f) });
  for (const f of files) {
    const records: CheckRecord[] = f.rows.map((values, i) => ({ line: i + 2, values }));
    const ids = new Set(f.rows.flatMap((r) => Object.keys(r)));
    const headers = f.headers;
    const headerOf = headers && ((id: string) => headers[id]);
    const feed = fileFeeder(checkers, book, { input: f.input, shown: f.shown ?? `${f.input}.csv` }, (id) => ids.has(id), headerOf);
    for (const r of records) feed(r);
  }
  for (const c of checkers) c.finish?.();
  return findings;
}

/** `rule file:line code` per finding: what a reader of the summary sees, minus the prose. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.file ?? '-'}:${f.line ?? '-'} ${f.code ?? '-'}`);
}

/**
 * One row of a 受注伝票 download as the order checks read it: a live slip at 納品書印刷待ち
 * (NE's own wording: 有効な受注です。, 確認必要なし（非表示）, 入金済み), one line of code A.
 */
export const slipRow = (slip: string, over: Record<string, string> = {}) => ({
  slip,
  statusId: '20',
  status: '納品書印刷待ち',
  cancelled: '有効な受注です。',
  payment: 'クレジットカード',
  confirm: '確認必要なし（非表示）',
  deposit: '入金済み',
  lineCode: 'A',
  lineCancel: '有効',
  ...over,
});
