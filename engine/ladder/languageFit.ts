import { createRng } from '../random';
import { softmax } from '../softmax';
import { dot } from '../vector';
import { HIDDEN_SIZE, MODEL_DIM, attendLast, mlpBlock, wordIndex, type LanguageWeights, type MlpWeights } from './languageModel';

/**
 * Fitting the toy's MLP with the engine. E is fixed by hand (its layout is what Stage 4 teaches); the 45 MLP numbers
 * are learned by Adam on a handful of prompts with soft targets, so "roamed" ends near 80% rather than 100%.
 */

/** One training case: a prompt and the distribution its next word should follow (word → probability). */
export interface FitExample {
  readonly prompt: readonly string[];
  readonly target: Readonly<Record<string, number>>;
}

/** Settings of a fit; the same settings always give the same weights. */
export interface FitOptions {
  readonly seed: number;
  readonly steps: number;
  readonly learningRate: number;
  /** Standard deviation of the Gaussian initial weights. */
  readonly initStd: number;
}

/** What a fit returns: the learned MLP and the loss before and after. */
export interface FitResult {
  readonly mlp: MlpWeights;
  readonly initialLoss: number;
  readonly finalLoss: number;
}

/** Gradients of the loss with respect to each MLP weight, shaped like the weights. */
export type MlpGradients = { w1: number[][]; b1: number[]; w2: number[][]; b2: number[] };

/** The hand-set embedding table E (9 words × 3 dims): determiners, adjectives, nouns and verbs in their own regions. */
export const FIXED_EMBEDDINGS: readonly (readonly number[])[] = [
  [-0.6, -0.6, 0.8], // a
  [-0.8, -0.4, 0.9], // the
  [0.3, 1.0, -0.2], // fluffy
  [0.5, 0.9, -0.4], // blue
  [1.0, 0.4, 0.3], // creature
  [-0.3, 0.2, -1.0], // roamed
  [1.0, -0.4, -0.3], // forest
  [-0.6, 0.5, -0.8], // slept
  [0.8, -0.7, 0.2], // river
];

/** The training set: the canonical story, with soft targets so the model stays a little unsure. */
export const FIT_EXAMPLES: readonly FitExample[] = [
  { prompt: ['a', 'fluffy', 'blue', 'creature'], target: { roamed: 0.8, slept: 0.2 } },
  { prompt: ['a', 'fluffy', 'blue', 'creature', 'roamed'], target: { the: 0.9, a: 0.1 } },
  { prompt: ['a', 'fluffy', 'blue', 'creature', 'roamed', 'the'], target: { forest: 0.8, river: 0.2 } },
];

/** The settings `npm run fit:ladder` uses. */
export const FIT_OPTIONS: FitOptions = { seed: 47, steps: 3000, learningRate: 0.02, initStd: 0.5 };

/** Target distribution of an example as a vector over the vocabulary; it must sum to 1. */
export function targetVector(example: FitExample, vocabSize: number): number[] {
  const t = new Array<number>(vocabSize).fill(0);
  for (const [word, p] of Object.entries(example.target)) t[wordIndex(word)] += p;
  const total = t.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-12) throw new RangeError(`The target of "${example.prompt.join(' ')}" sums to ${total}, not 1`);
  return t;
}

