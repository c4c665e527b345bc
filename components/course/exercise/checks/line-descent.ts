import { LADDER_POINTS, LINE_LEARNING_RATE, LINE_START, lineLoss, trainLine, type LineParams, type Point } from '../../../../engine/ladder/line';
import { behavesLike, onCases } from '../mistakes';
import type { Checker, Value } from '../types';

type Pairs = [number, number][];
type Args = [number, number, Pairs, number, number];

const pairs = (points: readonly Point[]): Pairs => points.map(({ x, y }) => [x, y]);
const points = (rows: Pairs): Point[] => rows.map(([x, y]) => ({ x, y }));

interface LineCase {
  label: string;
  start: LineParams;
  data: readonly Point[];
  lr: number;
  steps: number;
}

const rising = [
  { x: 0, y: 1 },
  { x: 1, y: 3 },
  { x: 2, y: 5 },
];

const lineCases: LineCase[] = [
  { label: 'no steps: the start and its loss', start: LINE_START, data: LADDER_POINTS, lr: LINE_LEARNING_RATE, steps: 0 },
  { label: 'one step from the simulation’s start', start: LINE_START, data: LADDER_POINTS, lr: LINE_LEARNING_RATE, steps: 1 },
  { label: 'one step on three rising points', start: { w: 0, b: 0 }, data: rising, lr: 0.1, steps: 1 },
  { label: '500 steps on the bump', start: LINE_START, data: LADDER_POINTS, lr: LINE_LEARNING_RATE, steps: 500 },
  { label: '300 steps on three rising points', start: { w: 0, b: 0 }, data: rising, lr: 0.1, steps: 300 },
  { label: '50 steps on a single point', start: { w: 1, b: 1 }, data: [{ x: 2, y: 3 }], lr: 0.05, steps: 50 },
];

/** A run of the line as the student's function returns it: [w, b, loss at the end]. */
const result = ({ w, b }: LineParams, data: readonly Point[]): number[] => [w, b, lineLoss({ w, b }, data)];

/** A wrong training loop in TypeScript: `update` turns (w, b, data, lr) into the next (w, b). */
function trainWith(update: (p: LineParams, data: readonly Point[], lr: number) => LineParams) {
  return (...args: Value[]): Value => {
    const [w, b, rows, lr, steps] = args as Args;
    const data = points(rows);
    let p = { w, b };
    for (let i = 0; i < steps; i++) p = update(p, data, lr);
    return result(p, data);
  };
}

/** The misses ŷ − y of a line on the data. */
const misses = (p: LineParams, data: readonly Point[]) => data.map(({ x, y }) => p.w * x + p.b - y);
const sum = (xs: number[]) => xs.reduce((a, c) => a + c, 0);

