/**
 * Plain gradient descent, shared by the Ladder's first three rungs: repeat one update a fixed number of times, and
 * stop early, keeping the last good parameters, if an update produces a number that is not finite.
 */

/** What a run of gradient descent returns. */
export interface DescentRun<P> {
  /** The parameters after the last good step. */
  params: P;
  /** How many steps were taken (fewer than asked when the run diverged). */
  steps: number;
  /** True when a step produced a non-finite parameter or loss; the run stopped before it. */
  diverged: boolean;
}

/**
 * Applies `step` up to `count` times. `isSound` says whether a new point is usable (finite parameters and loss); the
 * first unsound point ends the run, so a diverging learning rate never hands Infinity or NaN to the page.
 */
export function descend<P>(start: P, step: (p: P) => P, count: number, isSound: (p: P) => boolean): DescentRun<P> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`descend: ${count} is not a whole number of steps`);
  let params = start;
  for (let i = 0; i < count; i++) {
    const next = step(params);
    if (!isSound(next)) return { params, steps: i, diverged: true };
    params = next;
  }
  return { params, steps: count, diverged: false };
}

/** True when every number given is finite. */
export function allFinite(...values: number[]): boolean {
  return values.every(Number.isFinite);
}
