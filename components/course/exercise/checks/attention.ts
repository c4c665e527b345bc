import { scaledDotProductAttention } from '../../../../engine/attention';
import { fromRows, matmul, toRows, transpose } from '../../../../engine/matrix';
import { softmaxRows } from '../../../../engine/softmax';
import { behavesLike, either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

type Rows = number[][];
const cases: { label: string; q: Rows; k: Rows; v: Rows }[] = [
  {
    label: '“the cat sat” from the worked example',
    q: [[1, 0], [0, 1], [2, 0]],
    k: [[0, 0], [2, 0], [0, 2]],
    v: [[0, 0], [2, 0], [0, 1]],
  },
  {
    label: 'one query, four keys',
    q: [[1.5, 0.5]],
    k: [[1, 0], [0, 1], [-1, 0], [0.5, 0.5]],
    v: [[1, 2], [3, -1], [0, 0.5], [-2, 1]],
  },
  { label: 'a single token', q: [[1, 2]], k: [[3, 4]], v: [[5, 6, 7]] },
  {
    label: 'values longer than keys (d_k = 4, d_v = 3)',
    q: [[1, 0, -1, 2], [0.5, 0.5, 0, -1]],
    k: [[1, 1, 0, 0], [0, 2, 1, -1], [-1, 0, 3, 1]],
    v: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  },
  {
    label: 'a zero query (an even average)',
    q: [[0, 0, 0]],
    k: [[1, 2, 3], [-3, 0, 1], [2, 2, -1]],
    v: [[3, 0], [0, 6], [-3, 3]],
  },
  {
    label: 'large scores (in the hundreds after scaling)',
    q: [[40, 0, 0, 0], [0, 40, 0, 0]],
    k: [[40, 0, 0, 0], [0, 40, 0, 0], [20, 20, 0, 0]],
    v: [[1, 0], [0, 1], [0.5, 0.5]],
  },
];

// The cases as the engine takes them; each variant below is the engine with one thing changed.
function attend(q: Value, k: Value, v: Value, scale?: number): Rows {
  return toRows(scaledDotProductAttention(fromRows(q as Rows), fromRows(k as Rows), fromRows(v as Rows), { scale }).output);
}

function weightsOf(q: Value, k: Value): Rows {
  return toRows(scaledDotProductAttention(fromRows(q as Rows), fromRows(k as Rows), fromRows(k as Rows)).weights);
}

function columnSoftmax(q: Value, k: Value, v: Value): Rows {
  const queries = fromRows(q as Rows);
  const scaled = scaledDotProductAttention(queries, fromRows(k as Rows), fromRows(v as Rows)).scaledScores;
  return toRows(matmul(transpose(softmaxRows(transpose(scaled))), fromRows(v as Rows)));
}

/** softmax(QKᵀ/√d_k)·V without a mask, checked against engine/attention's scaledDotProductAttention. */
const checker: Checker = {
  functionName: 'attention',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () => cases.map(({ label, q, k, v }) => ({ label, args: [q, k, v], expected: attend(q, k, v) })),
  mistakes: [
    {
      id: 'no-scale',
      hint: 'You left out the division by √d_k: your weights come from the raw scores QKᵀ, so they are too sharp. Divide every score by math.sqrt(d_k), where d_k is the length of a key, before the softmax.',
      matches: behavesLike((q, k, v) => attend(q, k, v, 1)),
      example: `import math

def attention(Q, K, V):
    output = []
    for q in Q:
        scores = [sum(a * b for a, b in zip(q, k)) for k in K]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        weights = [e / total for e in exps]
        output.append([sum(w * v[j] for w, v in zip(weights, V)) for j in range(len(V[0]))])
    return output
`,
    },
    {
      id: 'divided-by-dk',
      hint: 'You divided the scores by d_k instead of √d_k, which shrinks them too far and flattens the weights towards a plain average. Divide by math.sqrt(d_k).',
      matches: behavesLike((q, k, v) => attend(q, k, v, 1 / (q as Rows)[0].length)),
      example: `import math

def attention(Q, K, V):
    d_k = len(K[0])
    output = []
    for q in Q:
        scores = [sum(a * b for a, b in zip(q, k)) / d_k for k in K]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        weights = [e / total for e in exps]
        output.append([sum(w * v[j] for w, v in zip(weights, V)) for j in range(len(V[0]))])
    return output
`,
    },
    {
      id: 'softmax-over-columns',
      hint: 'Your softmax runs down each column (over the queries) instead of along each row. Each query’s own row of scores, one score per key, is what must become weights that sum to 1.',
      matches: behavesLike(columnSoftmax),
      example: `import math

def attention(Q, K, V):
    d_k = len(K[0])
    scores = [[sum(a * b for a, b in zip(q, k)) / math.sqrt(d_k) for k in K] for q in Q]
    weights = [[0.0] * len(K) for _ in Q]
    for j in range(len(K)):
        column = [scores[i][j] for i in range(len(Q))]
        top = max(column)
        exps = [math.exp(s - top) for s in column]
        total = sum(exps)
        for i in range(len(Q)):
            weights[i][j] = exps[i] / total
    return [[sum(weights[i][j] * V[j][c] for j in range(len(V))) for c in range(len(V[0]))] for i in range(len(Q))]
`,
    },
    {
      id: 'returned-weights',
      hint: 'You returned the weights (one row of n numbers per query). Attention goes one step further: multiply the weights by V, so each query gets the weighted average of the value vectors.',
      matches: behavesLike((q, k) => weightsOf(q, k)),
      example: `import math

def attention(Q, K, V):
    d_k = len(K[0])
    weights = []
    for q in Q:
        scores = [sum(a * b for a, b in zip(q, k)) / math.sqrt(d_k) for k in K]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        weights.append([e / total for e in exps])
    return weights
`,
    },
    {
      id: 'no-max-shift',
      hint: 'Large scores overflowed: math.exp(800) is beyond the largest float. Subtract the largest score in each row before taking exp; the weights do not change, because the shift cancels in the division.',
      matches: either(raisesOn('large', 'OverflowError', 'ZeroDivisionError'), nonFiniteOn('large')),
      example: `import math

def attention(Q, K, V):
    d_k = len(K[0])
    output = []
    for q in Q:
        exps = [math.exp(sum(a * b for a, b in zip(q, k)) / math.sqrt(d_k)) for k in K]
        total = sum(exps)
        weights = [e / total for e in exps]
        output.append([sum(w * v[j] for w, v in zip(weights, V)) for j in range(len(V[0]))])
    return output
`,
    },
  ],
};

export default checker;
