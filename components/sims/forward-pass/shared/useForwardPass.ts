import { useMemo } from 'react';
import { toRows } from '../../../../engine/matrix';
import { forwardPass, type ForwardPassResult } from '../../../../engine/forwardPass/pipeline';
import { useForwardWeights } from './weightsStore';

/** The forward pass of the current shared weights, recomputed only when a weight changes. */
export function useForwardPass(): ForwardPassResult {
  const weights = useForwardWeights((s) => s.weights);
  return useMemo(() => forwardPass(weights), [weights]);
}

/** A matrix as rows, for the tables. */
export const rowsOf = toRows;
