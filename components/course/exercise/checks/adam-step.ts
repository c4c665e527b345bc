import { adamStep } from '../../../../engine/adam';
import { partBehavesLike } from '../matchParts';
import type { Checker, Value } from '../types';

interface AdamCase {
  label: string;
  params: number[];
  grads: number[];
  m: number[];
  v: number[];
  step: number;
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
}

const usual = { beta1: 0.9, beta2: 0.999, eps: 1e-8 };
const cases: AdamCase[] = [
  { label: 'the first step (m and v start at 0)', params: [0.5, -1.2, 2], grads: [0.3, -0.8, 1.5], m: [0, 0, 0], v: [0, 0, 0], step: 1, lr: 0.01, ...usual },
  { label: 'step 10, with running averages', params: [0.4, -0.2, 1], grads: [0.1, 0.05, -0.3], m: [0.05, -0.02, 0.1], v: [0.002, 0.0005, 0.004], step: 10, lr: 0.001, ...usual },
  { label: 'a gradient that flips sign', params: [1.5, -0.7], grads: [-0.4, 0.9], m: [0.3, -0.5], v: [0.09, 0.25], step: 3, lr: 0.01, ...usual },
  { label: 'tiny gradients, near ε', params: [0.2, -0.3, 0.1], grads: [1e-8, -2e-8, 5e-9], m: [0, 0, 0], v: [0, 0, 0], step: 1, lr: 0.1, ...usual },
  { label: 'other β₁ and β₂ (0.5 and 0.9)', params: [0, 1], grads: [0.2, -0.6], m: [0.1, -0.2], v: [0.01, 0.05], step: 4, lr: 0.05, beta1: 0.5, beta2: 0.9, eps: 1e-8 },
  { label: 'one parameter with a huge gradient', params: [3], grads: [1000], m: [0], v: [0], step: 1, lr: 0.1, ...usual },
];

type Args = [number[], number[], number[], number[], number, number, number, number, number];

/** Adam with one step of it changed; returns [params, m, v] like the student's function. */
function variant(change: {
  correct?: (value: number, beta: number, step: number) => number;
  denominator?: (vHat: number, eps: number) => number;
  square?: (g: number) => number;
  sign?: number;
  returnCorrected?: boolean;
}) {
  const { correct = (x, beta, t) => x / (1 - beta ** t), denominator = (vHat, eps) => Math.sqrt(vHat) + eps, square = (g) => g * g, sign = -1 } = change;
  return (...args: Value[]): Value => {
    const [params, grads, m, v, step, lr, beta1, beta2, eps] = args as Args;
    const newM = grads.map((g, i) => beta1 * m[i] + (1 - beta1) * g);
    const newV = grads.map((g, i) => beta2 * v[i] + (1 - beta2) * square(g));
    if (newV.some((x) => x < 0)) throw new RangeError('√ of a negative v, as in Python'); // Python raises here
    const mHat = newM.map((x) => correct(x, beta1, step));
    const vHat = newV.map((x) => correct(x, beta2, step));
    const newParams = params.map((p, i) => p + sign * lr * (mHat[i] / denominator(vHat[i], eps)));
    return change.returnCorrected ? [newParams, mHat, vHat] : [newParams, newM, newV];
  };
}

const PRELUDE = `import math

def adam_step(params, grads, m, v, step, lr, beta1, beta2, eps):
    new_params, new_m, new_v = [], [], []
    for p, g, m_i, v_i in zip(params, grads, m, v):
`;

