import { textCorpus, type LabCorpus, type NamesCorpus, type TextCorpus } from './corpus';
import { DEFAULT_SETTINGS, settingsFromConfig, type LabSettings } from './labSettings';
import type { StoredRead } from './modelStore';
import type { PendingLoad } from './useLabRun';

/** Where the Lab starts: the corpus, the dials, saved weights to resume from, and a sentence about what happened. */
export interface LabStart {
  corpus: LabCorpus;
  settings: LabSettings;
  pending: PendingLoad | null;
  note: string | null;
}

/** How the Lab loads its built-in corpora (tests pass small ones). */
export interface CorpusLoaders {
  names(): Promise<NamesCorpus>;
  book(): Promise<TextCorpus>;
}

/**
 * Turns what the store read into a start: the stored corpus loaded again (or the student's text rebuilt), checked
 * against the model's vocabulary and shape. Anything that does not fit starts fresh on the names, and says why.
 */
export async function startFromStore(read: StoredRead, load: CorpusLoaders): Promise<LabStart> {
  const fresh = async (note: string | null): Promise<LabStart> => ({ corpus: await load.names(), settings: DEFAULT_SETTINGS, pending: null, note });
  if (read.kind === 'empty') return fresh(null);
  if (read.kind === 'problem') return fresh(read.message);
  const stored = read.lab;
  const kind = stored.corpus?.kind ?? 'names';
  let corpus: LabCorpus;
  try {
    corpus = kind === 'names' ? await load.names()
      : kind === 'moby-dick' ? await load.book()
        : textCorpus(stored.corpus?.text ?? '', 'text', stored.corpus?.title ?? 'your text');
  } catch (error) {
    return fresh(`The text the saved model learnt from could not be read again (${(error as Error).message}), so the Lab starts fresh.`);
  }
  if (stored.model.config.vocabSize !== corpus.vocabulary.length) {
    return fresh(`The saved model knows ${stored.model.config.vocabSize} characters but its text has ${corpus.vocabulary.length}, so the Lab starts fresh.`);
  }
  const settings = settingsFromConfig(stored.model.config, stored.learningRate);
  if (!settings) return fresh('The saved model has a shape the Lab cannot show, so the Lab starts fresh.');
  const note = `Restored the model saved at step ${stored.step}.` +
    (stored.running ? ' It was a checkpoint taken while training ran: press Resume training to go on from there.' : '');
  return { corpus, settings, pending: { model: stored.model, step: stored.step, points: stored.points }, note };
}
