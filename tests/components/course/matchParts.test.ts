import { describe, expect, it } from 'vitest';
import { partBehavesLike } from '../../../components/course/exercise/matchParts';
import type { CaseOutcome, ExerciseCase } from '../../../components/course/exercise/types';

// A function returning [sum, list doubled]; the variant gets only the list wrong (it triples).
const cases: ExerciseCase[] = [
  { label: 'two numbers', args: [[1, 2]], expected: [3, [2, 4]] },
  { label: 'empty', args: [[]], expected: [0, []] },
];
const tripled = (xs: unknown) => [0, (xs as number[]).map((x) => 3 * x)];
const ok = (value: CaseOutcome & { ok: true }) => value;

describe('partBehavesLike', () => {
  it('names a mistake in one part whatever the other part holds', () => {
    const outcomes: CaseOutcome[] = [ok({ ok: true, value: [99, [3, 6]] }), ok({ ok: true, value: [0, []] })];
    expect(partBehavesLike(1, tripled)(outcomes, cases)).toBe(true);
  });

  it('does not match when the student’s part differs from the variant’s on a telling case', () => {
    const outcomes: CaseOutcome[] = [ok({ ok: true, value: [3, [2, 4]] }), ok({ ok: true, value: [0, []] })];
    expect(partBehavesLike(1, tripled)(outcomes, cases)).toBe(false);
  });

  it('does not match when the variant agrees with the right answer on every case', () => {
    const outcomes: CaseOutcome[] = [ok({ ok: true, value: [3, [2, 4]] }), ok({ ok: true, value: [0, []] })];
    expect(partBehavesLike(0, tripled)(outcomes.slice(1), cases.slice(1))).toBe(false);
  });

  it('does not match a result that is not a list, or an error', () => {
    const outcomes: CaseOutcome[] = [
      ok({ ok: true, value: 7 }),
      { ok: false, error: { type: 'ValueError', message: 'no', line: 3 } },
    ];
    expect(partBehavesLike(1, tripled)(outcomes, cases)).toBe(false);
  });

  it('leaves out cases where the variant throws', () => {
    const picky = (xs: unknown) => {
      if ((xs as number[]).length === 0) throw new RangeError('empty');
      return tripled(xs);
    };
    const outcomes: CaseOutcome[] = [ok({ ok: true, value: [3, [3, 6]] }), { ok: false, error: { type: 'IndexError', message: '', line: 1 } }];
    expect(partBehavesLike(1, picky)(outcomes, cases)).toBe(true);
  });
});
