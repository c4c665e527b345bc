import type { GptConfig } from '../gpt/config';
import type { GradientCheckResult } from '../gpt/gradcheck';
import type { FromWorker, ToWorker } from '../worker/protocol';
import { readToWorker } from '../worker/protocol';

/** The Lab worker's extra requests: resume from saved weights, and check the current model's gradients. */
export type ToLabWorker =
  | ToWorker
  /** After init: replace the fresh weights with these (float32, tensor-spec order) and continue from step. */
  | { type: 'load'; weights: ArrayBuffer; step: number }
  /** Run the finite-difference gradient check on the current weights. */
  | { type: 'gradcheck' };

/** The Lab worker's replies: the training worker's, plus the gradient check's result. */
export type FromLabWorker =
  | FromWorker
  | { type: 'loaded'; step: number }
  | { type: 'gradcheck'; step: number; config: GptConfig; result: GradientCheckResult; tolerance: number };

/** Checks an incoming Lab message; returns an explanation when it is not one. */
export function readToLabWorker(data: unknown): ToLabWorker | { invalid: string } {
  const kind = (data as { type?: unknown } | null)?.type;
  if (kind === 'gradcheck') return { type: 'gradcheck' };
  if (kind === 'load') {
    const message = data as { weights?: unknown; step?: unknown };
    if (!(message.weights instanceof ArrayBuffer) || !Number.isInteger(message.step) || (message.step as number) < 0) {
      return { invalid: 'load needs weights (an ArrayBuffer) and a whole step count ≥ 0' };
    }
    return { type: 'load', weights: message.weights, step: message.step as number };
  }
  return readToWorker(data);
}
