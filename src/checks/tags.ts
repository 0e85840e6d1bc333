/**
 * Tag spelling. STOCKCREW ships an order only when every line's product carries exactly
 * `[STOCKCREW連携対象]`, and skips the order silently otherwise; `[SCハード資材発送]` means
 * nothing without it. So anything that LOOKS like either tag but is not exactly it is an
 * error: it is the operator's intent, written in a way no system will read.
 */
import { HARD_TAG, hasTag, TARGET_TAG } from '../formats/tags.js';
import { checkText as m } from '../i18n/checks.js';
import { tagUploadText } from '../i18n/tag-upload.js';
import type { Text } from '../i18n/text.js';
import type { Emit, FamilyChecker } from './family.js';
import { lazy } from './lazy-text.js';
import type { NotShipped } from './not-shipped.js';
import { looseForm, nearMiss, splitTagField } from './tag-spelling.js';

const TARGETS = [TARGET_TAG, HARD_TAG].map((tag) => ({ tag, loose: looseForm(tag) }));

export interface TagProblem {
  rule: string;
  message: Text;
}

/** Problems of one product's tag field; [] when it is fine (including when empty). */
export function tagProblems(field: string): TagProblem[] {
  if (field === '' || field === TARGET_TAG || field === TARGET_TAG + HARD_TAG) return [];
  const problems: TagProblem[] = [];
  const exact = new Set<string>();
  const meant = new Set<string>();
  for (const piece of splitTagField(field)) {
    if (piece.kind === 'tag' && piece.halfWidth && (piece.raw === TARGET_TAG || piece.raw === HARD_TAG)) {
      exact.add(piece.raw);
      continue;
    }
    const loose = looseForm(piece.raw);
    const target = TARGETS.find((t) => nearMiss(loose, t.loose));
    if (!target) continue;
    meant.add(target.tag);
    const text = piece.raw.trim();
    if (piece.kind === 'text') {
      problems.push({ rule: 'tags.brackets', message: m.tagNoBrackets({ text, target: target.tag }) });
    } else if (!piece.halfWidth) {
      problems.push({ rule: 'tags.full-width', message: m.tagFullWidth({ tag: piece.raw, target: target.tag }) });
    } else if (/\s/.test(piece.inner) && `[${piece.inner.replace(/\s/g, '')}]` === target.tag) {
      problems.push({ rule: 'tags.spaces', message: m.tagSpaces({ tag: piece.raw, target: target.tag }) });
    } else {
      problems.push({ rule: 'tags.near-miss', message: m.tagNearMiss({ tag: piece.raw, target: target.tag }) });
    }
  }
  // A misspelt target tag is already reported above; repeating it as "missing" would only confuse.
  if (exact.has(HARD_TAG) && !exact.has(TARGET_TAG) && !meant.has(TARGET_TAG)) {
    problems.push({ rule: 'tags.hard-without-target', message: m.tagHardWithoutTarget({ hard: HARD_TAG, target: TARGET_TAG }) });
  }
  return problems;
}

/** Distinct tag fields remembered; shops reuse a handful of combinations across 500,000 goods. */
const MEMO_LIMIT = 10_000;

/** `notShipped`: the goods the shop ships itself (step 9), which must not carry the target tag. */
export function createTags(emit: Emit, notShipped?: NotShipped): FamilyChecker {
  const memo = new Map<string, TagProblem[]>();
  const problemsOf = (field: string): TagProblem[] => {
    let found = memo.get(field);
    if (found === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      found = tagProblems(field);
      memo.set(field, found);
    }
    return found;
  };
  return {
    family: 'tags',
    record(file, rec) {
      if (file.input !== 'neGoods') return;
      const field = rec.values.tag ?? '';
      const code = rec.values.code ?? '';
      for (const p of problemsOf(field)) {
        emit({ rule: p.rule, severity: 'error', file: file.shown, line: rec.line, code: code || null, message: p.message });
      }
      if (notShipped?.has(code, field) && hasTag(field, TARGET_TAG)) {
        const message = lazy(tagUploadText.notShippedTagged, { code, source: notShipped.source });
        emit({ rule: 'tags.not-shipped-tagged', severity: 'error', file: file.shown, line: rec.line, code, message });
      }
    },
  };
}
