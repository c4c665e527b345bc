import type { Vector } from './vector';

/** A function of one number. */
export type ScalarFunction = (x: number) => number;

/** Slope of f at x measured from two nearby points: (f(x + h) − f(x − h)) / 2h, error of order h². */
export function centralDifference(f: ScalarFunction, x: number, h = 1e-5): number {
  if (!(h > 0)) throw new RangeError('centralDifference: h must be positive');
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** Slope of f at x from one push forward: (f(x + h) − f(x)) / h, the "nudge x by ε" picture (error of order h). */
export function forwardDifference(f: ScalarFunction, x: number, h: number): number {
  if (!(h > 0)) throw new RangeError('forwardDifference: h must be positive');
  return (f(x + h) - f(x)) / h;
}

/** Every partial derivative of f at x by central differences, one coordinate at a time. */
export function numericGradient(f: (x: Float64Array) => number, x: Vector, h = 1e-5): Float64Array {
  const point = Float64Array.from(x);
  const gradient = new Float64Array(point.length);
  for (let i = 0; i < point.length; i++) {
    const saved = point[i];
    point[i] = saved + h;
    const up = f(point);
    point[i] = saved - h;
    const down = f(point);
    point[i] = saved;
    gradient[i] = (up - down) / (2 * h);
  }
  return gradient;
}

/** The tangent line of a curve at x₀: y = slope · (x − x₀) + y₀. */
export interface Tangent {
  x0: number;
  y0: number;
  slope: number;
}

/** The tangent to f at x₀, given the derivative f′ (worked out on paper). */
export function tangentAt(f: ScalarFunction, derivative: ScalarFunction, x0: number): Tangent {
  return { x0, y0: f(x0), slope: derivative(x0) };
}

/** The height of a tangent line at x. */
export function tangentValue(t: Tangent, x: number): number {
  return t.y0 + t.slope * (x - t.x0);
}

/** One function in a chain, with its derivative. */
export interface ChainLink {
  /** How the page names it, e.g. "u = 2x − 1". */
  label: string;
  apply: ScalarFunction;
  derivative: ScalarFunction;
}

/** What flows along a chain: each stage's input, output and local slope, their product and a measured slope. */
export interface ChainResult {
  /** inputs[k] is what link k receives; inputs[0] = x. */
  inputs: number[];
  /** outputs[k] = link k applied to inputs[k]; the last one is the chain's output. */
  outputs: number[];
  /** localSlopes[k] = link k's derivative at its own input. */
  localSlopes: number[];
  /** The chain rule: the product of the local slopes. */
  chainSlope: number;
  /** The slope of the whole composition measured by central differences, to check the product against. */
  measuredSlope: number;
}

/** Runs x through the links, multiplies the local slopes (chain rule) and measures the overall slope numerically. */
export function chainRule(links: readonly ChainLink[], x: number, h = 1e-5): ChainResult {
  const inputs: number[] = [];
  const outputs: number[] = [];
  const localSlopes: number[] = [];
  let value = x;
  let chainSlope = 1;
  for (const link of links) {
    inputs.push(value);
    localSlopes.push(link.derivative(value));
    chainSlope *= link.derivative(value);
    value = link.apply(value);
    outputs.push(value);
  }
  const composed = (t: number) => links.reduce((v, link) => link.apply(v), t);
  return { inputs, outputs, localSlopes, chainSlope, measuredSlope: centralDifference(composed, x, h) };
}
