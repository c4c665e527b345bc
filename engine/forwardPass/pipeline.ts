import { relu } from '../activations';
import { scaledDotProductAttention, type AttentionResult } from '../attention';
import { layerNormRows, type LayerNormResult } from '../layernorm';
import { crossEntropy } from '../loss';
import { add, fromRows, getRow, mapMatrix, matmul, matmulRowVector, type Matrix } from '../matrix';
import { MODEL_WIDTH, PROMPT, SEED_WEIGHTS, TARGET_WORD, tokenId, type ForwardWeights } from './weights';

/** The LayerNorm ε the track states: pre-norm, no learned gain or bias. */
export const LAYER_NORM_EPS = 1e-5;

/** Every intermediate of one forward pass through one pre-norm transformer block, named as on the page. */
export interface ForwardPassResult {
  /** Token ids of the prompt (T). */
  ids: number[];
  /** Each token's row of tok_emb (T × C). */
  tokenEmbeddings: Matrix;
  /** The first T rows of pos_emb (T × C). */
  positionEmbeddings: Matrix;
  /** x = token embedding + position embedding (T × C): the residual stream entering the block. */
  x: Matrix;
  /** LayerNorm of each row of x, with its mean and variance (T rows). */
  ln1Rows: LayerNormResult[];
  /** LN₁(x) (T × C). */
  ln1: Matrix;
  /** Q = LN₁(x)·W_Q, K = LN₁(x)·W_K, V = LN₁(x)·W_V (each T × C). */
  q: Matrix;
  k: Matrix;
  v: Matrix;
  /** Scores, scaling by 1/√C, causal mask, softmax and the weighted sum of values (one head). */
  attention: AttentionResult;
  /** The attention output projected by W_O (T × C). */
  attnOut: Matrix;
  /** h₁ = x + attnOut (T × C): the first residual connection. */
  h1: Matrix;
  /** LayerNorm of each row of h₁ (T rows). */
  ln2Rows: LayerNormResult[];
  /** LN₂(h₁) (T × C). */
  ln2: Matrix;
  /** LN₂(h₁)·W_1 before the ReLU (T × C). */
  hiddenPre: Matrix;
  /** ReLU of hiddenPre (T × C): negative entries become 0. */
  hidden: Matrix;
  /** The MLP output ReLU(LN₂(h₁)·W_1)·W_2 (T × C). */
  mlpOut: Matrix;
  /** h₂ = h₁ + mlpOut (T × C): the block's output. */
  h2: Matrix;
  /** logits = h₂ of the last token · W_lm (V): one raw score per vocabulary word. */
  logits: Float64Array;
  /** softmax(logits) (V): the predicted distribution of the next word. */
  probs: Float64Array;
  /** The id with the highest probability: the model's prediction. */
  prediction: number;
  /** The id of the target word. */
  target: number;
  /** −log p(target), in nats. */
  loss: number;
}

/** The index of the largest entry (the first one on a tie). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/**
 * Runs the block on the prompt with stated conventions: pre-norm LayerNorm without gain or bias (ε = 1e-5), row
 * vectors times matrices, one causal head with scores divided by √C, a ReLU MLP without biases, logits = h₂·W_lm.
 */
export function forwardPass(
  weights: ForwardWeights = SEED_WEIGHTS,
  words: readonly string[] = PROMPT,
  targetWord: string = TARGET_WORD,
): ForwardPassResult {
  const ids = words.map((w) => {
    const id = tokenId(w);
    if (id < 0) throw new RangeError(`forwardPass: "${w}" is not in the vocabulary`);
    return id;
  });
  const target = tokenId(targetWord);
  if (target < 0) throw new RangeError(`forwardPass: target "${targetWord}" is not in the vocabulary`);
  if (ids.length === 0 || ids.length > weights.posEmb.length) {
    throw new RangeError(`forwardPass: the prompt must have 1 to ${weights.posEmb.length} tokens`);
  }
  const tokenEmbeddings = fromRows(ids.map((id) => weights.tokEmb[id])); // T × C
  const positionEmbeddings = fromRows(ids.map((_, t) => weights.posEmb[t])); // T × C
  const x = add(tokenEmbeddings, positionEmbeddings);
  const norm1 = layerNormRows(x, { eps: LAYER_NORM_EPS });
  const q = matmul(norm1.output, fromRows(weights.wQ)); // (T × C)·(C × C) → T × C
  const k = matmul(norm1.output, fromRows(weights.wK));
  const v = matmul(norm1.output, fromRows(weights.wV));
  const attention = scaledDotProductAttention(q, k, v, { causal: true, scale: 1 / Math.sqrt(MODEL_WIDTH) });
  const attnOut = matmul(attention.output, fromRows(weights.wO));
  const h1 = add(x, attnOut);
  const norm2 = layerNormRows(h1, { eps: LAYER_NORM_EPS });
  const hiddenPre = matmul(norm2.output, fromRows(weights.w1));
  const hidden = mapMatrix(hiddenPre, relu);
  const mlpOut = matmul(hidden, fromRows(weights.w2));
  const h2 = add(h1, mlpOut);
  // Only the last token's vector predicts the next word: (C)·(C × V) → V.
  const logits = matmulRowVector(getRow(h2, h2.rows - 1), fromRows(weights.wLm));
  const { probs, loss } = crossEntropy(logits, target);
  return {
    ids,
    tokenEmbeddings,
    positionEmbeddings,
    x,
    ln1Rows: norm1.rows,
    ln1: norm1.output,
    q,
    k,
    v,
    attention,
    attnOut,
    h1,
    ln2Rows: norm2.rows,
    ln2: norm2.output,
    hiddenPre,
    hidden,
    mlpOut,
    h2,
    logits,
    probs,
    prediction: argmax(probs),
    target,
    loss,
  };
}
