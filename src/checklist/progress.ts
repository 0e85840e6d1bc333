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

/**
 * Steps this one requires, directly or through the steps it requires, that are not settled
 * (empty = gate open). Transitive on purpose: after `reset --step 21`, step 28 is held too,
 * although step 24 between them is still marked done.
 */
export function unmetRequirements(step: Step, state: Pick<State, 'steps'>, steps: readonly Step[]): number[] {
  const byN = new Map(steps.map((s) => [s.n, s]));
  const seen = new Set<number>();
  const walk = (ns: readonly number[]) => {
    for (const n of ns) {
      if (seen.has(n)) continue;
      seen.add(n);
      walk(byN.get(n)?.requires ?? []);
    }
  };
  walk(step.requires);
  return [...seen].filter((n) => !isSettled(state, n)).sort((a, b) => a - b);
}

/**
 * The steps an answer feeds: those that ask it or depend on it (`uses`), and every step
 * that requires one of them, directly or through others (what their gate waits on), in order.
 */
export function stepsUsingAnswer(key: string, steps: readonly Step[]): number[] {
  return withDependents(steps.filter((s) => s.asks.some((q) => q.key === key) || s.uses?.includes(key)).map((s) => s.n), steps);
}

/** These steps and every step that requires one of them, directly or through others, in order. */
export function withDependents(seeds: readonly number[], steps: readonly Step[]): number[] {
  const reached = new Set(seeds);
  // Steps only require earlier steps, so one pass in order reaches every dependent.
  for (const s of steps) if (s.requires.some((r) => reached.has(r))) reached.add(s.n);
  return [...reached].sort((a, b) => a - b);
}
