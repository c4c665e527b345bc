/**
 * Rung 1 of the Ladder: a line ŷ = w·x + b fit to four points by mean squared error, by gradient descent and by the
 * closed form (XᵀX)⁻¹Xᵀy. The same four points are the data of rungs 2 and 3.
 */
import { allFinite, descend, type DescentRun } from './descent';

/** One (x, y) data point. */
export interface Point {
  x: number;
  y: number;
}

/** The Ladder's four points: a bump that rises from 0 to 1 and falls back. */
export const LADDER_POINTS: readonly Point[] = [
  { x: 1, y: 0 },
  { x: 2, y: 1 },
  { x: 3, y: 1 },
  { x: 4, y: 0 },
];

/** The line's two knobs: slope w and intercept b. */
export interface LineParams {
  w: number;
  b: number;
}

/** The learning rate rung 1 trains with. */
export const LINE_LEARNING_RATE = 0.05;

/** Where rung 1's sliders start: ŷ = 0.30·x − 0.10. */
export const LINE_START: LineParams = { w: 0.3, b: -0.1 };

function checkData(name: string, data: readonly Point[]): void {
  if (data.length === 0) throw new RangeError(`${name}: there are no data points`);
}

/** ŷ = w·x + b. */
export function predictLine(p: LineParams, x: number): number {
  return p.w * x + p.b;
}

/** Mean squared error L = (1/N) Σ (ŷ − y)². */
export function lineLoss(p: LineParams, data: readonly Point[] = LADDER_POINTS): number {
  checkData('lineLoss', data);
  let sum = 0;
  for (const { x, y } of data) sum += (predictLine(p, x) - y) ** 2;
  return sum / data.length;
}

/** ∂L/∂w = (2/N) Σ (ŷ − y)·x and ∂L/∂b = (2/N) Σ (ŷ − y). */
export function lineGradient(p: LineParams, data: readonly Point[] = LADDER_POINTS): { dw: number; db: number } {
  checkData('lineGradient', data);
  const n = data.length;
  let dw = 0;
  let db = 0;
  for (const { x, y } of data) {
    const err = predictLine(p, x) - y;
    dw += (2 / n) * err * x;
    db += (2 / n) * err;
  }
  return { dw, db };
}

/** One gradient-descent step: w ← w − lr·∂L/∂w, b ← b − lr·∂L/∂b. */
export function lineStep(p: LineParams, lr = LINE_LEARNING_RATE, data: readonly Point[] = LADDER_POINTS): LineParams {
  const { dw, db } = lineGradient(p, data);
  return { w: p.w - lr * dw, b: p.b - lr * db };
}

/** `count` steps of gradient descent on the line, stopping early if a step leaves the finite numbers. */
export function trainLine(
  p: LineParams,
  count: number,
  lr = LINE_LEARNING_RATE,
  data: readonly Point[] = LADDER_POINTS,
): DescentRun<LineParams> {
  return descend(p, (q) => lineStep(q, lr, data), count, (q) => allFinite(q.w, q.b, lineLoss(q, data)));
}

/** The closed-form fit with its pieces: X has rows (x, 1), so XᵀX is 2 × 2 and Xᵀy has two entries. */
export interface ClosedFormLine {
  /** XᵀX = [[Σx², Σx], [Σx, N]]. */
  xtx: [[number, number], [number, number]];
  /** (XᵀX)⁻¹. */
  xtxInverse: [[number, number], [number, number]];
  /** Xᵀy = [Σxy, Σy]. */
  xty: [number, number];
  /** The best line, (w, b) = (XᵀX)⁻¹Xᵀy. */
  params: LineParams;
  /** Its mean squared error, the lowest any line can reach. */
  loss: number;
}

/** Least squares in one shot, (XᵀX)⁻¹Xᵀy, with the 2 × 2 inverse written out; fails clearly when all x are equal. */
export function closedFormLine(data: readonly Point[] = LADDER_POINTS): ClosedFormLine {
  checkData('closedFormLine', data);
  let sxx = 0;
  let sx = 0;
  let sxy = 0;
  let sy = 0;
  for (const { x, y } of data) {
    sxx += x * x;
    sx += x;
    sxy += x * y;
    sy += y;
  }
  const n = data.length;
  const det = sxx * n - sx * sx;
  if (!(Math.abs(det) > 1e-12 * Math.max(1, sxx * n))) {
    throw new RangeError('closedFormLine: XᵀX cannot be inverted, because every point has the same x');
  }
  const inv: [[number, number], [number, number]] = [
    [n / det, -sx / det],
    [-sx / det, sxx / det],
  ];
  const params = { w: inv[0][0] * sxy + inv[0][1] * sy, b: inv[1][0] * sxy + inv[1][1] * sy };
  return {
    xtx: [
      [sxx, sx],
      [sx, n],
    ],
    xtxInverse: inv,
    xty: [sxy, sy],
    params,
    loss: lineLoss(params, data),
  };
}
