import type { Floats } from './config';
import { checkTokens, forwardInto, type GptModel } from './forward';
import { gemm } from './matmul';
import { samplingDistribution } from './sample';
import { createWorkspace, type Workspace } from './workspace';

/*
 * Every number of one transformer block for one prompt, read from the workspace of the same forwardInto the Lab
 * trains with (batch of one sequence, TypeScript kernels). Three things the workspace does not keep are rebuilt from
 * what it does keep, with the workspace's own kernels: the raw scores (the attention kernel turns them into weights
 * in place), the attention projection and the MLP output on their own (the kernels add them straight into the
 * residual stream, so only the sums are kept).
 */

/** A LayerNorm's statistics and output: mean[t], 1/σ[t] and the normalised rows (T, C). */
export interface LayerNormTrace {
  mean: number[];
  rstd: number[];
  output: Float64Array[];
}

/** One head's attention: its slices of Q, K, V (T, hs), its scores (T, T) and weights (T, T), its output (T, hs). */
export interface HeadTrace {
  q: Float64Array[];
  k: Float64Array[];
  v: Float64Array[];
  /** q·k/√hs for every pair, before the mask (rows: the token looking; columns: the token looked at). */
  scores: Float64Array[];
  /** The same scores with −∞ wherever the key comes after the query. */
  masked: Float64Array[];
  /** softmax of each masked row, as the attention kernel left them: exactly 0 above the diagonal. */
  weights: Float64Array[];
  /** weights · V: this head's columns of the concatenated attention output. */
  output: Float64Array[];
}

/** Every intermediate of block `layer` for one prompt, and the model's prediction at every position. */
export interface BlockTrace {
  layer: number;
  tokens: number[];
  /** wte[token] rows (T, C), wpe[position] rows (T, C) and their sum, the stream entering the first block. */
  tokenEmbedding: Float64Array[];
  positionEmbedding: Float64Array[];
  embedding: Float64Array[];
  /** (T, C) the residual stream entering this block (the embedding for block 0). */
  input: Float64Array[];
  ln1: LayerNormTrace;
  heads: HeadTrace[];
  /** (T, C) the heads' outputs side by side; ·W_proj + b gives the projection. */
  attention: Float64Array[];
  projection: Float64Array[];
  /** (T, C) input + projection: the stream after attention. */
  afterAttention: Float64Array[];
  ln2: LayerNormTrace;
  /** (T, 4C) LN₂ · W_fc + b, then GELU of it; (T, C) GELU · W_out + b. */
  fc: Float64Array[];
  gelu: Float64Array[];
  mlp: Float64Array[];
  /** (T, C) afterAttention + mlp: the stream leaving this block. */
  output: Float64Array[];
  /** The final LayerNorm after the last block, (T, V) logits and their softmax: the next token after each position. */
  finalNorm: LayerNormTrace;
  logits: Float64Array[];
  probabilities: Float64Array[];
}

/** (T, width) rows copied out of a row-major buffer, starting at column `offset` of rows `stride` long. */
function rowsOf(buffer: Floats, T: number, width: number, stride = width, offset = 0): Float64Array[] {
  return Array.from({ length: T }, (_, t) => Float64Array.from(buffer.subarray(t * stride + offset, t * stride + offset + width)));
}

function layerNormOf(output: Floats, mean: Floats, rstd: Floats, T: number, C: number): LayerNormTrace {
  return { mean: Array.from(mean), rstd: Array.from(rstd), output: rowsOf(output, T, C) };
}

