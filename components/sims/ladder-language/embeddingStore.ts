import { useMemo } from 'react';
import { create } from 'zustand';
import { LANGUAGE_WEIGHTS } from '../../../engine/ladder/languageWeights';
import type { LanguageWeights } from '../../../engine/ladder/languageModel';

/** The slider range of every embedding value: wide enough to push a word past the others and hijack a prediction. */
export const EMBEDDING_RANGE = { min: -3, max: 3, step: 0.1 } as const;

interface EmbeddingState {
  /** The current table E, 9 words × 3 dims; rungs 4–7 all read it, so an edit on one moves the others. */
  embeddings: number[][];
  setValue: (word: number, dim: number, value: number) => void;
  reset: () => void;
}

const fitted = () => LANGUAGE_WEIGHTS.embeddings.map((row) => [...row]);

/** Shared, session-only state of the Ladder's embedding table (not saved: a reload restores the fitted values). */
export const useEmbeddingStore = create<EmbeddingState>((set) => ({
  embeddings: fitted(),
  setValue: (word, dim, value) =>
    set((state) => {
      // A cleared or garbled field never reaches the model; the slider keeps its last good value.
      if (!Number.isFinite(value)) return state;
      const clamped = Math.min(EMBEDDING_RANGE.max, Math.max(EMBEDDING_RANGE.min, value));
      return { embeddings: state.embeddings.map((row, i) => (i === word ? row.map((v, d) => (d === dim ? clamped : v)) : row)) };
    }),
  reset: () => set({ embeddings: fitted() }),
}));

/** Whether any embedding differs from the fitted table. */
export function useEmbeddingsEdited(): boolean {
  const embeddings = useEmbeddingStore((s) => s.embeddings);
  return embeddings.some((row, i) => row.some((v, d) => v !== LANGUAGE_WEIGHTS.embeddings[i][d]));
}

/** The model the rungs run: the current (possibly edited) embeddings and the fitted MLP. */
export function useLadderWeights(): LanguageWeights {
  const embeddings = useEmbeddingStore((s) => s.embeddings);
  return useMemo(() => ({ embeddings, mlp: LANGUAGE_WEIGHTS.mlp }), [embeddings]);
}
