import type { TrainingSetup } from '../../../engine/worker/protocol';
import { repeatedSequence, type RepeatedTokensShape } from '../../../engine/lab/repeatedTokens';
import { createRng } from '../../../engine/random';

/*
 * The preset, chosen by measurement (the numbers are in chapter 10): a 2-layer attention-only model on the
 * induction-heads paper's data, n random tokens out of 32 followed by the same n again. n is drawn from 4 to 8 for
 * each sequence, after random filler up to 16 tokens: with n always 8, a layer-1 head learns to look 7 back by
 * position alone and no induction head forms; with n varying, only the tokens say where the copy is.
 */

/** The data: n = 4 … 8 random tokens out of V = 32, then the same n again, at the end of T = 16 tokens. */
export const INDUCTION_DATA: Required<RepeatedTokensShape> = { vocabSize: 32, half: 8, minHalf: 4, time: 16 };

/** Steps between measurements of the halves' losses and the heads' scores (each a forward pass over 32 sequences). */
export const MEASURE_EVERY = 10;

/** The x axis of the charts starts this long and grows in steps of it. */
export const CHART_SPAN = 500;

/** Steps the preset trains for before it stops by itself. */
export const PRESET_STEPS = 2000;

/** The setup the worker trains: a seeded model, seeded batches, a constant learning rate after a short warmup. */
export const INDUCTION_SETUP: TrainingSetup = {
  model: {
    vocabSize: INDUCTION_DATA.vocabSize, contextLength: INDUCTION_DATA.time, width: 64, heads: 2, layers: 2,
    mlp: false, seed: 1, initStd: 0.02,
  },
  train: [], heldOut: [],
  data: { kind: 'repeated-random', ...INDUCTION_DATA, probeSize: 32, probeSeed: 999 },
  batchSize: 32,
  schedule: { maxRate: 1e-3, minRate: 1e-3, warmupSteps: 20, totalSteps: 0 },
  adam: { weightDecay: 0 },
  dataSeed: 2,
  reportEvery: MEASURE_EVERY,
  heldOutEvery: MEASURE_EVERY,
  maxSteps: PRESET_STEPS,
};

/** The sequence the heatmap shows: 8 random tokens then the same 8 again, from a fixed seed apart from training's. */
export function pictureSequence(): number[] {
  return repeatedSequence({ ...INDUCTION_DATA, minHalf: INDUCTION_DATA.half }, createRng(7)).tokens;
}
