/** The rule families by id, and how each is built from what it depends on. */
import type { Answers } from '../state/answers.js';
import type { CodeBook } from './code-book.js';
import { createCodeCase } from './code-case.js';
import { neCodeMaxLength } from './code-format.js';
import { createDuplicates } from './duplicates.js';
import type { Emit, FamilyChecker } from './family.js';
import { createItemMap } from './item-map.js';
import { createMappings, type ScMethodTables } from './mappings.js';
import { createOrders } from './orders.js';
import { createRowChecker, type RowOptions } from './row-families.js';
import type { NotShipped } from './not-shipped.js';
import { createTags } from './tags.js';
import { createYahooMatch } from './yahoo-match.js';

export const FAMILIES = [
  'code-format',
  'code-case',
  'duplicates',
  'jan',
  'tags',
  'yahoo-match',
  'mappings',
  'item-map',
  'number-format',
  'formula-cell',
  'orders',
] as const;
export type FamilyId = (typeof FAMILIES)[number];

export interface FamilyDeps {
  answers: Answers;
  book: CodeBook;
  /** Read only when the mappings family runs (it touches templates/). */
  tables: () => ScMethodTables;
  emit: Emit;
  /** Goods the shop ships itself (step 9's answer), for the `tags` family. */
  notShipped?: NotShipped;
}

/** Families that need the shared code book filled. */
export const BOOK_FAMILIES: readonly FamilyId[] = ['code-case', 'duplicates', 'yahoo-match', 'item-map'];

/** What the row families take of the answers (they may run in a worker thread, which has no answers). */
export function rowOptions(answers: Answers): RowOptions {
  return { codeMaxLength: neCodeMaxLength(answers) };
}

export function createCheckers(ids: readonly FamilyId[], d: FamilyDeps): FamilyChecker[] {
  const row = rowOptions(d.answers);
  const make: Record<FamilyId, () => FamilyChecker> = {
    'code-format': () => createRowChecker('code-format', d.emit, row),
    'code-case': () => createCodeCase(d.book, d.emit),
    duplicates: () => createDuplicates(d.book, d.emit),
    jan: () => createRowChecker('jan', d.emit, row),
    tags: () => createTags(d.emit, d.notShipped),
    'yahoo-match': () => createYahooMatch(d.book, d.emit),
    mappings: () => createMappings(d.answers, d.tables(), d.emit),
    'item-map': () => createItemMap(d.book, d.emit),
    'number-format': () => createRowChecker('number-format', d.emit, row),
    'formula-cell': () => createRowChecker('formula-cell', d.emit, row),
    orders: () => createOrders(d.emit),
  };
  return ids.map((id) => make[id]());
}
