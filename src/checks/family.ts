/**
 * How rule families see the input: every record of every file in ONE pass, in a fixed
 * order (Next Engine goods first, so later files can be matched against it), then a
 * `finish` for rules that need the whole picture. Families are pure: records in,
 * findings out through `emit`; only run.ts touches files.
 */
import type { Finding } from './types.js';

/** The files `check` reads, in reading order. */
export const CHECK_FILES = ['neGoods', 'yahooQuantity', 'yahooData', 'scStock', 'neStock', 'neOrders'] as const;
export type CheckFile = (typeof CHECK_FILES)[number];

/** One input file as findings name it. */
export interface FileRef {
  input: CheckFile;
  /** As shown to the operator (relative to the working folder when inside it). */
  shown: string;
}

/**
 * A record as the CSV engine yields it. Column ids: `code` always; `subCode` (Yahoo),
 * `tag`, `jan`, `daihyo` (NE goods), `subCode` (Yahoo data: the raw option field),
 * `shipping`, `payment`, `status`, `cancelled` (NE orders).
 * An id a file lacks is absent or ''.
 */
export interface CheckRecord {
  line: number;
  values: Readonly<Record<string, string>>;
  /** A value its reader only glanced at (left '' in `values`), decoded in full: see CsvRecord.full. */
  full?(id: string): string;
}

/**
 * The code a finding on this record names (null when blank). Check's row worker may only
 * glance at the code (the main pass reads it; code-format, when it runs, reads it whole):
 * its records then decode it here, for the finding alone.
 */
export function recordCode(rec: CheckRecord): string | null {
  return (rec.full ? rec.full('code') : (rec.values.code ?? '')).trim() || null;
}

/**
 * The records of one input that come from somewhere other than a file (the Next Engine API),
 * fed to the same families as a file's records.
 */
export interface RecordSource {
  /** How findings name it, in place of a file name. */
  shown: string;
  has(id: string): boolean;
  headerOf(id: string): string | undefined;
  records(): AsyncIterable<CheckRecord>;
}

export type Emit = (finding: Finding) => void;

export interface FamilyChecker {
  /** Family id: the prefix of its rule ids (`tags` for `tags.near-miss`). */
  readonly family: string;
  /**
   * Called for each file before its records, with the columns the file actually has and
   * the header text each column id was found under (for messages).
   */
  beginFile?(file: FileRef, has: (id: string) => boolean, headerOf?: (id: string) => string | undefined): void;
  record?(file: FileRef, rec: CheckRecord): void;
  /** After the last file: rules that compare across files. */
  finish?(): void;
}

/** `file:line`, as every message and summary writes a position. */
export function at(file: FileRef | string, line: number | null): string {
  const name = typeof file === 'string' ? file : file.shown;
  return line === null ? name : `${name}:${line}`;
}


/**
 * A finding built with one fixed property order, so that hundreds of thousands of them
 * share one object shape (a spread of varying objects does not).
 */
export function finding(
  rule: string,
  severity: Finding['severity'],
  file: string | null,
  line: number | null,
  code: string | null,
  message: Finding['message'],
): Finding {
  return { rule, severity, file, line, code, message };
}
