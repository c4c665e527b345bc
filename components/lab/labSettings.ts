import type { GptConfig } from '../../engine/gpt/config';
import type { TrainingSetup } from '../../engine/worker/protocol';

/** The dials a student turns: the model's shape, the learning rate and the run's seed. */
export interface LabSettings {
  layers: number;
  heads: number;
  width: number;
  contextLength: number;
  learningRate: number;
  /** Picks the first weights and the order of the training windows: the same seed gives the same run. */
  seed: number;
}

/** Defaults measured to bring the held-out loss below 2.4 nats well within a minute in Chromium. */
export const DEFAULT_SETTINGS: LabSettings = { layers: 2, heads: 4, width: 32, contextLength: 16, learningRate: 1e-2, seed: 1 };

/** The largest seed on the dial (seeds are whole numbers from 1). */
export const MAX_SEED = 9999;

/** The engine's weight seed for a run seed: seed 1 gives the engine's default weights (seed 1234). */
export function weightSeed(seed: number): number {
  return 1233 + seed;
}

/** Layer counts on the dial. */
export const LAYER_CHOICES = [1, 2, 3, 4];
/** Head counts on the dial. */
export const HEAD_CHOICES = [1, 2, 3, 4];
/** Context lengths in characters; names are mostly shorter than 12, so the longer ones read across several names. */
export const CONTEXT_CHOICES = [8, 12, 16, 24, 32, 48, 64];
/** Learning rates on the dial, about ×3 apart; the top ones diverge, which is worth seeing once. */
export const RATE_CHOICES = [3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1];

/** The widest model on the dial: with 4 layers and context 64, about 0.8 million parameters. */
export const MAX_WIDTH = 128;

/** Widths from 16 to 128 that the heads divide evenly, since each head gets width / heads channels. */
export function widthChoices(heads: number): number[] {
  const widths: number[] = [];
  // Steps of 8 up to 64 suit 1, 2 and 4 heads, then steps of 16; three heads need multiples of 12 (then 24).
  const step = heads === 3 ? 12 : 8;
  for (let w = 16; w <= MAX_WIDTH; w++) {
    if (w % heads !== 0 || w % step !== 0) continue;
    if (w > 64 && w % (2 * step) !== 0) continue;
    widths.push(w);
  }
  return widths;
}

/** The nearest width the heads divide, so changing the head count never leaves an impossible shape. */
export function fitWidth(width: number, heads: number): number {
  const choices = widthChoices(heads);
  return choices.reduce((best, w) => (Math.abs(w - width) < Math.abs(best - width) ? w : best), choices[0]);
}

/** The next lower learning rate on the dial: what a diverged run is offered. */
export function lowerRate(rate: number): number {
  const lower = RATE_CHOICES.filter((r) => r < rate);
  return lower.length > 0 ? lower[lower.length - 1] : RATE_CHOICES[0];
}

/** The run seed whose weights a config was drawn from, when it is one the dial offers; else the default. */
export function seedOfConfig(config: Pick<GptConfig, 'seed'>): number {
  const seed = config.seed - 1233;
  return Number.isInteger(seed) && seed >= 1 && seed <= MAX_SEED ? seed : DEFAULT_SETTINGS.seed;
}

/**
 * Settings read back from a saved model's config, or null when the Lab's dials cannot show that shape. The
 * vocabulary is the corpus's business: the caller checks that the model's matches the text it goes with.
 */
export function settingsFromConfig(config: GptConfig, learningRate: number): LabSettings | null {
  const fits = LAYER_CHOICES.includes(config.layers) && HEAD_CHOICES.includes(config.heads)
    && widthChoices(config.heads).includes(config.width) && CONTEXT_CHOICES.includes(config.contextLength);
  if (!fits) return null;
  const rate = RATE_CHOICES.includes(learningRate) ? learningRate : DEFAULT_SETTINGS.learningRate;
  return { layers: config.layers, heads: config.heads, width: config.width, contextLength: config.contextLength, learningRate: rate, seed: seedOfConfig(config) };
}

/** Steps between held-out measurements. */
export const HELD_OUT_EVERY = 50;
/** Steps between weight snapshots, which refresh the heatmap and the generator while training runs. */
export const SNAPSHOT_EVERY = 25;

/** Sequences per training step. */
export const BATCH_SIZE = 32;

/**
 * The worker's setup: the dials, the corpus's vocabulary size and token streams, a short warmup then a constant
 * rate, AdamW, batches of 32. The seed fixes both the first weights and the data order.
 */
export function labSetup(settings: LabSettings, vocabSize: number, train: ArrayLike<number>, heldOut: ArrayLike<number>): TrainingSetup {
  const { layers, heads, width, contextLength, learningRate, seed } = settings;
  return {
    model: { vocabSize, layers, heads, width, contextLength, seed: weightSeed(seed) },
    train,
    heldOut,
    batchSize: BATCH_SIZE,
    schedule: { maxRate: learningRate, minRate: learningRate, warmupSteps: 20, totalSteps: 0 },
    adam: { weightDecay: 0.01 },
    dataSeed: seed,
    reportEvery: 5,
    heldOutEvery: HELD_OUT_EVERY,
    snapshotEvery: SNAPSHOT_EVERY,
    maxSteps: Infinity,
  };
}
