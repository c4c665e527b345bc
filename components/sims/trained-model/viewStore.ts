import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Which weights the switchable figures show, and what the student typed and picked for the Lab model. */
export interface TrainedViewState {
  source: 'teaching' | 'lab';
  /** null until the student types: each model then opens on its own default prompt. */
  prompt: string | null;
  /** 0-based layer and head; clamped to the model when read. */
  layer: number;
  head: number;
  set: (change: Partial<Omit<TrainedViewState, 'set' | 'reset'>>) => void;
  reset: () => void;
}

const initial = { source: 'teaching' as const, prompt: null, layer: 0, head: 0 };

/**
 * One choice for every switchable figure, kept in memory for the visit: switching to the Lab model in one lesson
 * keeps it, and the prompt, in the next. A reload starts again from the teaching weights.
 */
export const trainedViewStore = createStore<TrainedViewState>()((set) => ({
  ...initial,
  set: (change) => set(change),
  reset: () => set(initial),
}));

/** Reads part of the shared choice inside a component. */
export function useTrainedView<T>(select: (state: TrainedViewState) => T): T {
  return useStore(trainedViewStore, select);
}
