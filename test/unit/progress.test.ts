import { describe, expect, it } from 'vitest';
import { nextStep, unmetRequirements } from '../../src/checklist/progress.js';
import { findStep, STEPS } from '../../src/checklist/steps.js';

const settled = (...ns: number[]) => ({ steps: Object.fromEntries(ns.map((n) => [String(n), { state: 'done' as const }])) });
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('progress', () => {
  it('next is the first step neither done nor skipped', () => {
    expect(nextStep(STEPS, settled())?.n).toBe(1);
    expect(nextStep(STEPS, { steps: { 1: { state: 'done' }, 2: { state: 'skipped' } } })?.n).toBe(3);
    expect(nextStep(STEPS, settled(...range(1, 30)))).toBeNull();
  });

  it('go-live gates of DOMAIN.md: 21 before 24/25; 24, 26, 27 before 28; 28 before 29; 17-19 and 29 before 30', () => {
    const all = range(1, 30);
    const without = (...ns: number[]) => settled(...all.filter((n) => !ns.includes(n)));
    expect(unmetRequirements(findStep('24')!, without(21, 24), STEPS)).toEqual([21]);
    expect(unmetRequirements(findStep('25')!, without(21, 25), STEPS)).toEqual([21]);
    for (const n of [24, 26, 27]) expect(unmetRequirements(findStep('28')!, without(n, 28), STEPS)).toContain(n);
    expect(unmetRequirements(findStep('29')!, without(28, 29), STEPS)).toEqual([28]);
    for (const n of [17, 18, 19, 29]) expect(unmetRequirements(findStep('30')!, without(n, 30), STEPS)).toContain(n);
    expect(unmetRequirements(findStep('30')!, without(30), STEPS)).toEqual([]);
  });

  it('gates are transitive: an upstream step reset holds everything after it', () => {
    const state = settled(...range(1, 30).filter((n) => n !== 21));
    expect(unmetRequirements(findStep('28')!, state, STEPS)).toEqual([21]);
    expect(unmetRequirements(findStep('30')!, state, STEPS)).toEqual([21]);
  });
});