/** Mean cross-entropy of the examples' targets against the model, and its gradient for the MLP weights. */
export function fitLossAndGradients(
  embeddings: readonly (readonly number[])[],
  mlp: MlpWeights,
  examples: readonly FitExample[],
): { loss: number; grads: MlpGradients } {
  const grads: MlpGradients = {
    w1: mlp.w1.map((row) => row.map(() => 0)),
    b1: mlp.b1.map(() => 0),
    w2: mlp.w2.map((row) => row.map(() => 0)),
    b2: mlp.b2.map(() => 0),
  };
  let loss = 0;
  const n = examples.length;
  for (const example of examples) {
    const x = example.prompt.map((w) => embeddings[wordIndex(w)]);
    const { h1 } = attendLast(x.map((row) => [...row]));
    const { preActivations, hidden, h2 } = mlpBlock(h1, mlp);
    const logits = embeddings.map((row) => dot(h2, row));
    const p = softmax(logits);
    const t = targetVector(example, embeddings.length);
    // Soft-target cross-entropy: L = −Σ t log p, so dL/dlogits = p − t and dL/dh₂ = Σ_v (p_v − t_v) E_v.
    t.forEach((tv, v) => {
      if (tv > 0) loss -= (tv * Math.log(p[v])) / n;
    });
    const g = h2.map((_, d) => embeddings.reduce((s, row, v) => s + (p[v] - t[v]) * row[d], 0) / n);
    g.forEach((gd, d) => {
      grads.b2[d] += gd;
      hidden.forEach((a, j) => (grads.w2[d][j] += gd * a));
    });
    // h₁ does not depend on the MLP, so the chain stops at W1 and b1.
    preActivations.forEach((z, j) => {
      if (z <= 0) return;
      const gz = g.reduce((s, gd, d) => s + gd * mlp.w2[d][j], 0);
      grads.b1[j] += gz;
      h1.forEach((hk, k) => (grads.w1[j][k] += gz * hk));
    });
  }
  return { loss, grads };
}

/** Seeded Gaussian starting weights for the MLP. */
export function initialMlp(seed: number, std: number): MlpWeights {
  const rng = createRng(seed);
  const draw = () => rng.gaussian(0, std);
  return {
    w1: Array.from({ length: HIDDEN_SIZE }, () => Array.from({ length: MODEL_DIM }, draw)),
    b1: Array.from({ length: HIDDEN_SIZE }, draw),
    w2: Array.from({ length: MODEL_DIM }, () => Array.from({ length: HIDDEN_SIZE }, draw)),
    b2: Array.from({ length: MODEL_DIM }, () => 0),
  };
}

/** Fits the MLP by Adam (β₁ 0.9, β₂ 0.999) for a fixed number of full-batch steps; deterministic for a given seed. */
export function fitLanguageMlp(
  embeddings: readonly (readonly number[])[] = FIXED_EMBEDDINGS,
  examples: readonly FitExample[] = FIT_EXAMPLES,
  options: FitOptions = FIT_OPTIONS,
): FitResult {
  const start = initialMlp(options.seed, options.initStd);
  // Flatten to one parameter vector so Adam's bookkeeping is a single loop.
  let theta = flatten(start);
  const m = new Array<number>(theta.length).fill(0);
  const v = new Array<number>(theta.length).fill(0);
  const initialLoss = fitLossAndGradients(embeddings, start, examples).loss;
  for (let step = 1; step <= options.steps; step++) {
    const { grads } = fitLossAndGradients(embeddings, unflatten(theta), examples);
    const g = flatten(grads);
    theta = theta.map((value, i) => {
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      const mHat = m[i] / (1 - 0.9 ** step);
      const vHat = v[i] / (1 - 0.999 ** step);
      return value - (options.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    });
  }
  const mlp = unflatten(theta);
  return { mlp, initialLoss, finalLoss: fitLossAndGradients(embeddings, mlp, examples).loss };
}

/** The full weights after a fit: the fixed E and the learned MLP. */
export function fitLanguageWeights(): LanguageWeights & { finalLoss: number } {
  const { mlp, finalLoss } = fitLanguageMlp();
  return { embeddings: FIXED_EMBEDDINGS, mlp, finalLoss };
}

/** The MLP weights as one flat list: W1 row by row, b1, W2 row by row, b2. */
export function flatten(mlp: MlpWeights): number[] {
  return [...mlp.w1.flat(), ...mlp.b1, ...mlp.w2.flat(), ...mlp.b2];
}

/** The inverse of `flatten` for the model's fixed sizes. */
export function unflatten(theta: readonly number[]): MlpWeights {
  const H = HIDDEN_SIZE;
  const d = MODEL_DIM;
  let at = 0;
  const take = (count: number) => theta.slice(at, (at += count));
  const w1 = Array.from({ length: H }, () => take(d));
  const b1 = take(H);
  const w2 = Array.from({ length: d }, () => take(H));
  const b2 = take(d);
  return { w1, b1, w2, b2 };
}
