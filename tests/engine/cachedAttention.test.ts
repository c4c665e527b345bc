import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '../../engine/attention';
import { attendWithCache } from '../../engine/cachedAttention';
import { fromRows, getRow, identity, matmul, randomMatrix, toRows } from '../../engine/matrix';
import { createRng } from '../../engine/random';
import { roundToHalf } from '../../engine/halfPrecision';

const eye = { wQ: identity(2), wK: identity(2), wV: identity(2) };

describe('attendWithCache', () => {
  it('attends over the cache and the new token itself, by hand', () => {
    // q = k₂ = v₂ = (0, 1); cached k₁ = v₁ = (1, 0). Scores 0 and 1/√2, so the weights are 1/(1 + e^(1/√2)) and the rest.
    const step = attendWithCache([0, 1], [[1, 0]], [[1, 0]], eye);
    const e = Math.exp(1 / Math.SQRT2);
    expect(step.weights[0]).toBeCloseTo(1 / (1 + e), 15);
    expect(step.weights[1]).toBeCloseTo(e / (1 + e), 15);
    expect(step.output[0]).toBeCloseTo(1 / (1 + e), 15);
    expect(step.output[1]).toBeCloseTo(e / (1 + e), 15);
    expect(step.keys).toEqual([[1, 0], [0, 1]]);
    expect(step.values).toEqual([[1, 0], [0, 1]]);
  });

  it('with an empty cache returns the first token’s own value', () => {
    const step = attendWithCache([2, -1], [], [], eye);
    expect(step.output).toEqual([2, -1]);
    expect(step.weights).toEqual([1]);
  });

  it('equals the last row of full causal attention over the whole sequence, step after step', () => {
    const rng = createRng(11);
    const x = randomMatrix(5, 3, rng); // 5 tokens of width 3
    const head = { wQ: randomMatrix(3, 2, rng), wK: randomMatrix(3, 2, rng), wV: randomMatrix(3, 2, rng) };
    let keys: number[][] = [];
    let values: number[][] = [];
    for (let t = 0; t < 5; t++) {
      const step = attendWithCache(getRow(x, t), keys, values, head);
      ({ keys, values } = step);
      const prefix = fromRows(toRows(x).slice(0, t + 1));
      const full = scaledDotProductAttention(matmul(prefix, head.wQ), matmul(prefix, head.wK), matmul(prefix, head.wV), { causal: true });
      step.output.forEach((value, c) => expect(value).toBeCloseTo(full.output.data[t * 2 + c], 14));
    }
  });

  it('uses a rounded cache as given, so its output differs from recomputing the old keys', () => {
    const earlier = [[0.37, -1.21], [0.83, 0.45]];
    const keys = toRows(matmul(fromRows(earlier), eye.wK));
    const rounded = keys.map((row) => row.map(roundToHalf));
    const exact = attendWithCache([0.3, 0.7], keys, keys, eye);
    const fromHalf = attendWithCache([0.3, 0.7], rounded, rounded, eye);
    expect(fromHalf.keys.slice(0, 2)).toEqual(rounded);
    const gap = Math.max(...exact.output.map((value, c) => Math.abs(value - fromHalf.output[c])));
    expect(gap).toBeGreaterThan(1e-6);
    expect(gap).toBeLessThan(1e-3);
  });
});
