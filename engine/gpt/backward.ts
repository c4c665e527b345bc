import { hasMlp } from './config';
import type { GptTensors, LayerTensors } from './params';
import type { GptModel } from './forward';
import { forwardInto } from './forward';
import type { LayerActivations, Workspace } from './workspace';

/**
 * The backward pass over whole tensors, written by hand: given ws.dLogits and the activations forwardInto left in
 * ws, adds dLoss/dθ for every parameter into grads (call grads.data.fill(0) first for a fresh gradient).
 */
export function backwardInto(model: GptModel, grads: GptTensors, ws: Workspace, tokens: ArrayLike<number>): void {
  const { config, params } = model;
  const { width: C, heads: H, vocabSize: V } = config;
  const B = ws.batchSize;
  const T = ws.time;
  const N = B * T;
  const dRes = ws.dResidual;
  const { addColumnSums, layerNormBackward, matmulTransposedA, matmulTransposedB, causalAttentionBackward } = ws.kernels;
  // LM head: logits = final · W  ->  dW += finalᵀ · dLogits, dFinal = dLogits · Wᵀ
  matmulTransposedA(grads.headWeight, ws.final, ws.dLogits, N, C, V);
  matmulTransposedB(ws.dNorm, ws.dLogits, params.headWeight, N, V, C);
  dRes.fill(0, 0, N * C);
  layerNormBackward(dRes, grads.finalGain, grads.finalBias, ws.dNorm, ws.residual, ws.finalMean, ws.finalRstd,
    params.finalGain, N, C);
  for (let l = config.layers - 1; l >= 0; l--) {
    const p = params.layers[l];
    const g = grads.layers[l];
    const a = ws.layers[l];
    // an attention-only block's output is its attention's residual sum, so dRes already holds dLoss/dmid
    if (hasMlp(config)) mlpBackward(ws, p, g, a, N, C);
    // attention: mid = input + ctx · Wo + bo
    addColumnSums(g.projBias, dRes, N, C);
    matmulTransposedA(g.projWeight, a.ctx, dRes, N, C, C);
    matmulTransposedB(ws.dCtx, dRes, p.projWeight, N, C, C);
    causalAttentionBackward(ws.dQkv, ws.dCtx, a.probs, a.qkv, B, T, C, H, ws.attentionScratch);
    addColumnSums(g.qkvBias, ws.dQkv, N, 3 * C);
    matmulTransposedA(g.qkvWeight, a.ln1, ws.dQkv, N, C, 3 * C);
    matmulTransposedB(ws.dNorm, ws.dQkv, p.qkvWeight, N, 3 * C, C);
    layerNormBackward(dRes, g.ln1Gain, g.ln1Bias, ws.dNorm, a.input, a.ln1Mean, a.ln1Rstd, p.ln1Gain, N, C);
  }
  // embeddings: each position's gradient goes to its token's row and its position's row
  for (let n = 0; n < N; n++) {
    const tok = tokens[n] * C;
    const pos = (n % T) * C;
    for (let c = 0; c < C; c++) {
      grads.tokenEmbedding[tok + c] += dRes[n * C + c];
      grads.positionEmbedding[pos + c] += dRes[n * C + c];
    }
  }
}

/** The MLP's and second LayerNorm's part of one block's backward pass: turns dLoss/dout in ws.dResidual into dLoss/dmid. */
function mlpBackward(ws: Workspace, p: LayerTensors, g: LayerTensors, a: LayerActivations, N: number, C: number): void {
  const dRes = ws.dResidual;
  const { addColumnSums, geluBackward, layerNormBackward, matmulTransposedA, matmulTransposedB } = ws.kernels;
  // MLP: out = mid + GELU(ln2 · W1 + b1) · W2 + b2; dRes holds dLoss/dout
  addColumnSums(g.outBias, dRes, N, C);
  matmulTransposedA(g.outWeight, a.act, dRes, N, 4 * C, C);
  matmulTransposedB(ws.dFc, dRes, p.outWeight, N, C, 4 * C);
  geluBackward(ws.dFc, a.fc, a.fcTanh, N * 4 * C);
  addColumnSums(g.fcBias, ws.dFc, N, 4 * C);
  matmulTransposedA(g.fcWeight, a.ln2, ws.dFc, N, C, 4 * C);
  matmulTransposedB(ws.dNorm, ws.dFc, p.fcWeight, N, 4 * C, C);
  // the residual branch passes dRes through unchanged; LayerNorm adds its part: dRes becomes dLoss/dmid
  layerNormBackward(dRes, g.ln2Gain, g.ln2Bias, ws.dNorm, a.mid, a.ln2Mean, a.ln2Rstd, p.ln2Gain, N, C);
}

/** A batch of B sequences of T tokens: inputs and their next-token targets (a negative target is skipped). */
export interface Batch {
  batchSize: number;
  time: number;
  /** (B·T) token ids, sequence after sequence. */
  inputs: Int32Array;
  /** (B·T) the id that follows each input position. */
  targets: Int32Array;
}

function checkBatch(model: GptModel, ws: Workspace, batch: Batch): number {
  if (batch.batchSize !== ws.batchSize || batch.time !== ws.time) {
    throw new RangeError(`batch is ${batch.batchSize}×${batch.time} but the workspace is ${ws.batchSize}×${ws.time}`);
  }
  const N = ws.batchSize * ws.time;
  if (batch.targets.length !== N) throw new RangeError(`expected ${N} targets, got ${batch.targets.length}`);
  const V = model.config.vocabSize;
  for (let i = 0; i < N; i++) {
    if (batch.targets[i] >= V) throw new RangeError(`target ${i} is ${batch.targets[i]}; ids stop at ${V - 1}`);
  }
  return N;
}

/** Forward, loss and backward in one call: returns the mean cross-entropy and adds its gradient into grads. */
export function lossAndGradient(model: GptModel, grads: GptTensors, ws: Workspace, batch: Batch): number {
  const N = checkBatch(model, ws, batch);
  forwardInto(model, ws, batch.inputs);
  const { loss } = ws.kernels.crossEntropy(ws.logits, batch.targets, N, model.config.vocabSize, ws.dLogits);
  backwardInto(model, grads, ws, batch.inputs);
  return loss;
}

/** Forward and loss only, no gradient: the held-out loss of a batch. */
export function lossOnly(model: GptModel, ws: Workspace, batch: Batch): number {
  const N = checkBatch(model, ws, batch);
  forwardInto(model, ws, batch.inputs);
  return ws.kernels.crossEntropy(ws.logits, batch.targets, N, model.config.vocabSize).loss;
}
