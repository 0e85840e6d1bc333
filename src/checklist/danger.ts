/**
 * Typed confirmations of the steps that change live behaviour: their answers key and the
 * check of what was typed. Free of the validation library, so that the runner can ask a
 * dangerous confirmation without loading it.
 */
import type { DangerConfirm } from './types.js';

export function confirmKey(d: DangerConfirm): string {
  return `confirm.${d.id}`;
}

/** Dashes a Japanese IME may put where a hyphen was meant (ー, ‐, −, –, —). */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70]/g;

/**
 * Whether the operator typed the confirmation word. Surrounding spaces do not count, and
 * what a Japanese IME leaves (full-width ＯＦＦ, ー for -) is folded first; otherwise the
 * match is exact, case included.
 */
export function checkDanger(d: DangerConfirm, typed: string): boolean {
  return typed.normalize('NFKC').replace(DASHES, '-').trim() === d.word;
}
