/**
 * Rung 3 of the Ladder: two neurons, subtracted, ŷ = act(w₁x + b₁) − act(w₂x + b₂), which can make the bump the four
 * points describe. The activation is the sigmoid of rung 2 or ReLU; each has the learning rate the rung trains with.
 */
import { relu, reluDerivative, sigmoid, sigmoidDerivative } from '../activations';
import { createRng } from '../random';
import { allFinite, descend, type DescentRun } from './descent';
import { LADDER_POINTS, type Point } from './line';

/** Which bend each neuron uses. */
export type BumpActivation = 'sigmoid' | 'relu';

/** The four knobs: neuron 1 (rises) and neuron 2 (catches up). */
export interface BumpParams {
  w1: number;
  b1: number;
  w2: number;
  b2: number;
}

/** Learning rate per activation: ReLU's slope of 1 passes gradients 4 times larger than σ′ ≤ 0.25, so it needs less. */
export const BUMP_LEARNING_RATES: Readonly<Record<BumpActivation, number>> = { sigmoid: 2.5, relu: 0.15 };

/** Where rung 3's sliders start: a rise at x = 1.5 and a catch-up at x = 3.5. */
export const BUMP_START: BumpParams = { w1: 5, b1: -7.5, w2: 5, b2: -17.5 };

/** Below this slope at every data point a sigmoid neuron counts as dead: its updates are too small to move it. */
export const DEAD_SLOPE = 0.01;

const ACTIVATIONS: Record<BumpActivation, { f: (z: number) => number; df: (z: number) => number }> = {
  sigmoid: { f: sigmoid, df: sigmoidDerivative },
  relu: { f: relu, df: reluDerivative },
};

/** Both neurons at one input: pre-activations z, activations a, their slopes act′(z), and ŷ = a₁ − a₂. */
export interface BumpPoint {
  z1: number;
  z2: number;
  a1: number;
  a2: number;
  slope1: number;
  slope2: number;
  yHat: number;
}

/** Runs the two-neuron network on one x. */
export function predictBump(p: BumpParams, act: BumpActivation, x: number): BumpPoint {
  const { f, df } = ACTIVATIONS[act];
  const z1 = p.w1 * x + p.b1;
  const z2 = p.w2 * x + p.b2;
  const a1 = f(z1);
  const a2 = f(z2);
  return { z1, z2, a1, a2, slope1: df(z1), slope2: df(z2), yHat: a1 - a2 };
}

/** Mean squared error of the bump network on the data. */
export function bumpLoss(p: BumpParams, act: BumpActivation, data: readonly Point[] = LADDER_POINTS): number {
  if (data.length === 0) throw new RangeError('bumpLoss: there are no data points');
  let sum = 0;
  for (const { x, y } of data) sum += (predictBump(p, act, x).yHat - y) ** 2;
  return sum / data.length;
}

/** The four partial derivatives; neuron 2's carry a minus sign because its activation is subtracted. */
export function bumpGradient(p: BumpParams, act: BumpActivation, data: readonly Point[] = LADDER_POINTS): BumpParams {
  if (data.length === 0) throw new RangeError('bumpGradient: there are no data points');
  const g = { w1: 0, b1: 0, w2: 0, b2: 0 };
  for (const { x, y } of data) {
    const q = predictBump(p, act, x);
    const f = (2 / data.length) * (q.yHat - y);
    g.w1 += f * q.slope1 * x;
    g.b1 += f * q.slope1;
    g.w2 -= f * q.slope2 * x;
    g.b2 -= f * q.slope2;
  }
  return g;
}

/** One gradient-descent step, at the activation's own learning rate unless one is given. */
export function bumpStep(
  p: BumpParams,
  act: BumpActivation,
  lr = BUMP_LEARNING_RATES[act],
  data: readonly Point[] = LADDER_POINTS,
): BumpParams {
  const g = bumpGradient(p, act, data);
  return { w1: p.w1 - lr * g.w1, b1: p.b1 - lr * g.b1, w2: p.w2 - lr * g.w2, b2: p.b2 - lr * g.b2 };
}

/** `count` steps of gradient descent on the bump, stopping early if a step leaves the finite numbers. */
export function trainBump(
  p: BumpParams,
  act: BumpActivation,
  count: number,
  lr = BUMP_LEARNING_RATES[act],
  data: readonly Point[] = LADDER_POINTS,
): DescentRun<BumpParams> {
  const sound = (q: BumpParams) => allFinite(q.w1, q.b1, q.w2, q.b2, bumpLoss(q, act, data));
  return descend(p, (q) => bumpStep(q, act, lr, data), count, sound);
}

/**
 * Seeded random starting knobs. Each neuron gets a slope of size 1 to 3 with a random sign, and a bias that puts its
 * bend (where z = 0) somewhere between x = 0.5 and x = 4.5, among the data: a range tightened so that a neuron is
 * rarely born dead, though it can still die in training.
 */
export function randomBumpInit(seed: number): BumpParams {
  if (!Number.isInteger(seed)) throw new RangeError(`randomBumpInit: seed ${seed} is not a whole number`);
  const rng = createRng(seed);
  const neuron = (): [number, number] => {
    const size = rng.uniform(1, 3);
    const w = rng.next() < 0.5 ? -size : size;
    const bend = rng.uniform(0.5, 4.5);
    return [w, -w * bend];
  };
  const [w1, b1] = neuron();
  const [w2, b2] = neuron();
  return { w1, b1, w2, b2 };
}

/** How alive one neuron is on the data: its largest slope act′(z) over the points, and whether that is dead. */
export interface NeuronHealth {
  /** The largest act′(z) over the data points; every update to this neuron is scaled by its slopes. */
  largestSlope: number;
  /** ReLU: z ≤ 0 at every point, so its gradient is exactly 0. Sigmoid: every slope below DEAD_SLOPE. */
  dead: boolean;
}

/** The health of neuron 1 and neuron 2 on the data. */
export function bumpHealth(
  p: BumpParams,
  act: BumpActivation,
  data: readonly Point[] = LADDER_POINTS,
): [NeuronHealth, NeuronHealth] {
  let s1 = 0;
  let s2 = 0;
  for (const { x } of data) {
    const q = predictBump(p, act, x);
    s1 = Math.max(s1, q.slope1);
    s2 = Math.max(s2, q.slope2);
  }
  const dead = (s: number) => (act === 'relu' ? s === 0 : s < DEAD_SLOPE);
  return [
    { largestSlope: s1, dead: dead(s1) },
    { largestSlope: s2, dead: dead(s2) },
  ];
}
