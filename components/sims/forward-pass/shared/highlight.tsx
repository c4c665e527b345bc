import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { sourcesOf, type SourceRef, type Stage } from '../../../../engine/forwardPass/provenance';
import { PROMPT, tokenId } from '../../../../engine/forwardPass/weights';

/** The value someone is pointing at: its stage, cell and the number as shown. */
export interface ActiveValue {
  stage: Stage;
  row: number;
  col: number;
  text: string;
}

interface HighlightState {
  active: ActiveValue | null;
  sources: SourceRef[];
  point: (value: ActiveValue | null) => void;
}

const PROMPT_IDS = PROMPT.map(tokenId);
const HighlightContext = createContext<HighlightState>({ active: null, sources: [], point: () => {} });

/** Holds which value is focused or hovered in one simulation, and the cells it was computed from. */
export function HighlightProvider({ children }: { children: ReactNode }) {
  const [active, point] = useState<ActiveValue | null>(null);
  const value = useMemo(
    () => ({ active, point, sources: active ? sourcesOf(active.stage, active.row, active.col, PROMPT_IDS) : [] }),
    [active],
  );
  return <HighlightContext.Provider value={value}>{children}</HighlightContext.Provider>;
}

/** The focused value, its sources, and the setter the cells call on focus and hover. */
export function useHighlight(): HighlightState {
  return useContext(HighlightContext);
}
