import { createGpt, type GptModel } from './gpt/forward';
import { createTrainer, trainStep } from './gpt/train';
import type { Batch } from './gpt/backward';

/** How to fit a tiny GPT to one sentence. */
export interface SentenceModelOptions {
  /** Seed of the initial weights: the same seed always gives the same model. */
  seed?: number;
  /** C: width of the residual stream. */
  width?: number;
  /** H: attention heads per layer. */
  heads?: number;
  /** L: transformer blocks. */
  layers?: number;
  /** Adam updates on the sentence. */
  steps?: number;
  /** Peak learning rate. */
  learningRate?: number;
}

/** A tiny GPT that has learned one sentence by heart, with its word vocabulary. */
export interface SentenceModel {
  model: GptModel;
  /** Token id → word. */
  vocabulary: string[];
  /** The sentence as token ids. */
  tokens: number[];
  /** Mean next-token loss on the sentence after the last update. */
  finalLoss: number;
}

/** The distinct words of a sentence in order of first appearance: their index is their token id. */
export function wordVocabulary(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/**
 * Trains a small float64 GPT (context = sentence length) to predict each next word of one sentence, so greedy
 * generation from the first word writes the sentence back. Deterministic: the whole sentence is the batch.
 */
export function memorizeSentence(words: readonly string[], options: SentenceModelOptions = {}): SentenceModel {
  if (words.length < 2) throw new RangeError('a sentence to learn needs at least two words');
  const { seed = 7, width = 16, heads = 2, layers = 2, steps = 80, learningRate = 0.02 } = options;
  const vocabulary = wordVocabulary(words);
  const tokens = words.map((w) => vocabulary.indexOf(w));
  const time = tokens.length - 1;
  const model = createGpt({
    vocabSize: Math.max(2, vocabulary.length), contextLength: tokens.length, width, heads, layers,
    dtype: 'float64', seed, initStd: 0.1,
  });
  // (1, T) inputs are the sentence without its last word, targets the sentence shifted by one
  const batch: Batch = {
    batchSize: 1, time,
    inputs: Int32Array.from(tokens.slice(0, time)),
    targets: Int32Array.from(tokens.slice(1)),
  };
  const trainer = createTrainer(model, {
    batchSize: 1, time,
    schedule: { maxRate: learningRate, minRate: learningRate / 10, warmupSteps: 10, totalSteps: steps },
  });
  let finalLoss = Number.NaN;
  for (let i = 0; i < steps; i++) finalLoss = trainStep(trainer, batch).loss;
  return { model, vocabulary, tokens, finalLoss };
}
