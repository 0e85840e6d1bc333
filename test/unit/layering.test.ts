/**
 * The layering of DESIGN.md, enforced: cli → commands → checklist → exports → checks →
 * formats → csv/state → i18n. A module never imports one from a higher layer (a lower layer
 * that needs something from above gets it passed in). src/ne sits between checklist and
 * exports (it feeds their transforms); src/prompt beside checklist; src/locale beside i18n.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.join(import.meta.dirname, '../../src');
const RANK: Record<string, number> = {
  i18n: 0,
  locale: 0,
  csv: 1,
  state: 1,
  formats: 2,
  checks: 3,
  exports: 4,
  ne: 4.5,
  checklist: 5,
  prompt: 5,
  commands: 6,
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The layer folder of a file under src/, or undefined for the top-level modules. */
function layerOf(file: string): string | undefined {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Every `import … from './x.js'` and `import('./x.js')` of a file, resolved. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport\(?)\s*'(\.[^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

describe('layering', () => {
  it('no module imports one from a higher layer', () => {
    const violations: string[] = [];
    for (const file of sources(SRC)) {
      const from = layerOf(file);
      if (from === undefined || !(from in RANK)) continue;
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to !== undefined && to in RANK && RANK[to]! > RANK[from]!) {
          violations.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('knows every layer folder (a new folder must be placed in the order first)', () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !(f in RANK))).toEqual([]);
  });
});
