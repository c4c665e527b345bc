import { nameTokenizer, namesToTokens, splitNames } from '../../engine/lab/names';

/** The share of names held out, and the seed of the split: the same names are held out on every visit. */
export const HELD_OUT_FRACTION = 0.1;
export const SPLIT_SEED = 42;

/** The Lab's data, ready for the worker and for marking generated names. */
export interface LabData {
  train: number[];
  heldOut: number[];
  trainNames: ReadonlySet<string>;
  heldOutNames: ReadonlySet<string>;
}

/** Loads the names list (its own chunk, fetched only by the Lab) and splits and encodes it. */
export async function loadLabData(): Promise<LabData> {
  const names = (await import('./data/names.json')).default as string[];
  const split = splitNames(names, HELD_OUT_FRACTION, SPLIT_SEED);
  const tokenizer = nameTokenizer();
  return {
    train: namesToTokens(split.train, tokenizer),
    heldOut: namesToTokens(split.heldOut, tokenizer),
    trainNames: new Set(split.train),
    heldOutNames: new Set(split.heldOut),
  };
}
