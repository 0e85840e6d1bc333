/**
 * NE 発送方法 / 支払方法 names → STOCKCREW values, from the mapping tables in
 * templates/mappings/. Names must match exactly: STOCKCREW skips an order whose name is
 * not mapped, silently.
 */
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import type { MessageFn } from '../i18n/text.js';

export interface MethodRow {
  neName: string;
  scValue: string;
}

export function mapMethods(
  names: readonly string[],
  map: Readonly<Record<string, string>>,
  key: string,
  tableFile: string,
  unmapped: MessageFn,
): MethodRow[] {
  const rows: MethodRow[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (name !== name.trim()) throw new UserError(m.straySpaces({ key, name }), m.straySpacesHint());
    if (seen.has(name)) continue;
    seen.add(name);
    const scValue = Object.hasOwn(map, name) ? map[name] : undefined;
    if (scValue === undefined) throw new UserError(unmapped({ name }), m.unmappedHint({ file: tableFile, name }));
    rows.push({ neName: name, scValue });
  }
  return rows;
}
