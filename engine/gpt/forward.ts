import { hasMlp, makeGptConfig, type Floats, type GptConfig } from './config';
import { initTensors, type GptTensors } from './params';
import { createWorkspace, type Workspace } from './workspace';

/** A tiny GPT: its shape and its weights. */
export interface GptModel {
  config: GptConfig;
  params: GptTensors;
}

/** Builds a freshly initialised model from a (partial) config. */
export function createGpt(overrides: Partial<GptConfig> = {}): GptModel {
  const config = makeGptConfig(overrides);
  return { config, params: initTensors(config) };
}

/** Throws unless every token id is an integer in [0, V). */
export function checkTokens(tokens: ArrayLike<number>, vocabSize: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!Number.isInteger(t) || t < 0 || t >= vocabSize) {
      throw new RangeError(`token ${i} is ${t}; ids must be integers from 0 to ${vocabSize - 1}`);
    }
  }
}

/**
 * The batched forward pass into a workspace: tokens (B·T) row-major by sequence → ws.logits (B·T, V).
 * Every intermediate the backward pass needs stays in ws.
 */
export function forwardInto(model: GptModel, ws: Workspace, tokens: ArrayLike<number>): Floats {
  const { config, params } = model;
  const { width: C, heads: H, vocabSize: V, layerNormEpsilon: eps } = config;
  const B = ws.batchSize;
  const T = ws.time;
  const N = B * T;
  if (tokens.length !== N) throw new RangeError(`expected ${N} tokens (${B}×${T}), got ${tokens.length}`);
  checkTokens(tokens, V);
  const { addBias, addResidualAndBias, layerNormForward, geluForward, matmul, causalAttentionForward } = ws.kernels;
  // embeddings: x[b, t] = wte[token] + wpe[t]
  const mlp = hasMlp(config);
  const x0 = ws.layers[0].input;
  const wte = params.tokenEmbedding;
  const wpe = params.positionEmbedding;
  for (let n = 0; n < N; n++) {
    const tok = tokens[n] * C;
    const pos = (n % T) * C;
    const row = n * C;
    for (let c = 0; c < C; c++) x0[row + c] = wte[tok + c] + wpe[pos + c];
  }
  for (let l = 0; l < config.layers; l++) {
    const p = params.layers[l];
    const a = ws.layers[l];
    const out = l + 1 < config.layers ? ws.layers[l + 1].input : ws.residual;
    layerNormForward(a.ln1, a.ln1Mean, a.ln1Rstd, a.input, p.ln1Gain, p.ln1Bias, N, C, eps);
    // (N, C) x (C, 3C) -> (N, 3C), viewed per head as (B, H, T, hs) inside the attention kernel
    matmul(a.qkv, a.ln1, p.qkvWeight, N, C, 3 * C);
    addBias(a.qkv, p.qkvBias, N, 3 * C);
    causalAttentionForward(a.ctx, a.probs, a.qkv, B, T, C, H);
    // (N, C) x (C, C) -> (N, C), then the residual connection; without an MLP this is the block's output
    const afterAttention = mlp ? a.mid : out;
    matmul(afterAttention, a.ctx, p.projWeight, N, C, C);
    addResidualAndBias(afterAttention, a.input, p.projBias, N, C);
    if (!mlp) continue;
    layerNormForward(a.ln2, a.ln2Mean, a.ln2Rstd, a.mid, p.ln2Gain, p.ln2Bias, N, C, eps);
    // (N, C) x (C, 4C) -> (N, 4C) -> GELU -> (N, 4C) x (4C, C) -> (N, C)
    matmul(a.fc, a.ln2, p.fcWeight, N, C, 4 * C);
    addBias(a.fc, p.fcBias, N, 4 * C);
    geluForward(a.act, a.fcTanh, a.fc, N * 4 * C);
    matmul(out, a.act, p.outWeight, N, 4 * C, C);
    addResidualAndBias(out, a.mid, p.outBias, N, C);
  }
  layerNormForward(ws.final, ws.finalMean, ws.finalRstd, ws.residual, params.finalGain, params.finalBias, N, C, eps);
  // (N, C) x (C, V) -> (N, V)
  matmul(ws.logits, ws.final, params.headWeight, N, C, V);
  return ws.logits;
}

/** One sequence's forward pass, with what a picture of it needs. */
export interface SequenceForward {
  /** logits[t] are the scores (length V) for the token after position t. */
  logits: Float64Array[];
  /** attention[layer][head] is a T×T matrix (rows: the token looking; columns: the token looked at). */
  attention: Float64Array[][][];
}

/** Runs one sequence (1 ≤ length ≤ contextLength) and returns every position's logits and every head's weights. */
export function forwardSequence(model: GptModel, tokens: ArrayLike<number>): SequenceForward {
  const { vocabSize: V, heads: H, layers: L } = model.config;
  const T = tokens.length;
  const ws = createWorkspace(model.config, 1, T);
  const logits = forwardInto(model, ws, tokens);
  const rows: Float64Array[] = [];
  for (let t = 0; t < T; t++) rows.push(Float64Array.from(logits.subarray(t * V, (t + 1) * V)));
  const attention: Float64Array[][][] = [];
  for (let l = 0; l < L; l++) {
    const heads: Float64Array[][] = [];
    for (let h = 0; h < H; h++) {
      const matrix: Float64Array[] = [];
      for (let i = 0; i < T; i++) {
        const start = (h * T + i) * T;
        matrix.push(Float64Array.from(ws.layers[l].probs.subarray(start, start + T)));
      }
      heads.push(matrix);
    }
    attention.push(heads);
  }
  return { logits: rows, attention };
}
