import { forwardInto, type GptModel } from '../gpt/forward';
import type { Workspace } from '../gpt/workspace';
import { prefixMatchingScore } from '../prefixMatching';
import { halfTargets, type RepeatedBatch } from './repeatedTokens';

/** What the induction view plots at one step, measured on a fixed held-out batch of repeated sequences. */
export interface InductionMeasure {
  /** Mean loss over every predicted token of the batch. */
  loss: number;
  /** Mean loss predicting the tokens before the repeat (random: ln V at best). */
  firstHalfLoss: number;
  /** Mean loss predicting the repeat's tokens after its first (copies: near 0 once an induction head works). */
  secondHalfLoss: number;
  /** headScores[layer][head]: the head's prefix-matching score, averaged over the batch's sequences. */
  headScores: number[][];
}

/**
 * One forward pass over the probe batch (whose shape must match the workspace): the two halves' losses and every
 * head's prefix-matching score (engine/prefixMatching.ts) read from the attention weights the pass left in ws.
 */
export function measureInduction(model: GptModel, ws: Workspace, probe: RepeatedBatch): InductionMeasure {
  const { heads: H, layers: L, vocabSize: V } = model.config;
  const B = probe.batchSize;
  const T = probe.time;
  if (ws.batchSize !== B || ws.time !== T) {
    throw new RangeError(`probe is ${B}×${T} but the workspace is ${ws.batchSize}×${ws.time}`);
  }
  forwardInto(model, ws, probe.inputs);
  const loss = ws.kernels.crossEntropy(ws.logits, probe.targets, B * T, V).loss;
  const { first, second } = halfTargets(probe);
  const firstHalfLoss = ws.kernels.crossEntropy(ws.logits, first, B * T, V).loss;
  const secondHalfLoss = ws.kernels.crossEntropy(ws.logits, second, B * T, V).loss;
  const sequences = Array.from({ length: B }, (_, b) => Array.from(probe.inputs.subarray(b * T, (b + 1) * T)));
  const headScores: number[][] = [];
  for (let l = 0; l < L; l++) {
    const probs = ws.layers[l].probs;
    const scores: number[] = [];
    for (let h = 0; h < H; h++) {
      let total = 0;
      for (let b = 0; b < B; b++) {
        // (B, H, T, T): this sequence's and head's T × T block
        const start = (b * H + h) * T * T;
        const weights = { rows: T, cols: T, data: Float64Array.from(probs.subarray(start, start + T * T)) };
        total += prefixMatchingScore(weights, sequences[b]);
      }
      scores.push(total / B);
    }
    headScores.push(scores);
  }
  return { loss, firstHalfLoss, secondHalfLoss, headScores };
}

/** The head with the highest score, as 0-based layer and head, with its score; null when there are no scores. */
export function strongestHead(headScores: readonly (readonly number[])[]): { layer: number; head: number; score: number } | null {
  let best: { layer: number; head: number; score: number } | null = null;
  headScores.forEach((row, layer) => row.forEach((score, head) => {
    if (Number.isFinite(score) && (best === null || score > best.score)) best = { layer, head, score };
  }));
  return best;
}
