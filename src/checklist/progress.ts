/**
 * Pure reading of progress: which steps are done, which is next, whether a step's gate
 * holds. No zod here: `status` uses it.
 */
import type { StepState } from '../state/file.js';
import type { State } from '../state/schema.js';
import type { Step } from './types.js';

export function stepState(state: Pick<State, 'steps'>, n: number): StepState {
  return state.steps[String(n)]?.state ?? 'todo';
}

export function isSettled(state: Pick<State, 'steps'>, n: number): boolean {
  return stepState(state, n) !== 'todo';
}

/** The first step that is neither done nor skipped, or null when all 30 are settled. */
export function nextStep(steps: readonly Step[], state: Pick<State, 'steps'>): Step | null {
  return steps.find((s) => !isSettled(state, s.n)) ?? null;
}

/** Steps this one requires that are not settled yet (empty = gate open). */
export function unmetRequirements(step: Step, state: Pick<State, 'steps'>): number[] {
  return step.requires.filter((n) => !isSettled(state, n));
}
