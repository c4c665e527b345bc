import { fromRows, getRow } from '../../../engine/matrix';
import { applyRope } from '../../../engine/positional';
import { dot } from '../../../engine/vector';

/** The demo's query, before any rotation (chosen by hand). */
export const QUERY = [1, 0.5] as const;
/** The demo's key, before any rotation (chosen by hand). */
export const KEY = [0.5, 1] as const;

/** The query at position m and the key at position n after RoPE, and their score. */
export interface RotatedPair {
  q: Float64Array;
  k: Float64Array;
  score: number;
}

/** Rotates QUERY by its position and KEY by its own with the engine's RoPE (one pair: 1 radian per position). */
export function rotatedPair(m: number, n: number): RotatedPair {
  const q = getRow(applyRope(fromRows([QUERY]), [m]), 0);
  const k = getRow(applyRope(fromRows([KEY]), [n]), 0);
  return { q, k, score: dot(q, k) };
}