/** One Adam step over a list of parameters, with bias correction, checked against engine/adam. */
const checker: Checker = {
  functionName: 'adam_step',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    cases.map(({ label, params, grads, m, v, step, lr, beta1, beta2, eps }) => {
      const result = adamStep(params, grads, m, v, { step, learningRate: lr, beta1, beta2, epsilon: eps });
      return { label, args: [params, grads, m, v, step, lr, beta1, beta2, eps], expected: [result.params, result.m, result.v] };
    }),
  mistakes: [
    {
      id: 'no-bias-correction',
      hint: 'You used m and v as they are. Both start at 0, so early on they are far too small: divide m by 1 − β₁^step and v by 1 − β₂^step before the update (keep and return the uncorrected m and v).',
      matches: partBehavesLike(0, variant({ correct: (x) => x })),
      example: `${PRELUDE}        m_i = beta1 * m_i + (1 - beta1) * g
        v_i = beta2 * v_i + (1 - beta2) * g * g
        new_params.append(p - lr * m_i / (math.sqrt(v_i) + eps))
        new_m.append(m_i)
        new_v.append(v_i)
    return [new_params, new_m, new_v]
`,
    },
    {
      id: 'eps-inside-sqrt',
      hint: 'You put ε inside the square root, √(v̂ + ε). Adam adds it after: m̂ / (√v̂ + ε). The difference shows when the gradients are as small as ε.',
      matches: partBehavesLike(0, variant({ denominator: (vHat, eps) => Math.sqrt(vHat + eps) })),
      example: `${PRELUDE}        m_i = beta1 * m_i + (1 - beta1) * g
        v_i = beta2 * v_i + (1 - beta2) * g * g
        m_hat = m_i / (1 - beta1 ** step)
        v_hat = v_i / (1 - beta2 ** step)
        new_params.append(p - lr * m_hat / math.sqrt(v_hat + eps))
        new_m.append(m_i)
        new_v.append(v_i)
    return [new_params, new_m, new_v]
`,
    },
    {
      id: 'ascent',
      hint: 'Your parameters moved uphill: you added the update. Training steps against the gradient: θ − lr · m̂ / (√v̂ + ε).',
      matches: partBehavesLike(0, variant({ sign: 1 })),
      example: `${PRELUDE}        m_i = beta1 * m_i + (1 - beta1) * g
        v_i = beta2 * v_i + (1 - beta2) * g * g
        m_hat = m_i / (1 - beta1 ** step)
        v_hat = v_i / (1 - beta2 ** step)
        new_params.append(p + lr * m_hat / (math.sqrt(v_hat) + eps))
        new_m.append(m_i)
        new_v.append(v_i)
    return [new_params, new_m, new_v]
`,
    },
    {
      id: 'step-off-by-one',
      hint: 'Your bias correction uses the wrong power: step is already the number of this update (1 for the first), so divide by 1 − β^step, not 1 − β^(step + 1) or 1 − β^(step − 1).',
      matches: (outcomes, all) =>
        partBehavesLike(0, variant({ correct: (x, beta, t) => x / (1 - beta ** (t + 1)) }))(outcomes, all) ||
        partBehavesLike(0, variant({ correct: (x, beta, t) => {
          if (t === 1) throw new RangeError('1 − β⁰ = 0'); // Python divides by zero here
          return x / (1 - beta ** (t - 1));
        } }))(outcomes, all),
      example: `${PRELUDE}        m_i = beta1 * m_i + (1 - beta1) * g
        v_i = beta2 * v_i + (1 - beta2) * g * g
        m_hat = m_i / (1 - beta1 ** (step + 1))
        v_hat = v_i / (1 - beta2 ** (step + 1))
        new_params.append(p - lr * m_hat / (math.sqrt(v_hat) + eps))
        new_m.append(m_i)
        new_v.append(v_i)
    return [new_params, new_m, new_v]
`,
    },
    {
      id: 'g-not-squared',
      hint: 'Your v averages the gradient g itself. v is the running average of the squared gradient: v ← β₂·v + (1 − β₂)·g², which is never negative, so its square root always exists.',
      matches: partBehavesLike(2, variant({ square: (g) => g })),
      example: `${PRELUDE}        m_i = beta1 * m_i + (1 - beta1) * g
        v_i = beta2 * v_i + (1 - beta2) * g
        m_hat = m_i / (1 - beta1 ** step)
        v_hat = v_i / (1 - beta2 ** step)
        new_params.append(p - lr * m_hat / (math.sqrt(v_hat) + eps))
        new_m.append(m_i)
        new_v.append(v_i)
    return [new_params, new_m, new_v]
`,
    },
    {
      id: 'returns-corrected-moments',
      hint: 'Your parameters are right, but you returned the bias-corrected m̂ and v̂ as the new moments. Return m and v themselves: the correction is recomputed from them at every step, so storing m̂ would correct it twice.',
      matches: partBehavesLike(1, variant({ returnCorrected: true })),
      example: `${PRELUDE}        m_i = beta1 * m_i + (1 - beta1) * g
        v_i = beta2 * v_i + (1 - beta2) * g * g
        m_hat = m_i / (1 - beta1 ** step)
        v_hat = v_i / (1 - beta2 ** step)
        new_params.append(p - lr * m_hat / (math.sqrt(v_hat) + eps))
        new_m.append(m_hat)
        new_v.append(v_hat)
    return [new_params, new_m, new_v]
`,
    },
  ],
};

export default checker;
