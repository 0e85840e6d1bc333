/** Texts shared by the CSV engine's messages: encoding names, file names, echoed values. */
import { echo, type Text } from '../i18n/text.js';
import { csvText as m } from '../i18n/csv.js';
import type { DetectedEncoding } from './types.js';
import { STDIN } from './input.js';

export function encodingName(enc: DetectedEncoding): Text {
  return enc === 'cp932' ? m.encCp932() : enc === 'utf8' ? m.encUtf8() : m.encUtf8Bom();
}

/** How an input is named in messages: its path, or <stdin> for `-`. */
export function shownFile(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

/** Text from an input file as a list in a message shows it: one header name of 50 MB must not fill the screen. */
export function excerpt(text: string): string {
  return echo(text, 60);
}
