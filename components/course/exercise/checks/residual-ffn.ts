import { gelu } from '../../../../engine/activations';
import { feedForward } from '../../../../engine/encoderBlock';
import { layerNormRows } from '../../../../engine/layernorm';
import { add, addRowVector, fromRows, mapMatrix, matmul, toRows, type Matrix } from '../../../../engine/matrix';
import { createRng } from '../../../../engine/random';
import { behavesLike } from '../mistakes';
import type { Checker, Value } from '../types';

const EPS = 1e-5;

/** Seeded numbers rounded to two decimals, so a failing case prints readably. */
function numbers(seed: number, rows: number, cols: number, std: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(rng.gaussian(0, std) * 100) / 100));
}

interface FfnCase {
  label: string;
  x: number[][];
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

/** A width-d stream with a d → 4d → d network, all from one seed. */
function network(seed: number, d: number): Omit<FfnCase, 'label' | 'x'> {
  return {
    w1: numbers(seed, d, 4 * d, 1 / Math.sqrt(d)),
    b1: numbers(seed + 1, 1, 4 * d, 0.5)[0],
    w2: numbers(seed + 2, 4 * d, d, 1 / Math.sqrt(4 * d)),
    b2: numbers(seed + 3, 1, d, 0.2)[0],
  };
}

const narrow = network(51, 2);
const cases: FfnCase[] = [
  { label: 'one token', x: [[0.8, -0.4]], ...narrow },
  { label: 'three tokens, the same weights', x: [[0.8, -0.4], [2.5, 1], [-1.2, 0.3]], ...narrow },
  {
    label: 'a network that writes nothing (W₂ and b₂ all 0)',
    x: [[1.5, -2], [0.25, 0.75]],
    ...narrow,
    w2: narrow.w2.map((row) => row.map(() => 0)),
    b2: [0, 0],
  },
  { label: 'a constant token (both entries equal)', x: [[1.5, 1.5]], ...narrow },
  { label: 'two tokens of width 3', x: [[1, 0, -1], [0.5, 2, -0.3]], ...network(61, 3) },
];

type Args = [number[][], number[][], number[], number[][], number[]];

function parts(args: Value[]) {
  const [x, w1, b1, w2, b2] = args as Args;
  return { x: fromRows(x), w1: fromRows(w1), b1, w2: fromRows(w2), b2 };
}

const norm = (m: Matrix) => layerNormRows(m, { eps: EPS }).output;
const ffn = (m: Matrix, p: ReturnType<typeof parts>, activation: 'gelu' | 'relu' = 'gelu') =>
  feedForward(m, { w1: p.w1, b1: p.b1, w2: p.w2, b2: p.b2, activation }).output;
/** The two linear layers with `f` after the first (inner) or after the second (outer). */
function layers(m: Matrix, p: ReturnType<typeof parts>, inner: (z: number) => number, outer: (z: number) => number): Matrix {
  const hidden = mapMatrix(addRowVector(matmul(m, p.w1), p.b1), inner); // T × 4d
  return mapMatrix(addRowVector(matmul(hidden, p.w2), p.b2), outer); // T × d
}
const same = (z: number) => z;

/** The pre-norm residual feed-forward sub-layer, x + FFN(LN(x)), checked against engine/encoderBlock. */
const checker: Checker = {
  functionName: 'residual_ffn',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    cases.map(({ label, x, w1, b1, w2, b2 }) => {
      const args: Value[] = [x, w1, b1, w2, b2];
      const p = parts(args);
      return { label, args, expected: toRows(add(p.x, ffn(norm(p.x), p))) };
    }),
  mistakes: [
    {
      id: 'no-residual',
      hint: 'You returned the network’s output on its own. The sub-layer adds it back to the stream: return x + FFN(LN(x)), token by token. The case whose network writes nothing shows it: its answer is x itself.',
      matches: behavesLike((...args) => {
        const p = parts(args);
        return toRows(ffn(norm(p.x), p));
      }),
      example: `import math

def layer_norm(v, eps=1e-5):
    mean = sum(v) / len(v)
    variance = sum((a - mean) ** 2 for a in v) / len(v)
    return [(a - mean) / math.sqrt(variance + eps) for a in v]

def gelu(z):
    return 0.5 * z * (1 + math.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)))

def residual_ffn(x, w1, b1, w2, b2):
    out = []
    for token in x:
        n = layer_norm(token)
        h = [gelu(sum(n[i] * w1[i][j] for i in range(len(n))) + b1[j]) for j in range(len(b1))]
        out.append([sum(h[j] * w2[j][c] for j in range(len(h))) + b2[c] for c in range(len(b2))])
    return out
`,
    },
    {
      id: 'post-norm',
      hint: 'You normalised after the addition, LN(x + FFN(x)): that is the 2017 post-norm block. This chapter’s block is pre-norm: the network reads LN(x), and its output is added to x itself, which is never normalised: x + FFN(LN(x)).',
      matches: behavesLike((...args) => {
        const p = parts(args);
        return toRows(norm(add(p.x, ffn(p.x, p))));
      }),
      example: `import math

def layer_norm(v, eps=1e-5):
    mean = sum(v) / len(v)
    variance = sum((a - mean) ** 2 for a in v) / len(v)
    return [(a - mean) / math.sqrt(variance + eps) for a in v]

def gelu(z):
    return 0.5 * z * (1 + math.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)))

def residual_ffn(x, w1, b1, w2, b2):
    out = []
    for token in x:
        h = [gelu(sum(token[i] * w1[i][j] for i in range(len(token))) + b1[j]) for j in range(len(b1))]
        f = [sum(h[j] * w2[j][c] for j in range(len(h))) + b2[c] for c in range(len(b2))]
        out.append(layer_norm([a + b for a, b in zip(token, f)]))
    return out
`,
    },
    {
      id: 'normalised-output',
      hint: 'You normalised the network’s output, x + LN(FFN(x)). The LayerNorm comes before the network, on its input: x + FFN(LN(x)).',
      matches: behavesLike((...args) => {
        const p = parts(args);
        return toRows(add(p.x, norm(ffn(p.x, p))));
      }),
      example: `import math

def layer_norm(v, eps=1e-5):
    mean = sum(v) / len(v)
    variance = sum((a - mean) ** 2 for a in v) / len(v)
    return [(a - mean) / math.sqrt(variance + eps) for a in v]

def gelu(z):
    return 0.5 * z * (1 + math.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)))

def residual_ffn(x, w1, b1, w2, b2):
    out = []
    for token in x:
        h = [gelu(sum(token[i] * w1[i][j] for i in range(len(token))) + b1[j]) for j in range(len(b1))]
        f = [sum(h[j] * w2[j][c] for j in range(len(h))) + b2[c] for c in range(len(b2))]
        out.append([a + b for a, b in zip(token, layer_norm(f))])
    return out
`,
    },
    {
      id: 'no-norm',
      hint: 'You fed x to the network without normalising it: x + FFN(x). Normalise each token first (the layer_norm helper), run the network on that, and add its output to the original x.',
      matches: behavesLike((...args) => {
        const p = parts(args);
        return toRows(add(p.x, ffn(p.x, p)));
      }),
      example: `import math

def gelu(z):
    return 0.5 * z * (1 + math.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)))

def residual_ffn(x, w1, b1, w2, b2):
    out = []
    for token in x:
        h = [gelu(sum(token[i] * w1[i][j] for i in range(len(token))) + b1[j]) for j in range(len(b1))]
        f = [sum(h[j] * w2[j][c] for j in range(len(h))) + b2[c] for c in range(len(b2))]
        out.append([a + b for a, b in zip(token, f)])
    return out
`,
    },
    {
      id: 'activation-after-second-layer',
      hint: 'You applied GELU after the second layer. It goes between the two: h = GELU(LN(x)·W₁ + b₁), then FFN = h·W₂ + b₂, with nothing applied after W₂.',
      matches: behavesLike((...args) => {
        const p = parts(args);
        return toRows(add(p.x, layers(norm(p.x), p, same, gelu)));
      }),
      example: `import math

def layer_norm(v, eps=1e-5):
    mean = sum(v) / len(v)
    variance = sum((a - mean) ** 2 for a in v) / len(v)
    return [(a - mean) / math.sqrt(variance + eps) for a in v]

def gelu(z):
    return 0.5 * z * (1 + math.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)))

def residual_ffn(x, w1, b1, w2, b2):
    out = []
    for token in x:
        n = layer_norm(token)
        h = [sum(n[i] * w1[i][j] for i in range(len(n))) + b1[j] for j in range(len(b1))]
        f = [gelu(sum(h[j] * w2[j][c] for j in range(len(h))) + b2[c]) for c in range(len(b2))]
        out.append([a + b for a, b in zip(token, f)])
    return out
`,
    },
    {
      id: 'no-activation',
      hint: 'There is no GELU in your network, so its two layers collapse into one matrix. Apply gelu to every entry of LN(x)·W₁ + b₁ before multiplying by W₂.',
      matches: behavesLike((...args) => {
        const p = parts(args);
        return toRows(add(p.x, layers(norm(p.x), p, same, same)));
      }),
      example: `import math

def layer_norm(v, eps=1e-5):
    mean = sum(v) / len(v)
    variance = sum((a - mean) ** 2 for a in v) / len(v)
    return [(a - mean) / math.sqrt(variance + eps) for a in v]

def residual_ffn(x, w1, b1, w2, b2):
    out = []
    for token in x:
        n = layer_norm(token)
        h = [sum(n[i] * w1[i][j] for i in range(len(n))) + b1[j] for j in range(len(b1))]
        f = [sum(h[j] * w2[j][c] for j in range(len(h))) + b2[c] for c in range(len(b2))]
        out.append([a + b for a, b in zip(token, f)])
    return out
`,
    },
    {
      id: 'relu-instead-of-gelu',
      hint: 'You used ReLU between the layers. This block uses GELU (as GPT-2 does): call the gelu helper, which lets a little of each negative value through.',
      matches: behavesLike((...args) => {
        const p = parts(args);
        return toRows(add(p.x, ffn(norm(p.x), p, 'relu')));
      }),
      example: `import math

def layer_norm(v, eps=1e-5):
    mean = sum(v) / len(v)
    variance = sum((a - mean) ** 2 for a in v) / len(v)
    return [(a - mean) / math.sqrt(variance + eps) for a in v]

def residual_ffn(x, w1, b1, w2, b2):
    out = []
    for token in x:
        n = layer_norm(token)
        h = [max(0.0, sum(n[i] * w1[i][j] for i in range(len(n))) + b1[j]) for j in range(len(b1))]
        f = [sum(h[j] * w2[j][c] for j in range(len(h))) + b2[c] for c in range(len(b2))]
        out.append([a + b for a, b in zip(token, f)])
    return out
`,
    },
  ],
};

export default checker;
