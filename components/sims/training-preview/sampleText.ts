import { generate } from '../../../engine/gpt/sample';
import { modelFromWeights } from '../../../engine/gpt/serialize';
import type { GptConfig } from '../../../engine/gpt/config';
import { createRng } from '../../../engine/random';
import type { Tokenizer } from '../../../engine/tokenizer';

/** The prompt every sample continues, so samples from different steps can be compared. */
export const SAMPLE_PROMPT = 'the ';
/** Characters written after the prompt. */
export const SAMPLE_LENGTH = 60;

/**
 * Continues the prompt with a snapshot of the model's weights: temperature 0.8 and a fixed seed, so the same
 * weights always write the same text. Throws a readable error if the weights are not finite.
 */
export function sampleText(config: GptConfig, weights: ArrayBuffer, tokenizer: Tokenizer, seed = 1): string {
  const model = modelFromWeights(config, weights);
  const prompt = tokenizer.encode(SAMPLE_PROMPT).ids;
  const written = generate(model, prompt, SAMPLE_LENGTH, { temperature: 0.8 }, createRng(seed));
  return SAMPLE_PROMPT + tokenizer.decode(written);
}
