/**
 * Where and why a JSON text is malformed, for files operators edit by hand (sc-setup.json,
 * the answers file, template overrides). JSON.parse says only an English sentence whose
 * wording changes between Node versions; this scan finds the first fault itself and names
 * its kind, so the message can explain it in the operator's language. Run only after
 * JSON.parse has failed.
 */

export type JsonFaultKind =
  | 'empty'
  | 'end'
  | 'trailingComma'
  | 'missingComma'
  | 'missingColon'
  | 'keyNotQuoted'
  | 'singleQuote'
  | 'fullWidth'
  | 'lineBreakInString'
  | 'controlChar'
  | 'badEscape'
  | 'badNumber'
  | 'unexpected'
  | 'extra';

export interface JsonFault {
  /** Offset in the text (UTF-16 units) where the fault is. */
  offset: number;
  kind: JsonFaultKind;
  /** The character found there, if any. */
  found?: string;
}

class Stop {
  constructor(readonly fault: JsonFault) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A character typed with a Japanese IME in place of JSON's half-width symbol (：，｛“ …). */
function isFullWidthSymbol(ch: string): boolean {
  return /[“”‘’]/.test(ch) || (ch.normalize('NFKC') !== ch && /^[{}[\]:,"]$/.test(ch.normalize('NFKC')));
}

export function findJsonFault(text: string): JsonFault | null {
  let i = 0;
  const at = (offset: number, kind: JsonFaultKind): never => {
    throw new Stop({ offset, kind, found: text[offset] });
  };
  /** Something other than what the grammar needs here: say what it most likely is. */
  const wrong = (kind: JsonFaultKind): never => {
    if (i >= text.length) at(i, 'end');
    const ch = text[i]!;
    if (isFullWidthSymbol(ch)) at(i, 'fullWidth');
    if (ch === "'") at(i, 'singleQuote');
    return at(i, kind);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };

  const string = () => {
    const start = i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else at(i, 'badEscape');
        continue;
      }
      if (ch === '\n' || ch === '\r') at(i, 'lineBreakInString');
      if (ch < ' ') at(i, 'controlChar');
      i++;
    }
    at(start, 'lineBreakInString');
  };

  const number = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) at(i, 'badNumber');
    i += m![0].length;
    if (/[0-9.eE+-]/.test(text[i] ?? '')) at(i, 'badNumber');
  };

  /** Items of an object or array up to `close`; `item` reads one. */
  const items = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') wrong('missingComma');
      const comma = i++;
      space();
      if (text[i] === close) at(comma, 'trailingComma');
    }
  };

  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') return items('}', member);
    if (ch === '[') return items(']', value);
    if (ch === '"') return string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    wrong('unexpected');
  };

  const member = () => {
    space();
    if (text[i] !== '"') wrong('keyNotQuoted');
    string();
    space();
    if (text[i] !== ':') wrong('missingColon');
    i++;
    value();
  };

  try {
    space();
    if (i >= text.length) at(i, 'empty');
    value();
    space();
    if (i < text.length) at(i, 'extra');
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.fault;
    throw e;
  }
}
