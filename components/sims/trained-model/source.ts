import { useEffect, useState } from 'react';
import { loadTrainedLabModel, type TrainedLabModel } from '../../lab/trainedModel';

/**
 * Where the figures get the Lab's model from. Only loadTrainedLabModel is asked (how the Lab stores its model is
 * its own business); tests put a fake in `load`.
 */
export const trainedModelSource: { load: () => Promise<TrainedLabModel | null> } = { load: () => loadTrainedLabModel() };

/** What looking for the Lab's model found so far. */
export type TrainedModelState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; lab: TrainedLabModel };

/** A model whose vocabulary does not cover its ids cannot have a typed prompt encoded for it. */
function check(lab: TrainedLabModel): TrainedModelState {
  if (lab.vocabulary.length !== lab.model.config.vocabSize) {
    return { status: 'failed', message: `its vocabulary lists ${Array.from(lab.vocabulary).length} characters for ${lab.model.config.vocabSize} token ids` };
  }
  return { status: 'ready', lab };
}

/** Looks for the Lab's model once per mount; the figure shows "loading" until the answer comes. */
export function useTrainedModel(): TrainedModelState {
  const [state, setState] = useState<TrainedModelState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    trainedModelSource.load().then(
      (lab) => live && setState(lab ? check(lab) : { status: 'missing' }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : 'it could not be read' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
