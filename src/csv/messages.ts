/** Filling a message whose parameters are themselves texts (encoding names, header lists). */
import type { MessageFn, Params, Text } from '../i18n/text.js';
import { csvText as m } from '../i18n/csv.js';
import type { DetectedEncoding } from './types.js';

/** Fill `fn` with plain params plus text params rendered in the matching language. */
export function fillTexts(fn: MessageFn, params: Params, texts: Record<string, Text>): Text {
  const pick = (lang: 'ja' | 'en'): Params => {
    const p: Params = { ...params };
    for (const [k, v] of Object.entries(texts)) p[k] = v[lang];
    return p;
  };
  return { ja: fn(pick('ja')).ja, en: fn(pick('en')).en };
}

export function encodingName(enc: DetectedEncoding): Text {
  return enc === 'cp932' ? m.encCp932() : enc === 'utf8' ? m.encUtf8() : m.encUtf8Bom();
}

/** Node's error code (ENOENT, EACCES …) or the message, for "(reason)" in file errors. */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
