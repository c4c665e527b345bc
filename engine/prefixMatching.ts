import type { Matrix } from './matrix';

/**
 * The positions an induction head at query position i should attend to: j + 1 for every earlier j whose token
 * equals the token at i (the token that followed the last time this token appeared). Only j + 1 ≤ i can be seen.
 */
export function prefixMatchTargets(tokens: readonly number[], i: number): number[] {
  const targets: number[] = [];
  for (let j = 0; j < i; j++) if (tokens[j] === tokens[i]) targets.push(j + 1);
  return targets;
}

/**
 * The prefix-matching score of one head (Olsson et al. 2022): over every query position whose token occurred
 * before, the attention weight it puts on the tokens right after those earlier occurrences, averaged. 1 is a
 * perfect induction head; a head that spreads its attention evenly scores about (number of targets) / (i + 1).
 * weights is the head's T × T attention (rows are queries); returns 0 when no token repeats.
 */
export function prefixMatchingScore(weights: Matrix, tokens: readonly number[]): number {
  const T = tokens.length;
  if (weights.rows !== T || weights.cols !== T) {
    throw new RangeError(`prefixMatchingScore: attention is ${weights.rows} × ${weights.cols} for ${T} tokens`);
  }
  let total = 0;
  let counted = 0;
  for (let i = 0; i < T; i++) {
    const targets = prefixMatchTargets(tokens, i);
    if (targets.length === 0) continue;
    total += targets.reduce((sum, j) => sum + weights.data[i * T + j], 0);
    counted += 1;
  }
  return counted === 0 ? 0 : total / counted;
}
