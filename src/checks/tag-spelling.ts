/**
 * How a tag field was written, piece by piece, so that near-misses of the two tags that
 * decide shipping can be named precisely: full-width brackets, spaces, missing brackets,
 * or a spelling that is merely close.
 */

export type TagPiece =
  | { kind: 'tag'; raw: string; inner: string; halfWidth: boolean }
  /** Text outside any bracket pair, including an opening bracket that is never closed. */
  | { kind: 'text'; raw: string };

const OPEN = new Set(['[', '［']);
const CLOSE = new Set([']', '］']);

export function splitTagField(field: string): TagPiece[] {
  const pieces: TagPiece[] = [];
  let text = '';
  let i = 0;
  while (i < field.length) {
    const c = field[i]!;
    if (OPEN.has(c)) {
      let j = i + 1;
      while (j < field.length && !CLOSE.has(field[j]!) && !OPEN.has(field[j]!)) j++;
      if (j < field.length && CLOSE.has(field[j]!)) {
        if (text !== '') pieces.push({ kind: 'text', raw: text });
        text = '';
        pieces.push({
          kind: 'tag',
          raw: field.slice(i, j + 1),
          inner: field.slice(i + 1, j),
          halfWidth: c === '[' && field[j] === ']',
        });
        i = j + 1;
        continue;
      }
    }
    text += c;
    i++;
  }
  if (text !== '') pieces.push({ kind: 'text', raw: text });
  return pieces;
}

/** Compare spellings as a person would: width, case, spaces and brackets ignored. */
export function looseForm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s[\]]/g, '');
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let k = 1; k <= b.length; k++) {
      const v = Math.min(prev[k]! + 1, cur[k - 1]! + 1, prev[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether a loose form is a near-miss of a target's loose form: equal, at most two edits
 * away ([STOCKCREW連携] for [STOCKCREW連携対象]), or a long part of it.
 */
export function nearMiss(loose: string, target: string): boolean {
  if (loose === '') return false;
  if (loose === target) return true;
  if (loose.length >= 6 && (target.includes(loose) || loose.includes(target))) return true;
  return editDistance(loose, target, 2) <= 2;
}
