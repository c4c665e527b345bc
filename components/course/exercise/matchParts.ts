import { sameValue } from './compare';
import type { CaseOutcome, ExerciseCase, Tolerance, Value } from './types';
import type { Variant } from './mistakes';

const LOOSE: Tolerance = { absolute: 1e-6, relative: 1e-6 };

/** Element `index` of a returned list, or undefined when the value is not a list that long. */
function part(value: Value, index: number): Value | undefined {
  return Array.isArray(value) && index < value.length ? value[index] : undefined;
}

/**
 * Like behavesLike, for functions that return several things (a loss and a gradient, an output and its caches):
 * looks only at element `index` of the returned list, so a mistake in one part is named whatever the other parts hold.
 * Matches when, on every case where the variant's part and the right part disagree, the student's part is the
 * variant's (and there is at least one such case). Cases where the variant throws are left out.
 */
export function partBehavesLike(index: number, variant: Variant, tolerance: Tolerance = LOOSE) {
  return (outcomes: readonly CaseOutcome[], cases: readonly ExerciseCase[]): boolean => {
    let telling = 0;
    for (let i = 0; i < cases.length; i++) {
      let wrong: Value | undefined;
      try {
        wrong = part(variant(...structuredClone(cases[i].args)), index);
      } catch {
        continue;
      }
      const right = part(cases[i].expected, index);
      if (wrong === undefined || right === undefined || sameValue(wrong, right, tolerance)) continue;
      telling += 1;
      const outcome = outcomes[i];
      const got = outcome?.ok ? part(outcome.value, index) : undefined;
      if (got === undefined || !sameValue(got, wrong, tolerance)) return false;
    }
    return telling > 0;
  };
}
