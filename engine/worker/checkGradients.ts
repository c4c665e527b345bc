import { modelFromWeights } from '../gpt/serialize';
import { gradientCheck, type GradientCheckResult } from '../gpt/gradcheck';
import type { GptConfig } from '../gpt/config';
import { sampleBatch } from '../gpt/train';
import { createRng } from '../random';
import type { FromWorker } from './protocol';
import type { TrainingSession } from './session';

/** The worst relative error a float64 check may show: the bound the engine's own gradient test uses. */
export const GRADIENT_TOLERANCE = 1e-6;

/** Entries checked per tensor: a seeded sample, so a check of a four-layer model still takes about a second. */
export const ENTRIES_PER_TENSOR = 4;

/**
 * Checks the backward pass at the current weights: the float32 weights are copied into a float64 model (so the
 * finite differences are not drowned in rounding) and compared tensor by tensor on a seeded batch of the data.
 */
export function checkGradientsAt(config: GptConfig, weights: ArrayLike<number>, tokens: ArrayLike<number>): GradientCheckResult {
  const model = modelFromWeights({ ...config, dtype: 'float64' }, weights);
  const time = Math.min(config.contextLength, 8);
  const batch = sampleBatch(tokens, 2, time, createRng(11));
  return gradientCheck(model, batch, { maxEntriesPerTensor: ENTRIES_PER_TENSOR, seed: 5 });
}

/** The worker's answer to a gradcheck request: the check at the session's current weights, on its training data. */
export function gradcheckReply(session: TrainingSession): Extract<FromWorker, { type: 'gradcheck' }> {
  const { config, params } = session.trainer.model;
  // repeated-random runs have no token stream: their fixed held-out sequences, end to end, serve as one
  const tokens = session.repeated ? session.repeated.probe.inputs : session.train;
  const result = checkGradientsAt(config, params.data, tokens);
  return { type: 'gradcheck', step: session.trainer.step, config, result, tolerance: GRADIENT_TOLERANCE };
}
