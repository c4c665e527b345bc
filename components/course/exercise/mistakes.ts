import { numbersIn, sameValue } from './compare';
import type { CaseOutcome, ExerciseCase, Mistake, Tolerance, Value } from './types';

/** A wrong implementation written in TypeScript, to recognise a student's output that follows it. */
export type Variant = (...args: Value[]) => Value;

const LOOSE: Tolerance = { absolute: 1e-6, relative: 1e-6 };

/**
 * Matches when, on every case where the wrong variant and the right answer disagree, the student returned what the
 * variant returns (and there is at least one such case). Cases where the variant throws are left out.
 */
export function behavesLike(variant: Variant, tolerance: Tolerance = LOOSE) {
  return (outcomes: readonly CaseOutcome[], cases: readonly ExerciseCase[]): boolean => {
    let telling = 0;
    for (let i = 0; i < cases.length; i++) {
      let wrong: Value;
      try {
        wrong = variant(...structuredClone(cases[i].args));
      } catch {
        continue;
      }
      if (sameValue(wrong, cases[i].expected, tolerance)) continue;
      telling += 1;
      const outcome = outcomes[i];
      if (!outcome?.ok || !sameValue(outcome.value, wrong, tolerance)) return false;
    }
    return telling > 0;
  };
}

/** Matches when a case whose label includes `label` raised an exception of one of the given types. */
export function raisesOn(label: string, ...types: string[]) {
  return (outcomes: readonly CaseOutcome[], cases: readonly ExerciseCase[]): boolean =>
    cases.some((c, i) => {
      const outcome = outcomes[i];
      return c.label.includes(label) && outcome !== undefined && !outcome.ok && types.includes(outcome.error.type);
    });
}

/** Matches when a case whose label includes `label` returned inf or nan somewhere. */
export function nonFiniteOn(label: string) {
  return (outcomes: readonly CaseOutcome[], cases: readonly ExerciseCase[]): boolean =>
    cases.some((c, i) => {
      const outcome = outcomes[i];
      return c.label.includes(label) && outcome?.ok === true && numbersIn(outcome.value).some((x) => !Number.isFinite(x));
    });
}

/** Matches when any of the given matchers does. */
export function either(...matchers: Mistake['matches'][]): Mistake['matches'] {
  return (outcomes, cases) => matchers.some((m) => m(outcomes, cases));
}

/**
 * Looks only at the cases whose label includes `label`, for mistakes that tell on some cases and blow up on others
 * (a step uphill is plain to see after one step and an overflow after five hundred).
 */
export function onCases(label: string, matcher: Mistake['matches']): Mistake['matches'] {
  return (outcomes, cases) => {
    const kept = cases.map((c, i) => [c, outcomes[i]] as const).filter(([c]) => c.label.includes(label));
    return matcher(
      kept.map(([, o]) => o),
      kept.map(([c]) => c),
    );
  };
}
