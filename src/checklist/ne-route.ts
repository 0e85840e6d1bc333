/**
 * Whether this run of the checklist reads Next Engine's data from the API, and since when the
 * run goes. Set once per run by the commands (commands/session.ts) when the folder has a
 * usable `sc-setup ne login`: the run's start time travels with the run's given answers under
 * a key no question has, so it is never asked, never accepted from an answers file or --set,
 * and never saved. Kept tiny: the step table (loaded by `status`) reads it.
 */
import type { Answers } from '../state/answers.js';

export const NE_API_KEY = 'ne.api';

/** The given answers of a run that reads from Next Engine, started at `startedAt`. */
export function neRunAnswers(startedAt: Date): Answers {
  return { [NE_API_KEY]: startedAt.toISOString() };
}

export function readsFromNe(answers: Answers): boolean {
  return typeof answers[NE_API_KEY] === 'string';
}

/** When the run that reads from Next Engine started. */
export function neRunStart(answers: Answers): Date {
  return new Date(String(answers[NE_API_KEY]));
}

/** For questions whose file the API replaces: asked only without a login. */
export const withoutNe = (answers: Answers): boolean => !readsFromNe(answers);
