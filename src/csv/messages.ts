/** Texts shared by the CSV engine's messages: encoding names. */
import type { Text } from '../i18n/text.js';
import { csvText as m } from '../i18n/csv.js';
import type { DetectedEncoding } from './types.js';

export function encodingName(enc: DetectedEncoding): Text {
  return enc === 'cp932' ? m.encCp932() : enc === 'utf8' ? m.encUtf8() : m.encUtf8Bom();
}

