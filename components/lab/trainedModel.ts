import type { GptModel } from '../../engine/gpt/forward';
import { NAME_ALPHABET } from '../../engine/lab/names';
import { browserStorage, readStoredLab } from './modelStore';

/**
 * The model a student trained in the Lab, as other pages see it: its weights, how far it was trained, and the
 * characters its token ids stand for, so a page can encode a typed prompt the way the Lab did.
 */
export interface TrainedLabModel {
  model: GptModel;
  step: number;
  /** vocabulary[id] is the character of token id (length = model.config.vocabSize). */
  vocabulary: string;
  /** The boundary character that frames each name (the names corpus), or null for running text. */
  boundary: string | null;
  /** What it was trained on, in words ("the names", "your text", …). */
  corpusName: string;
}

/** The names corpus's vocabulary: the boundary "." (id 0), then a–z. */
export const NAMES_VOCABULARY = `.${NAME_ALPHABET}`;

/** The Lab's latest saved model, or null when the student has not trained one (or it cannot be read). */
export async function loadTrainedLabModel(storage: Storage | null = browserStorage()): Promise<TrainedLabModel | null> {
  const read = readStoredLab(storage);
  if (read.kind !== 'model') return null;
  return { model: read.lab.model, step: read.lab.step, vocabulary: NAMES_VOCABULARY, boundary: '.', corpusName: 'the names' };
}