/** Head h of a (T, 3C) qkv buffer and the (1, H, T, T) weights: its Q, K, V, raw and masked scores, weights, output. */
function headOf(ws: Workspace, layer: number, h: number, C: number, H: number): HeadTrace {
  const T = ws.time;
  const hs = C / H;
  const { qkv, probs, ctx } = ws.layers[layer];
  // (T, hs) x (hs, T) -> (T, T): the product the attention kernel computes before its in-place softmax, here over
  // the full square so the picture can show what the mask hides.
  const raw = new Float64Array(T * T);
  gemm(T, T, hs, qkv, h * hs, 3 * C, 1, qkv, C + h * hs, 1, 3 * C, raw, 0, T, false, 'full');
  const scale = 1 / Math.sqrt(hs);
  for (let i = 0; i < raw.length; i++) raw[i] *= scale;
  const scores = rowsOf(raw, T, T);
  return {
    q: rowsOf(qkv, T, hs, 3 * C, h * hs),
    k: rowsOf(qkv, T, hs, 3 * C, C + h * hs),
    v: rowsOf(qkv, T, hs, 3 * C, 2 * C + h * hs),
    scores,
    masked: scores.map((row, i) => row.map((s, j) => (j > i ? -Infinity : s))),
    weights: rowsOf(probs, T, T, T, h * T * T),
    output: rowsOf(ctx, T, hs, C, h * hs),
  };
}

/** x · W + b for (T, K) x (K, M), with the workspace's kernels: a sublayer's output before it joins the stream. */
function linear(ws: Workspace, x: Floats, weight: Floats, bias: Floats, T: number, K: number, M: number, like: Floats): Floats {
  const out = like instanceof Float32Array ? new Float32Array(T * M) : new Float64Array(T * M);
  ws.kernels.matmul(out, x, weight, T, K, M);
  ws.kernels.addBias(out, bias, T, M);
  return out;
}

/**
 * Runs the training forward pass (forwardInto) on one prompt and returns every intermediate of block `layer`
 * (0-based). Throws a RangeError for an empty prompt, one longer than the context, an id outside the vocabulary or
 * a layer the model does not have.
 */
export function traceBlock(model: GptModel, tokenIds: ArrayLike<number>, layer: number): BlockTrace {
  const { width: C, heads: H, vocabSize: V, contextLength, layers } = model.config;
  const T = tokenIds.length;
  if (T < 1 || T > contextLength) throw new RangeError(`a prompt must have 1 to ${contextLength} tokens (got ${T})`);
  checkTokens(tokenIds, V);
  if (!Number.isInteger(layer) || layer < 0 || layer >= layers) {
    throw new RangeError(`layer must be an integer from 0 to ${layers - 1} (got ${layer})`);
  }
  const ws = createWorkspace(model.config, 1, T);
  forwardInto(model, ws, tokenIds);
  const p = model.params;
  const a = ws.layers[layer];
  const w = p.layers[layer];
  const out = layer + 1 < layers ? ws.layers[layer + 1].input : ws.residual;
  const tokens = Array.from(tokenIds);
  const logits = rowsOf(ws.logits, T, V);
  return {
    layer,
    tokens,
    tokenEmbedding: tokens.map((id) => Float64Array.from(p.tokenEmbedding.subarray(id * C, (id + 1) * C))),
    positionEmbedding: rowsOf(p.positionEmbedding, T, C),
    embedding: rowsOf(ws.layers[0].input, T, C),
    input: rowsOf(a.input, T, C),
    ln1: layerNormOf(a.ln1, a.ln1Mean, a.ln1Rstd, T, C),
    heads: Array.from({ length: H }, (_, h) => headOf(ws, layer, h, C, H)),
    attention: rowsOf(a.ctx, T, C),
    projection: rowsOf(linear(ws, a.ctx, w.projWeight, w.projBias, T, C, C, a.ctx), T, C),
    afterAttention: rowsOf(a.mid, T, C),
    ln2: layerNormOf(a.ln2, a.ln2Mean, a.ln2Rstd, T, C),
    fc: rowsOf(a.fc, T, 4 * C),
    gelu: rowsOf(a.act, T, 4 * C),
    mlp: rowsOf(linear(ws, a.act, w.outWeight, w.outBias, T, 4 * C, C, a.act), T, C),
    output: rowsOf(out, T, C),
    finalNorm: layerNormOf(ws.final, ws.finalMean, ws.finalRstd, T, C),
    logits,
    // The distribution the Lab samples from at temperature 1.
    probabilities: logits.map((row) => samplingDistribution(row)),
  };
}
