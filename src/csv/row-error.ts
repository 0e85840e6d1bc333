/**
 * A row the writer refuses: a cell with a character the output encoding cannot hold or a
 * control character, or a row too wide for a part of a split file. The writer knows the
 * column; the input file and line are known where the row was made from a record, so the
 * error travels up to that point (the reader's scan) and becomes a message there, naming
 * the line the operator can open — never the output's row number.
 */
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import { encodingName, excerpt } from './messages.js';
import type { OutputEncoding } from './types.js';
import { codepoint } from './control.js';

export type RowFault =
  | { kind: 'unencodable' | 'control'; /** Header of the output column. */ column: string; char: string; encoding: OutputEncoding }
  | { kind: 'tooWide'; bytes: number; limit: number };

export class RowError extends Error {
  constructor(readonly fault: RowFault) {
    super(fault.kind);
  }

  /** The message, naming the input file and line the row was made from. */
  at(file: string, line: number): UserError {
    const f = this.fault;
    if (f.kind === 'tooWide') return new UserError(m.rowTooLargeForSplitAt({ file, line, bytes: f.bytes, limit: f.limit }), m.rowTooLargeForSplitHint());
    const p = { file, line, column: excerpt(f.column), char: f.char, codepoint: codepoint(f.char), encoding: encodingName(f.encoding) };
    if (f.kind === 'control') return new UserError(m.controlChar(p), m.controlCharHint());
    return new UserError(m.unencodable(p), m.unencodableHint());
  }

  /** The message for a row that comes from no input file (answers, mapping tables). */
  inRow(row: number): UserError {
    const f = this.fault;
    if (f.kind === 'tooWide') return new UserError(m.rowTooLargeForSplit({ row, bytes: f.bytes, limit: f.limit }), m.rowTooLargeForSplitHint());
    const p = { row, column: excerpt(f.column), char: f.char, codepoint: codepoint(f.char), encoding: encodingName(f.encoding) };
    if (f.kind === 'control') return new UserError(m.controlCharInRow(p), m.controlCharHint());
    return new UserError(m.unencodableInRow(p), m.unencodableHint());
  }
}
