import { softmax } from '../../../../engine/softmax';
import { behavesLike, either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

const list = (xs: ArrayLike<number>): number[] => Array.from(xs);
const cases: { label: string; logits: number[] }[] = [
  { label: 'three logits', logits: [1, 2, 3] },
  { label: 'negative and positive logits', logits: [-1.5, 0, 2.25, 0.5] },
  { label: 'ties', logits: [2, 2, 2, 2] },
  { label: 'a single logit', logits: [5] },
  { label: 'large logits (≥ 710)', logits: [1000, 1001, 1002] },
  { label: 'very negative logits', logits: [-1000, -1001, -1002] },
];

/** Stable softmax over a list of logits, checked against engine/softmax. */
const checker: Checker = {
  functionName: 'softmax',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () => cases.map(({ label, logits }) => ({ label, args: [logits], expected: list(softmax(logits)) })),
  mistakes: [
    {
      id: 'no-max-shift',
      hint: 'You got inf (or an overflow) on large logits: math.exp(710) is already too big for a float. Subtract the largest logit from every logit before taking exp; the result does not change, because the shift cancels in the division.',
      matches: either(raisesOn('large', 'OverflowError'), nonFiniteOn('large'), raisesOn('very negative', 'ZeroDivisionError'), nonFiniteOn('very negative')),
      example: `import math

def softmax(logits):
    exps = [math.exp(z) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
`,
    },
    {
      id: 'not-normalised',
      hint: 'Your numbers do not sum to 1: after taking exp of each shifted logit, divide every one by their total.',
      matches: behavesLike((logits) => {
        const z = logits as number[];
        const top = Math.max(...z);
        return z.map((x) => Math.exp(x - top));
      }),
      example: `import math

def softmax(logits):
    top = max(logits)
    return [math.exp(z - top) for z in logits]
`,
    },
    {
      id: 'no-exp',
      hint: 'You divided the logits by their sum without exp: softmax takes exp of each logit first, so negative logits still get a positive probability.',
      matches: behavesLike((logits) => {
        const z = logits as number[];
        const total = z.reduce((a, b) => a + b, 0);
        return z.map((x) => x / total) as Value;
      }),
      example: `def softmax(logits):
    total = sum(logits)
    return [z / total for z in logits]
`,
    },
  ],
};

export default checker;
