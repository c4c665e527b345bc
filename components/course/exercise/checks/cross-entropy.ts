import { crossEntropy } from '../../../../engine/loss';
import { softmax } from '../../../../engine/softmax';
import { partBehavesLike } from '../matchParts';
import { either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

const cases: { label: string; logits: number[]; target: number }[] = [
  { label: 'three logits, the favourite is right', logits: [2, 1, 0.1], target: 0 },
  { label: 'the right token is not the favourite', logits: [0.5, 2.5, -1, 0], target: 2 },
  { label: 'equal logits (the loss is ln 4)', logits: [0, 0, 0, 0], target: 1 },
  { label: 'two logits, a negative target logit', logits: [3, -2], target: 1 },
  { label: 'large logits (≥ 710)', logits: [1000, 1002, 999], target: 0 },
  { label: 'very confident and wrong', logits: [-800, 0, 5], target: 0 },
];

type Args = [number[], number];

/** The right gradient, p − y, so a variant can get only the loss wrong. */
function gradient(logits: number[], target: number): number[] {
  return Array.from(softmax(logits), (p, i) => p - (i === target ? 1 : 0));
}

/** Cross-entropy of logits against a target index, and its gradient, checked against engine/loss. */
const checker: Checker = {
  functionName: 'cross_entropy',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    cases.map(({ label, logits, target }) => {
      const { loss, gradLogits } = crossEntropy(logits, target);
      return { label, args: [logits, target], expected: [loss, Array.from(gradLogits)] };
    }),
  mistakes: [
    {
      id: 'log-base-10',
      hint: 'Your loss is the right one divided by ln 10 ≈ 2.303: you used math.log10. Cross-entropy uses the natural logarithm, math.log, and is measured in nats.',
      matches: either(
        partBehavesLike(0, (...args: Value[]) => {
          const [logits, target] = args as Args;
          const p = softmax(logits)[target];
          if (p === 0) throw new RangeError('log10(0), as in Python'); // left out: that is the unstable mistake
          return [-Math.log10(p), gradient(logits, target)];
        }),
        partBehavesLike(0, (...args: Value[]) => {
          // log10 inside a stable log-sum-exp: log10 Σ exp(z − max) − (z_target − max).
          const [logits, target] = args as Args;
          const top = Math.max(...logits);
          const total = logits.reduce((sum, z) => sum + Math.exp(z - top), 0);
          return [Math.log10(total) - (logits[target] - top), gradient(logits, target)];
        }),
      ),
      example: `import math

def cross_entropy(logits, target):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    probs = [e / total for e in exps]
    loss = -math.log10(probs[target])
    return [loss, [p - (1 if i == target else 0) for i, p in enumerate(probs)]]
`,
    },
    {
      id: 'gradient-flipped',
      hint: 'Your gradient has the wrong sign: you computed true minus predicted, y − p. The gradient is predicted minus true, p − y, so the right token’s entry is negative (a step against the gradient raises its logit).',
      matches: partBehavesLike(1, (...args: Value[]) => {
        const [logits, target] = args as Args;
        return [0, gradient(logits, target).map((g) => -g)];
      }),
      example: `import math

def cross_entropy(logits, target):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    probs = [e / total for e in exps]
    loss = math.log(total) - (logits[target] - top)
    return [loss, [(1 if i == target else 0) - p for i, p in enumerate(probs)]]
`,
    },
    {
      id: 'no-softmax',
      hint: 'You took −log of the raw logit. Logits are not probabilities (they can be negative or above 1): turn them into probabilities with softmax first, then take −log of the right token’s probability.',
      matches: either(
        partBehavesLike(0, (...args: Value[]) => {
          const [logits, target] = args as Args;
          if (!(logits[target] > 0)) throw new RangeError('log of a logit ≤ 0');
          return [-Math.log(logits[target]), gradient(logits, target)];
        }),
        raisesOn('negative target logit', 'ValueError'),
      ),
      example: `import math

def cross_entropy(logits, target):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    probs = [e / total for e in exps]
    loss = -math.log(logits[target])
    return [loss, [p - (1 if i == target else 0) for i, p in enumerate(probs)]]
`,
    },
    {
      id: 'unstable',
      hint: 'Large or very negative logits break your version: math.exp(1000) overflows, and a probability of e^−805 rounds to 0, whose log fails. Subtract the largest logit first, and compute the loss as log Σ exp(z − max) − (z_target − max) instead of taking the log of a probability.',
      matches: either(
        raisesOn('large', 'OverflowError', 'ZeroDivisionError', 'ValueError'),
        nonFiniteOn('large'),
        raisesOn('very confident', 'OverflowError', 'ZeroDivisionError', 'ValueError'),
        nonFiniteOn('very confident'),
      ),
      example: `import math

def cross_entropy(logits, target):
    exps = [math.exp(z) for z in logits]
    total = sum(exps)
    probs = [e / total for e in exps]
    loss = -math.log(probs[target])
    return [loss, [p - (1 if i == target else 0) for i, p in enumerate(probs)]]
`,
    },
  ],
};

export default checker;
