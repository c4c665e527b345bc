import type { GptModel } from '../../engine/gpt/forward';
import { NAME_ALPHABET } from '../../engine/lab/names';
import { browserLabStore, type LabStore } from './runStore';

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

/** The Lab's latest saved model (its last checkpoint), or null when there is none the page can read. */
export async function loadTrainedLabModel(store: LabStore = browserLabStore()): Promise<TrainedLabModel | null> {
  const read = await store.read();
  if (read.kind !== 'model') return null;
  const { model, step, corpus } = read.lab;
  const names = !corpus || corpus.kind === 'names';
  const vocabulary = names ? NAMES_VOCABULARY : corpus.vocabulary?.join('') ?? '';
  if (Array.from(vocabulary).length !== model.config.vocabSize) return null;
  return { model, step, vocabulary, boundary: names ? '.' : null, corpusName: names ? 'the names' : corpus.title };
}
