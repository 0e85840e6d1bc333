/**
 * Step 9: which products get which tags. Pure: NE goods rows in, `syohin_code,tag` rows out.
 *
 * Only rows whose tag changes are written. NE most likely replaces the whole tag field on
 * upload, so the written tag is the product's existing bracketed tags, in order, followed by
 * the tags we add — each added at most once. Running it again on the updated goods file
 * yields no rows. With no lists given the output is exactly that of the peer baseline
 * (../shared/bench/ne_tags_baseline.py).
 */
import { HARD_TAG, hasTag, parseTags, strayTagText, TARGET_TAG } from '../formats/tags.js';

export interface GoodsTagRow {
  line: number;
  code: string;
  tag: string;
}

export interface TagSelection {
  /** Only these codes get the target tag (hard codes always do). */
  only?: ReadonlySet<string>;
  /**
   * Never these: a set of codes, or the goods the shop ships itself (step 9's answer, which
   * may name them by a tag, hence the tag field). A product that already carries the target
   * tag keeps it: existing tags are never removed (the `tags` check reports it instead).
   */
  exclude?: { has(code: string, tag: string): boolean };
  /** These ship in hard packaging: [SCハード資材発送], and the target tag it implies. */
  hard?: ReadonlySet<string>;
}

/** The new tag field, or null when the product already carries every tag it needs. */
export function retag(tag: string, hard: boolean): string | null {
  const tags = parseTags(tag);
  const needsTarget = !tags.includes(TARGET_TAG);
  const needsHard = hard && !tags.includes(HARD_TAG);
  if (!needsTarget && !needsHard) return null;
  return tags.join('') + (needsTarget ? TARGET_TAG : '') + (needsHard ? HARD_TAG : '');
}

/** Whether a product is chosen at all, and whether it ships hard. */
export function choose(code: string, tag: string, sel: TagSelection): { chosen: boolean; hard: boolean } {
  if (sel.exclude?.has(code, tag)) return { chosen: false, hard: false };
  const hard = sel.hard?.has(code) ?? false;
  return { chosen: hard || !sel.only || sel.only.has(code), hard };
}

/** Distinct tag fields remembered: shops reuse a handful of combinations across 500,000 goods. */
const MEMO_LIMIT = 10_000;

/** What a tag field becomes, worked out once per distinct field (a regex per row is most of the work otherwise). */
export interface TagPlan {
  /** The new field for a product chosen without and with hard packaging (null: no change). */
  soft: string | null;
  hard: string | null;
  /** Text outside brackets, which the upload drops (NE replaces the whole field). */
  stray: string;
  /** Whether the field carries the target tag already. */
  tagged: boolean;
}

/** A memo of tag plans for one run. */
export function tagPlanner(): (tag: string) => TagPlan {
  const memo = new Map<string, TagPlan>();
  return (tag) => {
    let plan = memo.get(tag);
    if (plan === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      plan = { soft: retag(tag, false), hard: retag(tag, true), stray: strayTagText(tag), tagged: hasTag(tag, TARGET_TAG) };
      memo.set(tag, plan);
    }
    return plan;
  };
}

/** The tag field to write for one product (its tag's plan given), or null when its row is not written. */
export function tagChange(code: string, tag: string, sel: TagSelection, plan: TagPlan): string | null {
  if (code === '') return null;
  const { chosen, hard } = choose(code, tag, sel);
  if (!chosen) return null;
  return hard ? plan.hard : plan.soft;
}

/** Rows to write, in file order. */
export async function* neTagRows(
  rows: AsyncIterable<GoodsTagRow> | Iterable<GoodsTagRow>,
  sel: TagSelection,
): AsyncGenerator<[string, string]> {
  const planOf = tagPlanner();
  for await (const row of rows) {
    const tag = tagChange(row.code, row.tag, sel, planOf(row.tag));
    if (tag !== null) yield [row.code, tag];
  }
}
