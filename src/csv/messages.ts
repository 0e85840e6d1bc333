/** Texts shared by the CSV engine's messages: encoding names, error reasons. */
import type { Text } from '../i18n/text.js';
import { csvText as m } from '../i18n/csv.js';
import type { DetectedEncoding } from './types.js';

export function encodingName(enc: DetectedEncoding): Text {
  return enc === 'cp932' ? m.encCp932() : enc === 'utf8' ? m.encUtf8() : m.encUtf8Bom();
}

/** Node's error code (ENOENT, EACCES …) or the message, for "(reason)" in file errors. */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
