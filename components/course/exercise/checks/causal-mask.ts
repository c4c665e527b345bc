import { causalMask } from '../../../../engine/attention';
import { fromRows, toRows } from '../../../../engine/matrix';
import { softmaxRows } from '../../../../engine/softmax';
import { behavesLike, either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

type Rows = number[][];
const cases: { label: string; scores: Rows }[] = [
  { label: 'a single token', scores: [[2.5]] },
  { label: 'three tokens', scores: [[1, 2, 3], [0.5, -1, 2], [2, 0, 1]] },
  { label: 'equal scores (each token averages its past)', scores: Array.from({ length: 4 }, () => [1.5, 1.5, 1.5, 1.5]) },
  {
    label: 'four tokens with negative scores',
    scores: [[-2, 1, 0, 3], [0, -0.5, 2, 1], [-1, -3, -2, 0.5], [1, 0, -1, 2]],
  },
  { label: 'large scores (near 1000)', scores: [[900, 1000, 950], [800, 700, 1000], [990, 1000, 995]] },
];

/** Softmax of each row with entry (i, j) kept where `visible(i, j)`; a row with nothing visible is all zeros. */
const masked = (scores: Value, visible: (i: number, j: number) => boolean): Rows => {
  const rows = scores as Rows;
  return toRows(softmaxRows(fromRows(rows), { mask: rows.map((row, i) => row.map((_, j) => visible(i, j))) }));
};

/** Causal attention weights from a T × T score matrix, checked against engine/softmax's softmaxRows with causalMask. */
const checker: Checker = {
  functionName: 'causal_attention_weights',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    cases.map(({ label, scores }) => ({
      label,
      args: [scores],
      expected: toRows(softmaxRows(fromRows(scores), { mask: causalMask(scores.length) })),
    })),
  mistakes: [
    {
      id: 'hides-diagonal',
      hint: 'Your mask also hides the diagonal, so a token cannot see itself, and the first token is left with nothing to attend to (a single token gets nan or a division by zero). Keep j ≤ i visible and hide only j > i.',
      matches: either(
        raisesOn('single token', 'ZeroDivisionError', 'ValueError'),
        nonFiniteOn('single token'),
        behavesLike((scores) => masked(scores, (i, j) => j < i)),
      ),
      example: `import math

def causal_attention_weights(scores):
    weights = []
    for i, row in enumerate(scores):
        kept = [s if j < i else -math.inf for j, s in enumerate(row)]
        top = max(kept)
        exps = [math.exp(s - top) for s in kept]
        total = sum(exps)
        weights.append([e / total for e in exps])
    return weights
`,
    },
    {
      id: 'masked-the-past',
      hint: 'You hid the past and kept the future: your weights sit above the diagonal. Token i may see tokens j ≤ i (itself and earlier); hide j > i.',
      matches: behavesLike((scores) => masked(scores, (i, j) => j >= i)),
      example: `import math

def causal_attention_weights(scores):
    weights = []
    for i, row in enumerate(scores):
        kept = [s if j >= i else -math.inf for j, s in enumerate(row)]
        top = max(kept)
        exps = [math.exp(s - top) for s in kept]
        total = sum(exps)
        weights.append([e / total for e in exps])
    return weights
`,
    },
    {
      id: 'masked-with-zero',
      hint: 'You set hidden scores to 0 instead of −∞. A score of 0 still gets weight e⁰ = 1 after the exp, so the future still leaks in. Use -math.inf: e^−∞ is exactly 0.',
      matches: behavesLike((scores) => masked((scores as Rows).map((row, i) => row.map((s, j) => (j <= i ? s : 0))), () => true)),
      example: `import math

def causal_attention_weights(scores):
    weights = []
    for i, row in enumerate(scores):
        kept = [s if j <= i else 0.0 for j, s in enumerate(row)]
        top = max(kept)
        exps = [math.exp(s - top) for s in kept]
        total = sum(exps)
        weights.append([e / total for e in exps])
    return weights
`,
    },
    {
      id: 'zeroed-after-softmax',
      hint: 'You zeroed the future weights after the softmax, so your rows sum to less than 1. Hide the future before the softmax, with −∞ scores, and softmax’s own division shares the weight among the visible tokens.',
      matches: behavesLike((scores) => masked(scores, () => true).map((row, i) => row.map((w, j) => (j <= i ? w : 0)))),
      example: `import math

def causal_attention_weights(scores):
    weights = []
    for i, row in enumerate(scores):
        top = max(row)
        exps = [math.exp(s - top) for s in row]
        total = sum(exps)
        weights.append([e / total if j <= i else 0.0 for j, e in enumerate(exps)])
    return weights
`,
    },
    {
      id: 'no-mask',
      hint: 'There is no mask in your weights: every token attends to the tokens after it too. Before the softmax, set the scores with j > i to -math.inf.',
      matches: behavesLike((scores) => masked(scores, () => true)),
      example: `import math

def causal_attention_weights(scores):
    weights = []
    for row in scores:
        top = max(row)
        exps = [math.exp(s - top) for s in row]
        total = sum(exps)
        weights.append([e / total for e in exps])
    return weights
`,
    },
    {
      id: 'no-max-shift',
      hint: 'Scores near 1000 overflowed: math.exp(1000) is beyond the largest float. Subtract the largest visible score of each row before taking exp; the weights do not change.',
      matches: either(raisesOn('large', 'OverflowError', 'ZeroDivisionError'), nonFiniteOn('large')),
      example: `import math

def causal_attention_weights(scores):
    weights = []
    for i, row in enumerate(scores):
        exps = [math.exp(s) if j <= i else 0.0 for j, s in enumerate(row)]
        total = sum(exps)
        weights.append([e / total for e in exps])
    return weights
`,
    },
  ],
};

export default checker;
