import { softmax } from '../../../../engine/softmax';
import { behavesLike, either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker } from '../types';

const list = (xs: ArrayLike<number>): number[] => Array.from(xs);
const WORDS = [2, 1, 0.5, -1];
const cases: { label: string; logits: number[]; temperature: number }[] = [
  { label: 'the lesson’s four words at τ = 1', logits: WORDS, temperature: 1 },
  { label: 'the four words at τ = 0.5 (sharper)', logits: WORDS, temperature: 0.5 },
  { label: 'the four words at τ = 5 (flatter)', logits: WORDS, temperature: 5 },
  { label: 'ties at τ = 0.2', logits: [3, 3, 3], temperature: 0.2 },
  { label: 'a single logit at τ = 2', logits: [4], temperature: 2 },
  { label: 'a tiny temperature (τ = 0.01) with logits near 10', logits: [10, 9.5, 8, 10.2], temperature: 0.01 },
];

/** Softmax with a temperature, checked against engine/softmax. The Temperature figure can run the same function. */
const checker: Checker = {
  functionName: 'softmax',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    cases.map(({ label, logits, temperature }) => ({
      label,
      args: [logits, temperature],
      expected: list(softmax(logits, { temperature })),
    })),
  mistakes: [
    {
      id: 'multiplied-by-temperature',
      hint: 'You multiplied the logits by τ, so a low temperature flattens and a high one sharpens: the dial runs backwards. Divide each logit by τ instead.',
      matches: behavesLike((logits, t) => list(softmax((logits as number[]).map((z) => z * (t as number))))),
      example: `import math

def softmax(logits, temperature):
    scaled = [z * temperature for z in logits]
    top = max(scaled)
    exps = [math.exp(z - top) for z in scaled]
    total = sum(exps)
    return [e / total for e in exps]
`,
    },
    {
      id: 'temperature-has-no-effect',
      hint: 'Your answer is plain softmax whatever τ is. If you divided after the exp, τ cancels when you divide by the total. Divide the logits by τ before taking exp.',
      matches: behavesLike((logits) => list(softmax(logits as number[]))),
      example: `import math

def softmax(logits, temperature):
    top = max(logits)
    exps = [math.exp(z - top) / temperature for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
`,
    },
    {
      id: 'no-max-shift',
      hint: 'At τ = 0.01 a logit of 10 becomes 1000, and math.exp(1000) overflows. Subtract the largest logit before you divide by τ and take exp: the shift cancels in the division, and the largest exponent becomes exactly 0.',
      matches: either(raisesOn('tiny', 'OverflowError', 'ZeroDivisionError'), nonFiniteOn('tiny')),
      example: `import math

def softmax(logits, temperature):
    exps = [math.exp(z / temperature) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
`,
    },
  ],
};

export default checker;
