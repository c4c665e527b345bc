import { describe, expect, it } from 'vitest';
import { encoderBlock, feedForward, randomEncoderWeights, type EncoderBlockWeights } from '../../engine/encoderBlock';
import { fromRows, identity, matrix, subtract, toRows } from '../../engine/matrix';
import { createRng } from '../../engine/random';

const s = 1 / Math.sqrt(1 + 1e-5); // LayerNorm of (a, a − 2) is (s, −s): mean a − 1, variance 1, plus eps

// A two-channel block with one head whose projections are the identity and a 2 → 4 → 2 ReLU network
// that copies the positive and negative parts of each channel and adds them back together.
function handWeights(): EncoderBlockWeights {
  const ones = [1, 1];
  const zeros = [0, 0];
  return {
    norm1: { gain: ones, bias: zeros },
    attention: { wQ: identity(2), wK: identity(2), wV: identity(2), wO: identity(2), heads: 1 },
    norm2: { gain: ones, bias: zeros },
    ffn: {
      w1: fromRows([
        [1, -1, 0, 0],
        [0, 0, 1, -1],
      ]),
      b1: [0, 0, 0, 0],
      // relu(x) − relu(−x) = x, so the network is the identity on each channel, then doubled.
      w2: fromRows([
        [2, 0],
        [-2, 0],
        [0, 2],
        [0, -2],
      ]),
      b2: [0.5, 0],
      activation: 'relu',
    },
  };
}

describe('feedForward', () => {
  it('widens (1, −3) to (1, −1, −3, 3), cuts the negatives, and maps back to (2.5, −6)', () => {
    const result = feedForward(fromRows([[1, -3]]), handWeights().ffn);
    expect(toRows(result.hidden)).toEqual([[1, -1, -3, 3]]);
    expect(toRows(result.activated)).toEqual([[1, 0, 0, 3]]);
    expect(toRows(result.output)).toEqual([[2.5, -6]]);
  });
});

describe('encoderBlock', () => {
  it('carries one token (3, 1) through every stage by hand', () => {
    const stages = encoderBlock(fromRows([[3, 1]]), handWeights());
    const close = (m: number[], expected: number[]) => expected.forEach((v, i) => expect(m[i]).toBeCloseTo(v, 12));
    close(toRows(stages.norm1)[0], [s, -s]); // mean 2, deviations ±1, variance 1
    // One token attends only to itself (weight 1), and every projection is the identity.
    close(toRows(stages.attention.output)[0], [s, -s]);
    close(toRows(stages.afterAttention)[0], [3 + s, 1 - s]);
    // (3 + s, 1 − s) has mean 2 and deviations ±(1 + s), so variance (1 + s)².
    const s2 = (1 + s) / Math.sqrt((1 + s) ** 2 + 1e-5);
    close(toRows(stages.norm2)[0], [s2, -s2]);
    close(toRows(stages.ffn.output)[0], [2 * s2 + 0.5, -2 * s2]);
    close(toRows(stages.output)[0], [3 + s + 2 * s2 + 0.5, 1 - s - 2 * s2]);
  });

  it('adds to the stream exactly what each sub-layer made, and keeps its shape', () => {
    const rng = createRng(7);
    const weights = randomEncoderWeights(8, 2, rng);
    const x = matrix(3, 8, Array.from({ length: 24 }, () => rng.gaussian(0, 3)));
    const stages = encoderBlock(x, weights);
    const first = subtract(stages.afterAttention, stages.input);
    first.data.forEach((v, i) => expect(v).toBeCloseTo(stages.attention.output.data[i], 12));
    const second = subtract(stages.output, stages.afterAttention);
    second.data.forEach((v, i) => expect(v).toBeCloseTo(stages.ffn.output.data[i], 12));
    expect([stages.output.rows, stages.output.cols]).toEqual([3, 8]);
    expect([stages.ffn.hidden.rows, stages.ffn.hidden.cols]).toEqual([3, 32]);
  });

  it('gives each normalised copy mean 0 and variance just under 1 with gains of 1 and biases of 0', () => {
    const rng = createRng(3);
    const stages = encoderBlock(matrix(2, 4, [5, 1, -2, 8, 0.5, 0.25, 0, 1]), randomEncoderWeights(4, 2, rng));
    for (const row of toRows(stages.norm1)) {
      const mean = row.reduce((a, b) => a + b, 0) / 4;
      expect(mean).toBeCloseTo(0, 12);
      expect(row.reduce((a, b) => a + (b - mean) ** 2, 0) / 4).toBeLessThan(1);
    }
  });
});

describe('randomEncoderWeights', () => {
  it('gives the same weights for the same seed and a 4× wide feed-forward layer', () => {
    const a = randomEncoderWeights(4, 2, createRng(11));
    const b = randomEncoderWeights(4, 2, createRng(11));
    expect(Array.from(a.ffn.w1.data)).toEqual(Array.from(b.ffn.w1.data));
    expect([a.ffn.w1.rows, a.ffn.w1.cols, a.ffn.w2.rows, a.ffn.w2.cols]).toEqual([4, 16, 16, 4]);
  });
  it('refuses a width the heads do not divide', () => {
    expect(() => randomEncoderWeights(6, 4, createRng(1))).toThrow(/do not split into 4 heads/);
  });
});
