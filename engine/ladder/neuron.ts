/**
 * Rung 2 of the Ladder: the line piped through a sigmoid, ŷ = σ(w·x + b), trained by gradient descent on the same
 * four points; and the numbers behind σ's weakness, its derivative capped at 0.25 and that cap compounding with depth.
 */
import { sigmoid, sigmoidDerivative } from '../activations';
import { allFinite, descend, type DescentRun } from './descent';
import { LADDER_POINTS, type LineParams, type Point } from './line';

/** The learning rate rung 2 trains with. */
export const NEURON_LEARNING_RATE = 1.5;

/** Where rung 2's sliders start: z = 1.00·x − 2.50. */
export const NEURON_START: LineParams = { w: 1, b: -2.5 };

/** The z values of rung 2's table: 0, ±2, ±5, ±10. */
export const SIGMOID_TABLE_ZS: readonly number[] = [-10, -5, -2, 0, 2, 5, 10];

/** The neuron at one input: its pre-activation z, its output ŷ = σ(z), and σ′(z), the chain-rule factor. */
export interface NeuronPoint {
  z: number;
  yHat: number;
  slope: number;
}

/** Runs the neuron on one x. */
export function predictNeuron(p: LineParams, x: number): NeuronPoint {
  const z = p.w * x + p.b;
  return { z, yHat: sigmoid(z), slope: sigmoidDerivative(z) };
}

/** Mean squared error of σ(w·x + b) on the data. */
export function neuronLoss(p: LineParams, data: readonly Point[] = LADDER_POINTS): number {
  if (data.length === 0) throw new RangeError('neuronLoss: there are no data points');
  let sum = 0;
  for (const { x, y } of data) sum += (predictNeuron(p, x).yHat - y) ** 2;
  return sum / data.length;
}

/** ∂L/∂w = (2/N) Σ (ŷ − y)·σ′(z)·x and ∂L/∂b = (2/N) Σ (ŷ − y)·σ′(z): the line's gradient times σ′. */
export function neuronGradient(p: LineParams, data: readonly Point[] = LADDER_POINTS): { dw: number; db: number } {
  if (data.length === 0) throw new RangeError('neuronGradient: there are no data points');
  const n = data.length;
  let dw = 0;
  let db = 0;
  for (const { x, y } of data) {
    const { yHat, slope } = predictNeuron(p, x);
    const f = (2 / n) * (yHat - y) * slope;
    dw += f * x;
    db += f;
  }
  return { dw, db };
}

/** One gradient-descent step on the neuron. */
export function neuronStep(p: LineParams, lr = NEURON_LEARNING_RATE, data: readonly Point[] = LADDER_POINTS): LineParams {
  const { dw, db } = neuronGradient(p, data);
  return { w: p.w - lr * dw, b: p.b - lr * db };
}

/** `count` steps of gradient descent on the neuron, stopping early if a step leaves the finite numbers. */
export function trainNeuron(
  p: LineParams,
  count: number,
  lr = NEURON_LEARNING_RATE,
  data: readonly Point[] = LADDER_POINTS,
): DescentRun<LineParams> {
  return descend(p, (q) => neuronStep(q, lr, data), count, (q) => allFinite(q.w, q.b, neuronLoss(q, data)));
}

/** One row of the σ table. */
export interface SigmoidRow {
  z: number;
  sigma: number;
  slope: number;
}

/** σ(z) and σ′(z) = σ(z)(1 − σ(z)) for each z. */
export function sigmoidTable(zs: readonly number[] = SIGMOID_TABLE_ZS): SigmoidRow[] {
  return zs.map((z) => ({ z, sigma: sigmoid(z), slope: sigmoidDerivative(z) }));
}

/**
 * The largest factor a gradient can keep after passing back through `layers` sigmoids: σ′ is at most σ′(0) = 0.25,
 * and the chain rule multiplies one such factor per layer, so the best case is 0.25^layers.
 */
export function sigmoidDepthBound(layers: number): number {
  if (!Number.isInteger(layers) || layers < 0) throw new RangeError(`sigmoidDepthBound: ${layers} is not a layer count`);
  return sigmoidDerivative(0) ** layers;
}
