import { gelu, relu } from './activations';
import { layerNormRows } from './layernorm';
import { add, addRowVector, mapMatrix, matmul, randomMatrix, type Matrix } from './matrix';
import { multiHeadAttention, type MultiHeadResult } from './multihead';
import type { Rng } from './random';
import type { Vector } from './vector';

/** The position-wise feed-forward network: C → F → C (F is usually 4C), applied to every token on its own. */
export interface FeedForwardWeights {
  /** First layer, C × F: widens each token. */
  w1: Matrix;
  /** Its bias (F). */
  b1: Vector;
  /** Second layer, F × C: brings each token back to the width of the residual stream. */
  w2: Matrix;
  /** Its bias (C). */
  b2: Vector;
  /** The non-linearity between the two layers: ReLU (the 2017 paper) or GELU (BERT, GPT-2). */
  activation: 'relu' | 'gelu';
}

/** The stages of the feed-forward network for every token. */
export interface FeedForwardResult {
  /** x·W1 + b1 (T × F): before the non-linearity. */
  hidden: Matrix;
  /** activation(hidden) (T × F). */
  activated: Matrix;
  /** activated·W2 + b2 (T × C). */
  output: Matrix;
}

/** Runs the feed-forward network on every row of x (T × C); no token sees another here. */
export function feedForward(x: Matrix, ffn: FeedForwardWeights): FeedForwardResult {
  const hidden = addRowVector(matmul(x, ffn.w1), ffn.b1); // (T × C)·(C × F) → T × F
  const f = ffn.activation === 'gelu' ? gelu : relu;
  const activated = mapMatrix(hidden, (value) => f(value));
  const output = addRowVector(matmul(activated, ffn.w2), ffn.b2); // (T × F)·(F × C) → T × C
  return { hidden, activated, output };
}

/** A LayerNorm's learned gain γ and bias β (C each). */
export interface NormWeights {
  gain: Vector;
  bias: Vector;
}

/** Everything one encoder block learns. */
export interface EncoderBlockWeights {
  /** LayerNorm before attention. */
  norm1: NormWeights;
  /** Multi-head self-attention: W_Q, W_K, W_V, W_O (C × C each) and the head count H. */
  attention: { wQ: Matrix; wK: Matrix; wV: Matrix; wO: Matrix; heads: number };
  /** LayerNorm before the feed-forward network. */
  norm2: NormWeights;
  /** The feed-forward network. */
  ffn: FeedForwardWeights;
}

/** Every vector an encoder block computes, in the order it computes them (all T × C except the FFN's middle). */
export interface EncoderBlockStages {
  /** x: what enters the block (the residual stream). */
  input: Matrix;
  /** LayerNorm(x). */
  norm1: Matrix;
  /** Multi-head self-attention on norm1, with each head's weights. */
  attention: MultiHeadResult;
  /** x + attention: the stream after the first residual add. */
  afterAttention: Matrix;
  /** LayerNorm(afterAttention). */
  norm2: Matrix;
  /** The feed-forward network on norm2 (its hidden layer is T × F). */
  ffn: FeedForwardResult;
  /** afterAttention + ffn: what leaves the block, the same shape as what entered. */
  output: Matrix;
}

/**
 * One pre-norm encoder block (as in GPT-2 and most models since): each sub-layer reads a normalised copy of the
 * stream and adds its result back, so the stream itself is never normalised or replaced, only added to:
 *   h = x + MHA(LN1(x)),  out = h + FFN(LN2(h)).
 * The 2017 paper normalised after the add instead (post-norm); pre-norm trains deep stacks more stably.
 */
export function encoderBlock(x: Matrix, weights: EncoderBlockWeights, eps = 1e-5): EncoderBlockStages {
  const norm1 = layerNormRows(x, { ...weights.norm1, eps }).output; // T × C
  const attention = multiHeadAttention(norm1, weights.attention); // T × C, every token sees every token
  const afterAttention = add(x, attention.output); // residual: T × C
  const norm2 = layerNormRows(afterAttention, { ...weights.norm2, eps }).output;
  const ffn = feedForward(norm2, weights.ffn); // T × C → T × F → T × C, token by token
  const output = add(afterAttention, ffn.output); // residual: T × C
  return { input: x, norm1, attention, afterAttention, norm2, ffn, output };
}

/**
 * Seeded weights for a small encoder block of width C with H heads and a C → ratio·C → C feed-forward network.
 * Matrices are N(0, 1/fan-in) so signals keep their size through each layer; gains start at 1 and biases at 0,
 * as in a freshly built model.
 */
export function randomEncoderWeights(
  width: number,
  heads: number,
  rng: Rng,
  options: { ratio?: number; activation?: 'relu' | 'gelu' } = {},
): EncoderBlockWeights {
  const { ratio = 4, activation = 'gelu' } = options;
  if (!Number.isInteger(width) || width < 1 || !Number.isInteger(ratio) || ratio < 1) {
    throw new RangeError(`randomEncoderWeights: width ${width} and ratio ${ratio} must be positive integers`);
  }
  if (!Number.isInteger(heads) || heads < 1 || width % heads !== 0) {
    throw new RangeError(`randomEncoderWeights: ${width} channels do not split into ${heads} heads`);
  }
  const hiddenWidth = ratio * width;
  const square = () => randomMatrix(width, width, rng, 1 / Math.sqrt(width));
  const norm = (): NormWeights => ({ gain: new Float64Array(width).fill(1), bias: new Float64Array(width) });
  return {
    norm1: norm(),
    attention: { wQ: square(), wK: square(), wV: square(), wO: square(), heads },
    norm2: norm(),
    ffn: {
      w1: randomMatrix(width, hiddenWidth, rng, 1 / Math.sqrt(width)),
      b1: new Float64Array(hiddenWidth),
      w2: randomMatrix(hiddenWidth, width, rng, 1 / Math.sqrt(hiddenWidth)),
      b2: new Float64Array(width),
      activation,
    },
  };
}
