/**
 * Message text filled only when read. A check over 500,000 rows may hold hundreds of
 * thousands of findings; filling both languages up front cost about 1 KB each (600 MB at
 * 350,000 findings), while the summary shows three per rule and --json one language.
 */
import type { Lang, MessageFn, Params, Text } from '../i18n/text.js';

class LazyText implements Text {
  constructor(
    readonly make: MessageFn,
    readonly params: Params | ((lang: Lang) => Params),
  ) {}

  private fill(lang: Lang): string {
    const p = typeof this.params === 'function' ? this.params(lang) : this.params;
    return this.make(p)[lang];
  }

  get ja(): string {
    return this.fill('ja');
  }

  get en(): string {
    return this.fill('en');
  }

  toJSON(): Text {
    return { ja: this.ja, en: this.en };
  }
}

/** A message whose parameters are the same in both languages. */
export function lazy(make: MessageFn, params: Params = {}): Text {
  return new LazyText(make, params);
}

/**
 * A message whose parameters themselves depend on the language (a reason clause, a
 * column label): each language is filled with its own parameters.
 */
export function perLang(make: MessageFn, params: (lang: Lang) => Params): Text {
  return new LazyText(make, params);
}

/**
 * What a lazily filled message is made of (its message and its parameters when they are the
 * same in both languages), so that it can be sent to another thread and made lazy again
 * there; undefined for any other text.
 */
export function lazyParts(text: Text): { make: MessageFn; params: Params } | undefined {
  return text instanceof LazyText && typeof text.params !== 'function' ? { make: text.make, params: text.params } : undefined;
}
