import { scaledDotProductAttention } from './attention';
import { matrix, randomMatrix, toRows } from './matrix';
import { createRng, type Rng } from './random';

// Why attention divides by √d_k: for q and k with independent N(0, 1) entries, q · k is a sum of d_k products
// each with mean 0 and variance 1, so its variance is d_k and its spread (standard deviation) is √d_k.

/** The mean and (population) standard deviation of a list of numbers. */
export function meanAndSpread(values: ArrayLike<number>): { mean: number; std: number } {
  const n = values.length;
  if (n === 0) throw new RangeError('meanAndSpread: no values');
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(squares / n) };
}

/** Dot products of `pairs` independent pairs of random vectors with d_k entries each drawn from N(0, 1). */
export function randomDotProducts(dims: number, pairs: number, rng: Rng): Float64Array {
  checkDims(dims);
  const out = new Float64Array(pairs);
  for (let p = 0; p < pairs; p++) {
    let sum = 0;
    // q_i and k_i drawn in turn: both vectors come from the same seeded stream.
    for (let i = 0; i < dims; i++) sum += rng.gaussian() * rng.gaussian();
    out[p] = sum;
  }
  return out;
}

/** What one d_k setting of the "Why scale?" picture shows. */
export interface ScalingExperiment {
  /** d_k, the length of every query and key. */
  dims: number;
  /** Measured spread (standard deviation) of q · k over many random pairs. */
  measuredSpread: number;
  /** The spread the argument above predicts: √d_k. */
  predictedSpread: number;
  /** One query's raw scores q · k_j against the T keys. */
  rawScores: number[];
  /** The scores softmax actually saw: raw, or divided by √d_k. */
  usedScores: number[];
  /** softmax(usedScores). */
  weights: number[];
  /** The largest weight: near 1 means softmax has collapsed onto one token. */
  maxWeight: number;
  /** The largest weight averaged over `trials` fresh random queries and keys: the trend without one draw's luck. */
  averageMaxWeight: number;
  /**
   * The largest entry of the softmax Jacobian's diagonal, max_j w_j(1 − w_j): how strongly any score can still move
   * its own weight. It falls towards 0 as softmax saturates, which is what "kills the gradients" means.
   */
  maxGradient: number;
}

/** Settings of the experiment; the seed makes the same d_k always show the same vectors. */
export interface ScalingOptions {
  /** T, how many keys the query is compared with. */
  tokens: number;
  /** How many random pairs measure the spread. */
  pairs: number;
  /** Divide the scores by √d_k before softmax. */
  scaled: boolean;
  /** Seed of the generator that draws the query, keys and pairs. */
  seed: number;
  /** How many fresh draws of a query and T keys the average largest weight is taken over. */
  trials: number;
}

/** Draws one query and T keys with N(0, 1) entries and shows what softmax does to their scores, scaled or not. */
export function scalingExperiment(dims: number, options: ScalingOptions): ScalingExperiment {
  checkDims(dims);
  const { tokens, pairs, scaled, seed, trials } = options;
  for (const [name, value] of Object.entries({ tokens, pairs, trials })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`scalingExperiment: ${name} must be a whole number of at least 1, got ${value}`);
    }
  }
  const rng = createRng(seed);
  const q = randomMatrix(1, dims, rng); // 1 × d_k
  const k = randomMatrix(tokens, dims, rng); // T × d_k
  const v = matrix(tokens, 1); // the values play no part in the weights
  const result = scaledDotProductAttention(q, k, v, { scale: scaled ? 1 / Math.sqrt(dims) : 1 });
  const weights = toRows(result.weights)[0];
  const measured = meanAndSpread(randomDotProducts(dims, pairs, rng));
  const scale = scaled ? 1 / Math.sqrt(dims) : 1;
  let maxWeightTotal = 0;
  for (let t = 0; t < trials; t++) {
    const trial = scaledDotProductAttention(randomMatrix(1, dims, rng), randomMatrix(tokens, dims, rng), v, { scale });
    maxWeightTotal += Math.max(...trial.weights.data);
  }
  return {
    dims,
    measuredSpread: measured.std,
    predictedSpread: Math.sqrt(dims),
    rawScores: toRows(result.rawScores)[0],
    usedScores: toRows(result.scaledScores)[0],
    weights,
    maxWeight: Math.max(...weights),
    averageMaxWeight: maxWeightTotal / trials,
    maxGradient: Math.max(...weights.map((w) => w * (1 - w))),
  };
}

function checkDims(dims: number): void {
  if (!Number.isInteger(dims) || dims < 1) throw new RangeError(`d_k must be a whole number of at least 1, got ${dims}`);
}
