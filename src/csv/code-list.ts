/**
 * Code lists for --only / --exclude / --hard: one product code per line, in any of the
 * input encodings. Blank lines and `#` comments are ignored (a code never contains `#`);
 * a line pasted from a spreadsheet keeps only its first cell (before a comma or tab).
 */
import { readFile } from 'node:fs/promises';
import { fsError } from '../env-fault.js';
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import { InvalidBytes, decodeField } from './decode.js';
import { detectEncoding } from './detect.js';
import { encodingName } from './messages.js';

export interface CodeList {
  codes: Set<string>;
  /** Line on which each code first appears. */
  lines: Map<string, number>;
}

function lineOfOffset(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = buf[i];
    if (b === 0x0a || (b === 0x0d && buf[i + 1] !== 0x0a)) line++;
  }
  return line;
}

export async function readCodeList(file: string): Promise<CodeList> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new UserError(m.notAFile({ file }), m.cannotReadHint());
    throw fsError(e, m.cannotRead, { file }, m.cannotReadHint());
  }
  const det = detectEncoding(bytes, true);
  let text: string;
  try {
    text = decodeField(det.encoding, bytes, det.bomLength, bytes.length, 0);
  } catch (e) {
    if (!(e instanceof InvalidBytes)) throw e;
    const hex = '0x' + bytes[e.offset]!.toString(16).toUpperCase().padStart(2, '0');
    const params = { file, line: lineOfOffset(bytes, e.offset), column: 1, bytes: hex, header: 'code' };
    throw new UserError(m.invalidBytes({ ...params, encoding: encodingName(det.encoding) }), m.invalidBytesHint());
  }
  const codes = new Set<string>();
  const lines = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const code = raw.split('#')[0]!.split(/[,\t]/)[0]!.trim().replace(/^"(.*)"$/, '$1').trim();
    if (code === '') return;
    if (!codes.has(code)) {
      codes.add(code);
      lines.set(code, i + 1);
    }
  });
  return { codes, lines };
}
