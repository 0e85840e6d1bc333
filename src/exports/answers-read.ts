/** Typed reads of flat answers keys; a missing key is collected so that all are listed at once. */
import type { Answers } from '../state/answers.js';
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';

export class AnswerReader {
  readonly missing: string[] = [];
  constructor(private readonly answers: Answers) {}

  list(key: string): string[] {
    const v = this.answers[key];
    if (v === undefined) {
      this.missing.push(key);
      return [];
    }
    if (typeof v === 'string') return v.split(/[\n,]/).filter((s) => s.trim() !== '');
    if (!Array.isArray(v)) throw new UserError(m.answerWrongType({ key, expected: 'string[]' }));
    return v;
  }

  flag(key: string): boolean {
    const v = this.answers[key];
    if (v === undefined) {
      this.missing.push(key);
      return false;
    }
    if (typeof v !== 'boolean') throw new UserError(m.answerWrongType({ key, expected: 'true / false' }));
    return v;
  }

  /** A name → name answer; absent is an empty map (the caller decides whether that is enough). */
  pairs(key: string): Record<string, string> {
    const v = this.answers[key];
    if (v === undefined) return {};
    if (typeof v !== 'object' || Array.isArray(v)) throw new UserError(m.answerWrongType({ key, expected: '{ name: value }' }));
    return v;
  }

  /** Throws one error naming every missing key. */
  done(artifact: string, step: number): void {
    if (this.missing.length > 0) {
      throw new UserError(m.answersMissing({ artifact, keys: this.missing.join(', ') }), m.answersMissingHint({ step }));
    }
  }
}
