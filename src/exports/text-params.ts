/** Fill a message whose parameters are themselves texts, language by language. */
import type { MessageFn, Params, Text } from '../i18n/text.js';

export function withTexts(fn: MessageFn, params: Params, texts: Record<string, Text>): Text {
  const pick = (lang: 'ja' | 'en'): Params => {
    const out: Params = { ...params };
    for (const [k, v] of Object.entries(texts)) out[k] = v[lang];
    return out;
  };
  return { ja: fn(pick('ja')).ja, en: fn(pick('en')).en };
}
