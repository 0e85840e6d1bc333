/**
 * Column layouts of STOCKCREW files. STOCKCREW does not publish them, so each SC artifact
 * has a default layout in templates/stockcrew/<artifact>.layout.json (marked unverified),
 * replaceable by the header row of the template the operator downloaded from the admin.
 */
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { loadDataFile } from '../formats/data-files.js';

export interface LayoutColumn {
  header: string;
  /** Field that fills the column; null leaves it empty (an unmapped template column). */
  field: string | null;
}

export interface Layout {
  columns: LayoutColumn[];
  header: string[];
}

interface LayoutFile {
  verified: boolean;
  columns: Array<{ header: string; field: string }>;
}

interface SynonymsFile {
  fields: Record<string, string[]>;
}

export const SYNONYMS_FILE = 'stockcrew/field-synonyms.json';

/**
 * Header text reduced to what identifies it: width-folded (NFKC), lower case, without
 * spaces, brackets and separators, so that `JAN コード`, `ＪＡＮコード` and `JANコード`
 * compare equal.
 */
export function headerKey(header: string): string {
  return (
    header
      .normalize('NFKC')
      .toLowerCase()
      // A template marks columns as required or optional: 商品コード（必須）, 色(任意).
      .replace(/[(【[]\s*(必須|任意|required|optional)\s*[)】\]]/g, '')
      .replace(/[\s()[\]{}<>「」『』【】・:_\-/]/g, '')
  );
}

function fromColumns(columns: LayoutColumn[]): Layout {
  return { columns, header: columns.map((c) => c.header) };
}

/** The shipped (or working-folder) default layout; a warning says when it is unverified. */
export function defaultLayout(artifact: string, fields: readonly string[], what: Text, dir: string): { layout: Layout; warnings: Text[] } {
  const rel = `stockcrew/${artifact}.layout.json`;
  const { file, data } = loadDataFile<LayoutFile>(rel, dir);
  for (const c of data.columns) {
    if (!fields.includes(c.field)) {
      throw new UserError(m.layoutUnknownField({ file, field: c.field, known: fields.join(', ') }), m.dataHint());
    }
  }
  const warnings = data.verified ? [] : [m.layoutUnverified({ file: rel, what })];
  return { layout: fromColumns(data.columns.map((c) => ({ header: c.header, field: c.field }))), warnings };
}

/**
 * Map a downloaded template's headers to our fields by name. Unmapped columns stay empty
 * and are each reported; a template in which nothing maps is not a template for this file.
 */
export function templateLayout(
  headers: readonly string[],
  fields: readonly string[],
  shownFile: string,
  what: Text,
  dir: string,
  required: readonly string[] = [],
): { layout: Layout; warnings: Text[] } {
  const { file: synonymsFile, data } = loadDataFile<SynonymsFile>(SYNONYMS_FILE, dir);
  const byKey = new Map<string, string>();
  for (const field of fields) {
    byKey.set(headerKey(field), field);
    for (const name of data.fields[field] ?? []) byKey.set(headerKey(name), field);
  }
  const warnings: Text[] = [];
  const columns = headers.map((header, i) => {
    const field = byKey.get(headerKey(header)) ?? null;
    if (field === null) warnings.push(m.templateUnmapped({ file: shownFile, column: i + 1, header }));
    return { header, field };
  });
  const hint = m.templateNoFieldHint({ synonyms: synonymsFile, what });
  if (columns.every((c) => c.field === null)) {
    throw new UserError(m.templateNoField({ file: shownFile, headers: headers.join(', ') }), hint);
  }
  // Without its key column (a product code, a method's name) every row would be written
  // keyed by nothing: STOCKCREW could not tell one from another.
  const missing = required.filter((f) => !columns.some((c) => c.field === f));
  if (missing.length > 0) {
    const names = missing.map((f) => `${f} (${(data.fields[f] ?? [f]).slice(0, 2).join(' / ')})`).join(', ');
    throw new UserError(m.templateKeyMissing({ file: shownFile, fields: names, headers: headers.join(', ') }), hint);
  }
  // Two columns for one field are written alike; said, in case one was meant for something else.
  for (const field of fields) {
    const same = columns.flatMap((c, i) => (c.field === field ? [i + 1] : []));
    if (same.length > 1) warnings.push(m.templateFieldTwice({ file: shownFile, field, columns: same.join(', ') }));
  }
  return { layout: fromColumns(columns), warnings };
}

/** One output row: each column takes its field's value, '' when unmapped or unknown. */
export function layoutRow(layout: Layout, values: Readonly<Record<string, string>>): string[] {
  return layout.columns.map((c) => (c.field === null ? '' : (values[c.field] ?? '')));
}
