import { softmax } from '../softmax';
import { dot } from '../vector';
import { relu } from '../activations';

/**
 * The Ladder's toy language model (rungs 4–7): one attention head with identity Q = K = V, one MLP of six ReLU
 * neurons with a residual, and a tied unembedding. Shapes: d = 3 channels, V = 9 words, H = 6 hidden neurons.
 * Only the last token's vector is computed, because it alone predicts the next word.
 */

/** The nine words the toy knows, in the order of the rows of E. */
export const VOCAB = ['a', 'the', 'fluffy', 'blue', 'creature', 'roamed', 'forest', 'slept', 'river'] as const;

/** One word of the vocabulary. */
export type Word = (typeof VOCAB)[number];

/** Width of every embedding and hidden vector (d). */
export const MODEL_DIM = 3;

/** How many ReLU neurons the MLP has. */
export const HIDDEN_SIZE = 6;

/** The prompt every rung starts from. */
export const PROMPT: readonly Word[] = ['a', 'fluffy', 'blue', 'creature'];

/** The MLP's weights: W1 is H × d, b1 has H entries, W2 is d × H, b2 has d entries (row-major nested arrays). */
export interface MlpWeights {
  readonly w1: readonly (readonly number[])[];
  readonly b1: readonly number[];
  readonly w2: readonly (readonly number[])[];
  readonly b2: readonly number[];
}

/** Everything the model needs: the embedding table E (V × d, also the unembedding) and the MLP. */
export interface LanguageWeights {
  readonly embeddings: readonly (readonly number[])[];
  readonly mlp: MlpWeights;
}

/** How to run the pipeline: whether the MLP is used and the softmax temperature of the last step. */
export interface PipelineOptions {
  readonly mlp?: boolean;
  readonly temperature?: number;
}

/** Every intermediate the rungs draw, for the last token of the prompt. */
export interface PipelineResult {
  /** The prompt's embeddings, one row per token (T × d). */
  readonly x: number[][];
  /** Q·K score of the last token against every token (T). */
  readonly scores: number[];
  /** Attention weights α = softmax(scores) (T), summing to 1. */
  readonly alpha: number[];
  /** The nudge Δe = Σ αᵢ xᵢ (d). */
  readonly delta: number[];
  /** h₁ = x_last + Δe (d). */
  readonly h1: number[];
  /** Pre-activations W1·h₁ + b1 of the six neurons (H). */
  readonly preActivations: number[];
  /** ReLU of the pre-activations (H); a neuron fired when its entry is above 0. */
  readonly hidden: number[];
  /** W2·hidden + b2 (d); all zeros when the MLP is bypassed. */
  readonly mlpOut: number[];
  /** h₂ = h₁ + mlpOut, or h₁ when the MLP is bypassed (d). */
  readonly h2: number[];
  /** Logits h₂·E[v] for every word (V). */
  readonly logits: number[];
  /** softmax(logits / T) (V). */
  readonly probs: number[];
}

/** The row index of a word, or a RangeError naming the unknown word. */
export function wordIndex(word: string): number {
  const index = (VOCAB as readonly string[]).indexOf(word);
  if (index < 0) throw new RangeError(`Unknown word "${word}": the model knows ${VOCAB.join(', ')}`);
  return index;
}

/** The attention step for the last token: identity Q = K = V, no √d scaling, residual added back. */
export function attendLast(x: readonly (readonly number[])[]): Pick<PipelineResult, 'scores' | 'alpha' | 'delta' | 'h1'> {
  if (x.length === 0) throw new RangeError('attendLast: the prompt is empty, so there is nothing to attend to');
  const q = x[x.length - 1];
  const scores = x.map((k) => dot(q, k));
  const alpha = Array.from(softmax(scores));
  const delta = q.map((_, d) => x.reduce((sum, v, i) => sum + alpha[i] * v[d], 0));
  const h1 = q.map((value, d) => value + delta[d]);
  return { scores, alpha, delta, h1 };
}

/** The MLP with its residual: h₂ = h₁ + W2·ReLU(W1·h₁ + b1) + b2. */
export function mlpBlock(h1: readonly number[], mlp: MlpWeights): Pick<PipelineResult, 'preActivations' | 'hidden' | 'mlpOut' | 'h2'> {
  const preActivations = mlp.w1.map((row, j) => dot(row, h1) + mlp.b1[j]);
  const hidden = preActivations.map(relu);
  const mlpOut = mlp.w2.map((row, d) => dot(row, hidden) + mlp.b2[d]);
  const h2 = h1.map((value, d) => value + mlpOut[d]);
  return { preActivations, hidden, mlpOut, h2 };
}

/** Runs embed → attend → MLP → tied unembedding → softmax on a prompt of known words. */
export function runPipeline(prompt: readonly string[], weights: LanguageWeights, options: PipelineOptions = {}): PipelineResult {
  const { mlp = true, temperature = 1 } = options;
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`runPipeline: temperature must be a finite number above 0, got ${temperature}`);
  }
  const x = prompt.map((word) => [...weights.embeddings[wordIndex(word)]]);
  const attention = attendLast(x);
  const block = mlp
    ? mlpBlock(attention.h1, weights.mlp)
    : {
        preActivations: weights.mlp.b1.map(() => 0),
        hidden: weights.mlp.b1.map(() => 0),
        mlpOut: attention.h1.map(() => 0),
        h2: [...attention.h1],
      };
  const logits = weights.embeddings.map((row) => dot(block.h2, row));
  const probs = Array.from(softmax(logits, { temperature }));
  return { x, ...attention, ...block, logits, probs };
}

/** Index of the largest entry; ties go to the earliest, so greedy decoding is deterministic. */
export function argmaxIndex(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
