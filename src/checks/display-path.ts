import path from 'node:path';
import { shownFile } from '../csv/messages.js';

/**
 * How a file is named in findings and messages: relative to the working folder when it
 * lies inside it (short and recognisable), else the full path; standard input as <stdin>.
 */
export function displayPath(file: string, dir: string): string {
  if (shownFile(file) !== file) return shownFile(file);
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
