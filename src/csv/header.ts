/** Finding logical columns in a header row by name (never by position). */
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import type { Text } from '../i18n/text.js';
import { excerpt } from './messages.js';
import type { ColumnSpec } from './types.js';

/** Headers listed in a message; a file with more shows these and a count. */
const LISTED = 40;

/** Header comparison ignores a BOM, surrounding spaces and quotes, and upper/lower case. */
export function normalizeHeader(h: string): string {
  let s = h.replace(/^\ufeff/, '').trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  return s.toLowerCase();
}

/**
 * A required column the file does not have. It carries the headers found and those accepted,
 * so that a layer that knows the file formats can tell a wrong file from a misnamed column.
 */
export class ColumnNotFound extends UserError {
  constructor(
    text: Text,
    hint: Text,
    readonly headers: readonly string[],
    readonly accepted: readonly string[],
  ) {
    super(text, hint);
  }
}

/** The headers of a file, as messages list them (the first 40, then a count). */
export function listHeaders(headers: readonly string[]): Text {
  const named = headers.filter((h) => h.trim() !== '');
  if (named.length === 0) return m.noHeaders();
  const s = named.slice(0, LISTED).map((h) => excerpt(h)).join(', ');
  if (named.length <= LISTED) return { ja: s, en: s };
  const more = m.moreHeaders({ count: named.length - LISTED });
  return { ja: `${s} ${more.ja}`, en: `${s} ${more.en}` };
}

/**
 * The one column a header names. Two columns under the same name are ambiguous: taking
 * either would be a guess about which values go into an upload file.
 */
function only(file: string, normalized: readonly string[], name: string, headers: readonly string[]): number {
  const idx = normalized.indexOf(name);
  if (idx < 0) return idx;
  const again = normalized.indexOf(name, idx + 1);
  if (again >= 0) {
    const params = { file, header: excerpt(headers[idx]!.trim()), first: idx + 1, second: again + 1 };
    throw new UserError(m.duplicateColumn(params), m.duplicateColumnHint());
  }
  return idx;
}

/**
 * Index of each column id in the header row, -1 for an optional column the file lacks.
 * An explicit header (from a --*-column flag) wins over the synonyms. Among synonyms, the
 * first synonym of the spec that the file has wins (在庫数 before 良品在庫数: different
 * columns of one file, by design); the same name on two columns is an input error.
 */
export function matchColumns(
  file: string,
  headers: readonly string[],
  columns: readonly ColumnSpec[],
  explicit: Readonly<Record<string, string | undefined>> | undefined,
  headerLine = 1,
): Map<string, number> {
  const normalized = headers.map(normalizeHeader);
  const found = new Map<string, number>();
  for (const spec of columns) {
    const named = explicit?.[spec.id];
    if (named !== undefined && named.trim() !== '') {
      const idx = only(file, normalized, normalizeHeader(named), headers);
      if (idx < 0) {
        const text = m.explicitColumnMissing({ file, header: excerpt(named), headers: listHeaders(headers) });
        throw new UserError(text, m.explicitColumnMissingHint());
      }
      found.set(spec.id, idx);
      continue;
    }
    let idx = -1;
    for (const h of spec.headers) {
      idx = only(file, normalized, normalizeHeader(h), headers);
      if (idx >= 0) break;
    }
    if (idx < 0 && spec.required !== false) {
      const params = { file, line: headerLine, column: spec.headers[0] ?? spec.id, accepted: spec.headers.join(', ') };
      throw new ColumnNotFound(m.missingColumn({ ...params, headers: listHeaders(headers) }), m.missingColumnHint(), headers, spec.headers);
    }
    found.set(spec.id, idx);
  }
  return found;
}
