/**
 * The goods STOCKCREW does not ship because the shop ships them itself, as answered at
 * step 9: product codes typed in, a file of codes, or a tag the shop already puts on them.
 * One reading of that answer serves the tag upload (ne-tags leaves them untagged), the
 * `tags` check (such a product must not carry [STOCKCREW連携対象]) and the check at
 * steps 13 and 21 that the upload took.
 */
import { readCodeList } from '../csv/index.js';
import { hasTag } from '../formats/tags.js';
import { tagUploadText as m } from '../i18n/tag-upload.js';
import type { Text } from '../i18n/text.js';
import type { Answers } from '../state/answers.js';
import { displayPath } from './display-path.js';

export interface NotShipped {
  has(code: string, tagField: string): boolean;
  /** Where the answer came from, for messages: the key, the file or the tag. */
  source: Text;
  /** The codes named one by one (a list or a file); none when goods are named by a tag. */
  codes: ReadonlySet<string>;
  /** The answers key or the file the codes came from, and the line (or place in the answer) of each. */
  shown: string;
  lines: ReadonlyMap<string, number>;
}

function byCodes(codes: ReadonlySet<string>, source: Text, shown: string, lines: ReadonlyMap<string, number>): NotShipped {
  return { has: (code) => codes.has(code), source, codes, shown, lines };
}

/** The answer of step 9, or undefined when STOCKCREW ships every product. */
export async function loadNotShipped(answers: Answers, dir: string): Promise<NotShipped | undefined> {
  const by = answers['tags.notShippedBy'];
  if (by === 'codes') {
    const list: string[] = Array.isArray(answers['tags.notShippedCodes']) ? answers['tags.notShippedCodes'].map(String) : [];
    const lines = new Map<string, number>();
    list.forEach((c, i) => lines.has(c) || lines.set(c, i + 1));
    return byCodes(new Set(list), m.sourceCodes(), 'tags.notShippedCodes', lines);
  }
  if (by === 'file') {
    const file = answers['files.notShipped'];
    if (typeof file !== 'string' || file === '') return undefined;
    const shown = displayPath(file, dir);
    const list = await readCodeList(file);
    return byCodes(list.codes, { ja: shown, en: shown }, shown, list.lines);
  }
  if (by === 'tag') {
    const tag = answers['tags.notShippedTag'];
    if (typeof tag !== 'string' || tag === '') return undefined;
    return { has: (_code, field) => hasTag(field, tag), source: m.sourceTag({ tag }), codes: new Set(), shown: '', lines: new Map() };
  }
  return undefined;
}