/** Gradient descent on the Ladder's line: many steps, checked against engine/ladder/line's trainLine and lineLoss. */
const checker: Checker = {
  functionName: 'train_line',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    lineCases.map(({ label, start, data, lr, steps }) => {
      const run = trainLine(start, steps, lr, data);
      return { label, args: [start.w, start.b, pairs(data), lr, steps], expected: result(run.params, data) };
    }),
  mistakes: [
    {
      id: 'uphill',
      hint: 'Your step went uphill: after one step the loss is higher than at the start. The gradient points to where the loss grows, so subtract it: w − lr·∂L/∂w, and the same for b.',
      matches: onCases(
        'one step',
        behavesLike(
          trainWith((p, data, lr) => {
            const err = misses(p, data);
            const n = data.length;
            return { w: p.w + (lr * 2 * sum(err.map((e, i) => e * data[i].x))) / n, b: p.b + (lr * 2 * sum(err)) / n };
          }),
        ),
      ),
      example: `def train_line(w, b, points, lr, steps):
    n = len(points)
    for _ in range(steps):
        dw = sum(2 / n * (w * x + b - y) * x for x, y in points)
        db = sum(2 / n * (w * x + b - y) for x, y in points)
        w, b = w + lr * dw, b + lr * db
    loss = sum((w * x + b - y) ** 2 for x, y in points) / n
    return [w, b, loss]
`,
    },
    {
      id: 'sum-not-mean',
      hint: 'Your step is N times too big: you summed the misses without dividing by N, the number of points. The loss is a mean, so its gradient is (2/N)·Σ(ŷ − y)·x; with the sum alone, 500 steps on the bump blow up.',
      matches: onCases(
        'one step',
        behavesLike(
          trainWith((p, data, lr) => {
            const err = misses(p, data);
            return { w: p.w - lr * 2 * sum(err.map((e, i) => e * data[i].x)), b: p.b - lr * 2 * sum(err) };
          }),
        ),
      ),
      example: `def train_line(w, b, points, lr, steps):
    for _ in range(steps):
        dw = sum(2 * (w * x + b - y) * x for x, y in points)
        db = sum(2 * (w * x + b - y) for x, y in points)
        w, b = w - lr * dw, b - lr * db
    loss = sum((w * x + b - y) ** 2 for x, y in points) / len(points)
    return [w, b, loss]
`,
    },
    {
      id: 'missing-two',
      hint: 'Your steps are half as long as they should be: the derivative of (ŷ − y)² is 2(ŷ − y), so the gradient carries a factor 2, ∂L/∂w = (2/N)·Σ(ŷ − y)·x.',
      matches: behavesLike(
        trainWith((p, data, lr) => {
          const err = misses(p, data);
          const n = data.length;
          return { w: p.w - (lr * sum(err.map((e, i) => e * data[i].x))) / n, b: p.b - (lr * sum(err)) / n };
        }),
      ),
      example: `def train_line(w, b, points, lr, steps):
    n = len(points)
    for _ in range(steps):
        dw = sum((w * x + b - y) * x for x, y in points) / n
        db = sum((w * x + b - y) for x, y in points) / n
        w, b = w - lr * dw, b - lr * db
    loss = sum((w * x + b - y) ** 2 for x, y in points) / n
    return [w, b, loss]
`,
    },
    {
      id: 'updated-w-first',
      hint: 'You moved w and then worked out b’s gradient with the new w. Both gradients belong to the same point: compute ∂L/∂w and ∂L/∂b from the old w and b first, then update both (w, b = w − lr·dw, b − lr·db).',
      matches: behavesLike(
        trainWith((p, data, lr) => {
          const n = data.length;
          const w = p.w - (lr * 2 * sum(misses(p, data).map((e, i) => e * data[i].x))) / n;
          return { w, b: p.b - (lr * 2 * sum(misses({ w, b: p.b }, data))) / n };
        }),
      ),
      example: `def train_line(w, b, points, lr, steps):
    n = len(points)
    for _ in range(steps):
        w = w - lr * sum(2 / n * (w * x + b - y) * x for x, y in points)
        b = b - lr * sum(2 / n * (w * x + b - y) for x, y in points)
    loss = sum((w * x + b - y) ** 2 for x, y in points) / n
    return [w, b, loss]
`,
    },
    {
      id: 'stale-loss',
      hint: 'Your w and b are right, but your loss is one step behind: it was measured before the last update. Compute the loss from the w and b you return.',
      matches: onCases(
        'one step',
        behavesLike((...args) => {
          const [w, b, rows, lr, steps] = args as Args;
          const data = points(rows);
          const before = trainLine({ w, b }, steps - 1, lr, data).params;
          const after = trainLine({ w, b }, steps, lr, data).params;
          return [after.w, after.b, lineLoss(before, data)];
        }),
      ),
      example: `def train_line(w, b, points, lr, steps):
    n = len(points)
    loss = sum((w * x + b - y) ** 2 for x, y in points) / n
    for _ in range(steps):
        errs = [w * x + b - y for x, y in points]
        loss = sum(e * e for e in errs) / n
        dw = sum(2 / n * e * x for e, (x, y) in zip(errs, points))
        db = sum(2 / n * e for e in errs)
        w, b = w - lr * dw, b - lr * db
    return [w, b, loss]
`,
    },
  ],
};

export default checker;
