import { traceCachedDecoding, cacheBytesPerToken, type DecodingStep } from '../../../engine/cachedDecoding';
import type { GptModel } from '../../../engine/gpt/forward';
import { memorizeSentence } from '../../../engine/sentenceModel';

/** The sentence the tiny model learns by heart before the page shows it generating. */
export const SENTENCE = 'The cat sat on the mat because it was tired .';

/** Everything the simulation shows: the model, its words, and every step of its cached generation. */
export interface GrowthData {
  model: GptModel;
  vocabulary: string[];
  /** Steps from the first word until the model writes ".". */
  steps: DecodingStep[];
  bytesPerToken: number;
}

let data: GrowthData | null = null;

/** Trains the tiny model once per page (a fraction of a second) and traces its generation from "The". */
export function growthData(): GrowthData {
  if (!data) {
    const { model, vocabulary, tokens } = memorizeSentence(SENTENCE.split(' '));
    const stop = vocabulary.indexOf('.');
    const steps = traceCachedDecoding(model, tokens[0], model.config.contextLength, stop);
    data = { model, vocabulary, steps, bytesPerToken: cacheBytesPerToken(model) };
  }
  return data;
}
