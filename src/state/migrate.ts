/**
 * Our own migrations by schemaVersion (conf's migrations are documented as unsupported).
 * Each entry upgrades a document from version N to N+1; they run in order on load.
 */
import { UserError } from '../errors.js';
import { stateText as m } from '../i18n/state.js';
import { CURRENT_SCHEMA_VERSION } from './file.js';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** version N → N+1. Empty while only version 1 exists; a new shape adds its step here. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
  file: string,
  doc: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): { doc: Record<string, unknown>; migrated: boolean } {
  const found = doc.schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    throw new UserError(m.badShape({ file, detail: 'schemaVersion' }), m.damagedHint());
  }
  if (found > current) {
    throw new UserError(m.tooNew({ file, found, known: current }), m.tooNewHint());
  }
  let out = doc;
  for (let v = found; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from schemaVersion ${v}`);
    out = { ...step(out), schemaVersion: v + 1 };
  }
  return { doc: out, migrated: found !== current };
}
