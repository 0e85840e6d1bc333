/**
 * Code lists for --only / --exclude / --hard: one product code per line, in any of the
 * input encodings (decided by the same evidence as CSV inputs). Blank lines and `#`
 * comments are ignored (a code never contains `#`); a line pasted from a spreadsheet keeps
 * only its first cell (before a comma or tab). A first line that is a product-code heading
 * (syohin_code, 商品コード, … or Yahoo's `code`: the column copied with its heading) is not a
 * code, and with several columns it says which one holds the codes (CLI.md: columns are found
 * by header name): a Yahoo data.csv given as a list starts path,name,code, and its first cells
 * are no codes at all. (A list none of whose codes the goods file has is refused by its user:
 * exports/listed-codes.ts.)
 */
import { COL } from './columns.js';
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import { InvalidBytes, Utf8InCp932, decodeField } from './decode.js';
import { binaryHead, EncodingDetector, utf16Kind, workbookKind } from './detect.js';
import { readAll } from './input.js';
import { encodingName, excerpt, shownFile } from './messages.js';
import type { InputEncoding } from './types.js';

export interface CodeList {
  codes: Set<string>;
  /** Line on which each code first appears. */
  lines: Map<string, number>;
}

/** Headings of a product-code column (CLI.md "Input files", and Yahoo's), as a copied column starts. */
const CODE_HEADINGS: ReadonlySet<string> = new Set([...COL.productCode.headers, 'code']);

/** The cells of a line: split on commas or tabs, each unquoted and trimmed. */
function cellsOf(text: string): string[] {
  return text.split(/[,\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
}

/** A list of codes is small; a bigger file is not one. */
const MAX_BYTES = 64 * 1024 * 1024;

/** [start, end) of each line of buf from `from` (CRLF, LF or a lone CR ends one). */
function lineSpans(buf: Buffer, from: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < buf.length; i++) {
    const b = buf[i];
    if (b !== 0x0a && b !== 0x0d) continue;
    spans.push([start, i]);
    if (b === 0x0d && buf[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  spans.push([start, buf.length]);
  return spans;
}

export async function readCodeList(path: string, opts: { encoding?: InputEncoding; encodingFlag?: string } = {}): Promise<CodeList> {
  const file = shownFile(path);
  const bytes = await readAll(path, MAX_BYTES, () => new UserError(m.codeListTooBig({ file, mb: MAX_BYTES / (1024 * 1024) }), m.codeListTooBigHint()));
  const workbook = workbookKind(bytes);
  if (workbook) throw new UserError(m.workbook({ file, kind: workbook }), m.workbookHint());
  if (utf16Kind(bytes)) throw new UserError(m.utf16({ file }), m.utf16Hint());
  if (binaryHead(bytes)) throw new UserError(m.binary({ file }), m.binaryHint());
  const detector = new EncodingDetector(opts.encoding);
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    detector.bom();
    start = 3;
  }
  detector.feed(bytes, 0, true);
  if (detector.ambiguous || detector.conflict >= 0 || detector.encoding === undefined) {
    const hint = opts.encodingFlag ? m.ambiguousEncodingHint({ flag: opts.encodingFlag }) : m.ambiguousEncodingHintNoFlag();
    throw new UserError(m.ambiguousEncoding({ file }), hint);
  }
  const encoding = detector.encoding;
  /** A line as text; a line the encoding cannot read (or UTF-8 inside CP932) stops with its place. */
  const decodeLine = (start: number, end: number, line: number): string => {
    try {
      return decodeField(encoding, bytes, start, end, 0);
    } catch (e) {
      if (e instanceof Utf8InCp932) throw new UserError(m.utf8InCp932({ file, line, column: 1, header: 'code', text: excerpt(e.text) }), m.utf8InCp932Hint());
      if (!(e instanceof InvalidBytes)) throw e;
      const hex = '0x' + bytes[e.offset]!.toString(16).toUpperCase().padStart(2, '0');
      throw new UserError(m.invalidBytes({ file, line, column: 1, bytes: hex, header: 'code', encoding: encodingName(encoding) }), m.invalidBytesHint());
    }
  };
  const codes = new Set<string>();
  const lines = new Map<string, number>();
  let first = true;
  /** Which cell of a line holds the code: the first, or the one under the code heading. */
  let column = 0;
  lineSpans(bytes, start).forEach(([from, to], i) => {
    const cells = cellsOf(decodeLine(from, to, i + 1).split('#')[0]!);
    if (first) {
      if (cells.every((c) => c === '')) return;
      first = false;
      const heading = cells.findIndex((c) => CODE_HEADINGS.has(c));
      if (heading >= 0) {
        column = heading;
        return;
      }
    }
    const code = cells[column] ?? '';
    if (code === '') return;
    if (!codes.has(code)) {
      codes.add(code);
      lines.set(code, i + 1);
    }
  });
  return { codes, lines };
}
