/** A small input file as the systems download it: the lines joined with CRLF, written as UTF-8. */
import fs from 'node:fs';
import path from 'node:path';

export function csvFile(dir: string, name: string, lines: readonly string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}
