/**
 * Next Engine 商品分類タグ: all tags of a product live in one `tag` field as `[A][B]`.
 * A tag is exactly a half-width bracketed string; anything outside brackets is not a tag
 * (this is also how the peer baseline, Python's `re.findall(r"\[[^\[\]]*\]")`, reads it).
 */

/** Every item STOCKCREW ships (seed step 9). */
export const TARGET_TAG = '[STOCKCREW連携対象]';
/** Items that must ship in hard packaging; SC's default is soft. Needs TARGET_TAG too. */
export const HARD_TAG = '[SCハード資材発送]';

const TAG = /\[[^[\]]*\]/g;

/** The bracketed tags of a tag field, in order, duplicates kept. */
export function parseTags(field: string): string[] {
  return field.match(TAG) ?? [];
}

/** Text of the field that is not part of any bracketed tag (e.g. full-width ［…］ or stray words). */
export function strayTagText(field: string): string {
  return field.replace(TAG, '').trim();
}

export function hasTag(field: string, tag: string): boolean {
  // Most fields do not hold the text at all: a substring search settles those.
  return field.includes(tag) && parseTags(field).includes(tag);
}
