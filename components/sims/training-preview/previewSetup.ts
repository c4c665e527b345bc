import { surprise } from '../../../engine/loss';
import type { TrainingSetup } from '../../../engine/worker/protocol';
import { previewTokens } from './corpus';

/**
 * Steps in the preview run: the held-out loss bottoms out after a few hundred and then climbs while the training
 * loss keeps falling, so the run shows both learning and memorising.
 */
export const PREVIEW_STEPS = 1200;

/** The preview's model and run: one block, width 32, two heads, trained with AdamW on warmup + cosine. */
export function previewSetup(): TrainingSetup {
  const { tokenizer, train, heldOut } = previewTokens();
  return {
    model: { vocabSize: tokenizer.size, contextLength: 16, width: 32, heads: 2, layers: 1, seed: 7 },
    train,
    heldOut,
    batchSize: 16,
    schedule: { maxRate: 1e-2, minRate: 1e-3, warmupSteps: 50, totalSteps: PREVIEW_STEPS },
    adam: { weightDecay: 0.01 },
    reportEvery: 10,
    heldOutEvery: 50,
    maxSteps: PREVIEW_STEPS,
  };
}

/** The loss of a model that knows nothing and spreads its bets evenly: −ln(1/V) = ln V. */
export function uniformGuessLoss(vocabSize: number): number {
  return surprise(1 / vocabSize);
}
