/**
 * Every user-facing string is a pair of Japanese and English text. Modules build `Text`
 * values without knowing the operator's language; the edge (commands) renders them.
 */
export type Lang = 'ja' | 'en';
export interface Text {
  ja: string;
  en: string;
}
/** A parameter may itself be a Text: each language then gets its own wording. */
export type Params = Record<string, string | number | Text | undefined>;

/** Longest value a message echoes: a 50 MB header line must not become a 50 MB message. */
const MAX_ECHO = 400;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * A value as a message shows it: cut to a readable length, and control characters (a NUL
 * from a damaged file above all) as visible escapes, never as themselves.
 */
export function echo(value: string, max = MAX_ECHO): string {
  const cut = value.length > max ? value.slice(0, max) + '…' : value;
  return cut.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Replace `{name}` placeholders; an unknown placeholder stays visible so a bug is noticed. */
export function fill(template: string, params?: Params, lang: Lang = 'ja'): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? v[lang] : echo(String(v));
  });
}

export type MessageFn = (params?: Params) => Text;

/** Turn a catalogue of `{ ja, en }` templates into functions that fill both languages. */
export function defineMessages<K extends string>(catalog: Record<K, Text>): Record<K, MessageFn> {
  const out = {} as Record<K, MessageFn>;
  for (const key of Object.keys(catalog) as K[]) {
    const entry = catalog[key];
    out[key] = (params) => ({ ja: fill(entry.ja, params, 'ja'), en: fill(entry.en, params, 'en') });
  }
  return out;
}

/** Join several texts with a separator, language by language. */
export function joinText(parts: Text[], sep = '\n'): Text {
  return { ja: parts.map((p) => p.ja).join(sep), en: parts.map((p) => p.en).join(sep) };
}

/** Text that is the same in both languages (file names, codes, numbers). */
export function same(s: string): Text {
  return { ja: s, en: s };
}

/**
 * Language from --lang, else LC_ALL / LC_MESSAGES / LANG (first one set), else Japanese.
 * Only an explicit English locale switches to English: operators read Japanese first.
 */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'ja' || flag === 'en') return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const v = env[name];
    if (v && v.length > 0) {
      if (/^ja/i.test(v)) return 'ja';
      if (/^en/i.test(v)) return 'en';
      return 'ja';
    }
  }
  return 'ja';
}
