import { describe, expect, it } from 'vitest';
import { evaluateRun } from '../../../components/course/exercise/evaluate';
import { behavesLike, nonFiniteOn, raisesOn } from '../../../components/course/exercise/mistakes';
import type { Checker, ExerciseCase, Value } from '../../../components/course/exercise/types';

// A checker for doubling a list, with two known mistakes: adding one instead, and overflowing on "big" inputs.
const checker: Checker = {
  functionName: 'double',
  tolerance: { absolute: 1e-12, relative: 0 },
  cases: () => [],
  mistakes: [
    { id: 'overflow', hint: 'It overflowed.', matches: raisesOn('big', 'OverflowError'), example: '' },
    { id: 'plus-one', hint: 'You added one.', matches: behavesLike((xs) => (xs as number[]).map((x) => x + 1) as Value), example: '' },
    { id: 'inf', hint: 'You got inf.', matches: nonFiniteOn('small'), example: '' },
  ],
};
const cases: ExerciseCase[] = [
  { label: 'small', args: [[1, 2]], expected: [2, 4] },
  { label: 'ones', args: [[1, 1]], expected: [2, 2] },
  { label: 'big', args: [[1e300]], expected: [2e300] },
];

describe('judging a run', () => {
  it('passes when every case agrees', () => {
    const report = evaluateRun(checker, cases, [{ ok: true, value: [2, 4] }, { ok: true, value: [2, 2] }, { ok: true, value: [2e300] }]);
    expect(report.passed).toBe(true);
    expect(report.mistake).toBeNull();
    expect(report.cases.map((c) => c.status)).toEqual(['passed', 'passed', 'passed']);
  });

  it('names the mistake whose wrong variant the student followed on every case that tells them apart', () => {
    // x + 1 equals 2x for x = 1, so "ones" cannot tell them apart and is wrongly "passed" by the variant.
    const report = evaluateRun(checker, cases, [{ ok: true, value: [2, 3] }, { ok: true, value: [2, 2] }, { ok: true, value: [1e300 + 1] }]);
    expect(report.passed).toBe(false);
    expect(report.mistake).toEqual({ id: 'plus-one', hint: 'You added one.' });
    expect(report.cases[0]).toMatchObject({ status: 'failed', firstWrong: [1], reason: 'expected 4, got 3' });
  });

  it('does not name a mistake the student only half follows', () => {
    const report = evaluateRun(checker, cases, [{ ok: true, value: [2, 3] }, { ok: true, value: [2, 2] }, { ok: true, value: [7] }]);
    expect(report.mistake).toBeNull();
  });

  it('tries mistakes in order and keeps the raised error with its line for the case', () => {
    const error = { type: 'OverflowError', message: 'math range error', line: 3 };
    const report = evaluateRun(checker, cases, [{ ok: true, value: [2, 4] }, { ok: true, value: [2, 2] }, { ok: false, error }]);
    expect(report.mistake?.id).toBe('overflow');
    expect(report.cases[2]).toMatchObject({ status: 'error', error });
  });

  it('shows a fatal error instead of the cases', () => {
    const fatal = { type: 'SyntaxError', message: 'invalid syntax', line: 2 };
    const report = evaluateRun(checker, cases, [], fatal);
    expect(report).toEqual({ passed: false, cases: [], mistake: null, fatal });
  });

  it('recognises inf returned on a named case', () => {
    const report = evaluateRun(checker, cases, [{ ok: true, value: [Infinity, 4] }, { ok: true, value: [2, 2] }, { ok: true, value: [2e300] }]);
    expect(report.mistake?.id).toBe('inf');
  });
});
