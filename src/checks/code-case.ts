/**
 * Codes equal except for upper/lower case, within one file or across NE goods, Yahoo and
 * STOCKCREW files. NE's stock sync matches exactly, so such a pair is either never synced
 * or, per the seed's caution, makes STOCKCREW keep ADDING stock. One finding per group,
 * placed at its first member, naming every member with file:line.
 */
import { checkText as m } from '../i18n/checks.js';
import type { CodeBook } from './code-book.js';
import { at, type Emit, type FamilyChecker } from './family.js';

/** Members listed in one message; a bigger group is rare and the rest is counted. */
const LISTED = 12;

export function createCodeCase(book: CodeBook, emit: Emit): FamilyChecker {
  return {
    family: 'code-case',
    finish() {
      for (const group of book.caseGroups()) {
        const listed = group.slice(0, LISTED).map((g) => `${g.code} (${at(g.file, g.line)})`);
        if (group.length > LISTED) listed.push(`… +${group.length - LISTED}`);
        const first = group[0]!;
        emit({
          rule: 'code-case',
          severity: 'error',
          file: first.file,
          line: first.line,
          code: first.code,
          message: m.codeCase({ members: listed.join(', ') }),
        });
      }
    },
  };
}
