/**
 * Gradient descent on the bowl f(x, y) = a·x² + b·y². Each step is p ← p − η∇f(p), and ∇f = (2ax, 2by), so the
 * x coordinate is multiplied by (1 − 2aη) every step and y by (1 − 2bη): a coordinate shrinks while that factor is
 * within (−1, 1), that is while η < 1/a (resp. 1/b). The run diverges once η > 1/max(a, b).
 */

/** A bowl's curvatures along x and y (both positive). */
export interface Bowl {
  a: number;
  b: number;
}

/** A point of the plane. */
export interface Point {
  x: number;
  y: number;
}

function checkBowl(bowl: Bowl): void {
  if (!(bowl.a > 0 && bowl.b > 0)) throw new RangeError('bowl: curvatures a and b must be positive');
}

/** The height of the bowl at p: a·x² + b·y². */
export function bowlValue(bowl: Bowl, p: Point): number {
  return bowl.a * p.x * p.x + bowl.b * p.y * p.y;
}

/** The gradient of the bowl at p: (2ax, 2by), the direction of steepest climb. */
export function bowlGradient(bowl: Bowl, p: Point): Point {
  return { x: 2 * bowl.a * p.x, y: 2 * bowl.b * p.y };
}

/** One step downhill: p − η∇f(p). */
export function descentStep(bowl: Bowl, p: Point, rate: number): Point {
  const g = bowlGradient(bowl, p);
  return { x: p.x - rate * g.x, y: p.y - rate * g.y };
}

/** The factors each coordinate is multiplied by on every step: (1 − 2aη, 1 − 2bη). */
export function stepFactors(bowl: Bowl, rate: number): Point {
  return { x: 1 - 2 * bowl.a * rate, y: 1 - 2 * bowl.b * rate };
}

/** The learning rate past which descent on this bowl diverges: 1/max(a, b), where |1 − 2·max(a, b)·η| reaches 1. */
export function divergenceThreshold(bowl: Bowl): number {
  checkBowl(bowl);
  return 1 / Math.max(bowl.a, bowl.b);
}

/** Where a run stands: still going, settled at the bottom, or thrown out of the bowl. */
export type RunStatus = 'running' | 'converged' | 'diverged';

/** Limits that decide when a run is over. */
export interface RunLimits {
  /** Settled once the height is below this. */
  tolerance: number;
  /** Diverged once |x| or |y| passes this (the rim of the drawn bowl), or a number stops being finite. */
  rim: number;
}

/** Classifies a point of a run against the limits. */
export function runStatus(bowl: Bowl, p: Point, limits: RunLimits): RunStatus {
  if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return 'diverged';
  if (Math.abs(p.x) > limits.rim || Math.abs(p.y) > limits.rim) return 'diverged';
  if (bowlValue(bowl, p) < limits.tolerance) return 'converged';
  return 'running';
}

/** A whole run from a start point: the path (start included) and how it ended, within maxSteps steps. */
export function runDescent(
  bowl: Bowl,
  start: Point,
  rate: number,
  limits: RunLimits,
  maxSteps: number,
): { path: Point[]; status: RunStatus } {
  checkBowl(bowl);
  const path = [start];
  let status = runStatus(bowl, start, limits);
  while (status === 'running' && path.length <= maxSteps) {
    const next = descentStep(bowl, path[path.length - 1], rate);
    status = runStatus(bowl, next, limits);
    // A thrown-out ball is not drawn beyond the rim; the last point kept is the last one inside.
    if (status === 'diverged') break;
    path.push(next);
  }
  return { path, status };
}
