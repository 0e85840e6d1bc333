import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLang, fill } from '../../src/i18n/text.js';
import { ROOT } from '../helpers/pty.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('messages', () => {
  const dir = path.join(ROOT, 'src', 'i18n');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'text.ts');

  it.each(files)('%s: every message exists in Japanese and English, with the same placeholders', async (file) => {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    let count = 0;
    for (const catalog of Object.values(mod)) {
      if (!catalog || typeof catalog !== 'object') continue;
      for (const [key, fn] of Object.entries(catalog as Record<string, unknown>)) {
        if (typeof fn !== 'function') continue;
        const text = (fn as () => { ja: string; en: string })();
        if (typeof text?.ja !== 'string') continue;
        count++;
        expect(text.ja.trim(), `${file} ${key} ja`).not.toBe('');
        expect(text.en.trim(), `${file} ${key} en`).not.toBe('');
        const holes = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
        expect(holes(text.ja), `${file} ${key} placeholders`).toEqual(holes(text.en));
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('Japanese text is Japanese', async () => {
    const { cliText } = await import('../../src/i18n/cli.js');
    expect(cliText.description().ja).toMatch(JAPANESE);
    expect(cliText.description().en).not.toMatch(/[\u3040-\u309f]/);
  });

  it('language: --lang wins, then LC_ALL / LC_MESSAGES / LANG, else Japanese', () => {
    expect(detectLang('en', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LC_MESSAGES: 'ja_JP', LANG: 'en_US' })).toBe('ja');
    expect(detectLang(undefined, {})).toBe('ja');
    expect(detectLang(undefined, { LANG: 'C.UTF-8' })).toBe('ja');
  });

  it('fill leaves unknown placeholders visible and takes per-language values', () => {
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(fill('{x}', { x: { ja: 'は', en: 'is' } }, 'en')).toBe('is');
  });
});
