/**
 * Data shipped in templates/ (layouts, synonyms, mapping tables). A copy under
 * `<working folder>/templates/` wins, so an operator can correct unverified data without
 * waiting for a release.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import { PACKAGE_TEMPLATES } from '../templates-path.js';
import { errorReason } from '../i18n/errno.js';
import { parseJsonFile } from '../state/file.js';

export { PACKAGE_TEMPLATES };

export interface DataFile<T> {
  file: string;
  data: T;
}

/**
 * The file that holds `rel` (e.g. 'mappings/sc-payment-methods.json') for this working
 * folder; without a folder, the shipped one.
 */
export function dataFilePath(rel: string, dir?: string): string {
  const local = dir === undefined ? undefined : path.join(dir, 'templates', rel);
  return local !== undefined && fs.existsSync(local) ? local : path.join(PACKAGE_TEMPLATES, rel);
}

export function loadDataFile<T>(rel: string, dir?: string): DataFile<T> {
  const file = dataFilePath(rel, dir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(m.dataUnreadable({ file, detail: errorReason(err) }), m.dataHint());
  }
  return { file, data: parseJsonFile(file, text, m.dataHint()) as T };
}
