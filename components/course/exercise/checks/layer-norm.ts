import { layerNorm } from '../../../../engine/layernorm';
import { behavesLike, either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

interface LayerNormCase {
  label: string;
  x: number[];
  gain: number[];
  bias: number[];
  eps: number;
}

const ones = (n: number) => new Array<number>(n).fill(1);
const zeros = (n: number) => new Array<number>(n).fill(0);
const cases: LayerNormCase[] = [
  { label: 'the lesson’s (3, 1), gain 1 and bias 0', x: [3, 1], gain: ones(2), bias: zeros(2), eps: 1e-5 },
  { label: 'four numbers with a gain and a bias', x: [1, 2, 3, 4], gain: [2, 0.5, 1, -1], bias: [0.1, 0, -0.2, 1], eps: 1e-5 },
  { label: 'negative and fractional values, ε = 0.01', x: [-1.5, 0.25, 2, -0.75, 0], gain: [1, 1.5, 0.5, 2, 1], bias: [0, 0.5, -0.5, 0, 0.25], eps: 0.01 },
  { label: 'a constant vector (all equal)', x: [2, 2, 2, 2], gain: [1, 2, 3, 4], bias: [0.5, -0.5, 0, 1], eps: 1e-5 },
  { label: 'nearly equal numbers, where ε matters', x: [1, 1.001, 0.999, 1], gain: ones(4), bias: zeros(4), eps: 1e-5 },
  { label: 'a single number', x: [7], gain: [3], bias: [0.25], eps: 1e-5 },
];

type Args = [number[], number[], number[], number];

/** A LayerNorm with the parts a student can get wrong swapped out. */
function variant(options: { variance?: (deviations: number[]) => number; center?: boolean; denominator?: (variance: number, eps: number) => number; affine?: boolean }) {
  const { variance = (d) => d.reduce((s, v) => s + v * v, 0) / d.length, center = true, affine = true } = options;
  const denominator = options.denominator ?? ((v, eps) => Math.sqrt(v + eps));
  return (...args: Value[]): Value => {
    const [x, gain, bias, eps] = args as Args;
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    const deviations = x.map((v) => (center ? v - mean : v));
    const scale = denominator(variance(deviations), eps);
    return deviations.map((d, i) => (affine ? gain[i] * (d / scale) + bias[i] : d / scale));
  };
}

/** LayerNorm of one vector with a gain, a bias and ε, checked against engine/layernorm. */
const checker: Checker = {
  functionName: 'layer_norm',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    cases.map(({ label, x, gain, bias, eps }) => ({
      label,
      args: [x, gain, bias, eps],
      expected: Array.from(layerNorm(x, { gain, bias, eps }).output),
    })),
  mistakes: [
    {
      id: 'eps-outside-sqrt',
      hint: 'You added ε after the square root, √σ² + ε. It belongs inside: divide by √(σ² + ε). The two differ most when the variance is small, as in the nearly equal numbers.',
      matches: behavesLike(variant({ denominator: (v, eps) => Math.sqrt(v) + eps })),
      example: `import math

def layer_norm(x, gain, bias, eps):
    n = len(x)
    mean = sum(x) / n
    variance = sum((v - mean) ** 2 for v in x) / n
    std = math.sqrt(variance) + eps
    return [g * (v - mean) / std + b for v, g, b in zip(x, gain, bias)]
`,
    },
    {
      id: 'sample-variance',
      hint: 'You divided the squared deviations by n − 1 (the sample variance, as statistics.variance does). LayerNorm uses the plain mean of the squared deviations: divide by n, the length of the vector.',
      matches: behavesLike(
        variant({
          variance: (d) => {
            if (d.length < 2) throw new RangeError('n − 1 = 0');
            return d.reduce((s, v) => s + v * v, 0) / (d.length - 1);
          },
        }),
      ),
      example: `import math

def layer_norm(x, gain, bias, eps):
    n = len(x)
    mean = sum(x) / n
    variance = sum((v - mean) ** 2 for v in x) / (n - 1)
    std = math.sqrt(variance + eps)
    return [g * (v - mean) / std + b for v, g, b in zip(x, gain, bias)]
`,
    },
    {
      id: 'mean-not-subtracted',
      hint: 'Your result is not centred on 0: you divided by the standard deviation but did not subtract the mean first. Compute x_i − μ for every entry, and use those deviations both for the variance and for the result.',
      matches: either(
        behavesLike(variant({ center: false })),
        behavesLike((...args: Value[]) => {
          const [x, gain, bias, eps] = args as Args;
          const mean = x.reduce((s, v) => s + v, 0) / x.length;
          const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
          return x.map((v, i) => gain[i] * (v / Math.sqrt(variance + eps)) + bias[i]);
        }),
      ),
      example: `import math

def layer_norm(x, gain, bias, eps):
    n = len(x)
    mean_square = sum(v * v for v in x) / n
    std = math.sqrt(mean_square + eps)
    return [g * v / std + b for v, g, b in zip(x, gain, bias)]
`,
    },
    {
      id: 'no-eps',
      hint: 'A constant vector has variance 0, and dividing by √0 fails. That is what ε is for: divide by √(σ² + ε), never by √σ² alone.',
      matches: either(raisesOn('constant', 'ZeroDivisionError'), nonFiniteOn('constant')),
      example: `import math

def layer_norm(x, gain, bias, eps):
    n = len(x)
    mean = sum(x) / n
    variance = sum((v - mean) ** 2 for v in x) / n
    std = math.sqrt(variance)
    return [g * (v - mean) / std + b for v, g, b in zip(x, gain, bias)]
`,
    },
    {
      id: 'no-gain-bias',
      hint: 'You returned the normalised vector but left out the gain and the bias: multiply each entry by gain[i], then add bias[i].',
      matches: behavesLike(variant({ affine: false })),
      example: `import math

def layer_norm(x, gain, bias, eps):
    n = len(x)
    mean = sum(x) / n
    variance = sum((v - mean) ** 2 for v in x) / n
    std = math.sqrt(variance + eps)
    return [(v - mean) / std for v in x]
`,
    },
  ],
};

export default checker;
