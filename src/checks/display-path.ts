import path from 'node:path';

/**
 * How a file is named in findings and messages: relative to the working folder when it
 * lies inside it (short and recognisable), else the full path.
 */
export function displayPath(file: string, dir: string): string {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
