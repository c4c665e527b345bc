import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { SEED_WEIGHTS, withCell, type ForwardWeights, type WeightName } from '../../../../engine/forwardPass/weights';

/** The weights every forward-pass lesson reads, shared so an edit in one lesson shows in the next on the same visit. */
export interface ForwardWeightsState {
  /** The current matrices. */
  weights: ForwardWeights;
  /** Bumped by restore, so inputs holding a half-typed value start fresh. */
  version: number;
  /** Replaces one finite cell. */
  setCell: (name: WeightName, row: number, col: number, value: number) => void;
  /** Puts every matrix back to the seed's numbers. */
  restore: () => void;
}

/** The one store behind the track's three simulations (kept in memory only: a reload starts from the seed). */
export const forwardWeightsStore = createStore<ForwardWeightsState>()((set) => ({
  weights: SEED_WEIGHTS,
  version: 0,
  setCell: (name, row, col, value) => set((s) => ({ weights: withCell(s.weights, name, row, col, value) })),
  restore: () => set((s) => ({ weights: SEED_WEIGHTS, version: s.version + 1 })),
}));

/** Reads part of the shared weights state inside a component. */
export function useForwardWeights<T>(select: (state: ForwardWeightsState) => T): T {
  return useStore(forwardWeightsStore, select);
}
