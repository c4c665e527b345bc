import { sampleIndex, type Rng } from '../random';
import { VOCAB, argmaxIndex, runPipeline, type LanguageWeights, type PipelineResult, type Word } from './languageModel';

/** How the next word is picked: the most likely one, or a draw from the tempered distribution. */
export type DecodeMode = 'greedy' | 'sample';

/** Options of one generation step; `rng` is required for sampling so every draw is reproducible. */
export interface GenerateOptions {
  readonly mode: DecodeMode;
  readonly temperature?: number;
  readonly mlp?: boolean;
  readonly rng?: Rng;
}

/** One step of a rollout: the prompt it saw, everything the pipeline computed, and the word appended. */
export interface GenerationStep {
  readonly prompt: readonly Word[];
  readonly result: PipelineResult;
  readonly chosen: number;
  readonly word: Word;
}

/** Runs the pipeline on the prompt and picks the next word (argmax for greedy, an inverse-CDF draw for sampling). */
export function generateStep(prompt: readonly Word[], weights: LanguageWeights, options: GenerateOptions): GenerationStep {
  const result = runPipeline(prompt, weights, { mlp: options.mlp, temperature: options.temperature });
  let chosen: number;
  if (options.mode === 'greedy') chosen = argmaxIndex(result.logits);
  else {
    if (!options.rng) throw new RangeError('generateStep: sampling needs a seeded random generator');
    chosen = sampleIndex(result.probs, options.rng);
  }
  return { prompt: [...prompt], result, chosen, word: VOCAB[chosen] };
}

/** Generates `steps` words one at a time, appending each and running the whole pipeline again. */
export function rollout(prompt: readonly Word[], weights: LanguageWeights, steps: number, options: GenerateOptions): GenerationStep[] {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`rollout: steps must be a whole number ≥ 0, got ${steps}`);
  const out: GenerationStep[] = [];
  let current = [...prompt];
  for (let i = 0; i < steps; i++) {
    const step = generateStep(current, weights, options);
    out.push(step);
    current = [...current, step.word];
  }
  return out;
}
