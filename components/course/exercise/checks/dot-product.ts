import { dot } from '../../../../engine/vector';
import { behavesLike, either } from '../mistakes';
import type { Checker } from '../types';

const cases: { label: string; a: number[]; b: number[] }[] = [
  { label: 'the lesson’s (3, 4) and (4, 3)', a: [3, 4], b: [4, 3] },
  { label: 'perpendicular arrows', a: [1, 2], b: [-2, 1] },
  { label: 'opposite arrows', a: [1, -2, 3], b: [-1, 2, -3] },
  { label: 'fractions and negatives, four entries', a: [0.5, -1.5, 2, 4], b: [2, 0.25, -1, 0.5] },
  { label: 'a single entry', a: [7], b: [-3] },
  { label: 'five entries', a: [1, 2, 3, 4, 5], b: [5, 4, 3, 2, 1] },
];

const pairs = (a: number[], b: number[]): [number, number][] => a.map((x, i) => [x, b[i]]);
const total = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** The dot product of two lists of the same length, checked against engine/vector's dot. */
const checker: Checker = {
  functionName: 'dot',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () => cases.map(({ label, a, b }) => ({ label, args: [a, b], expected: dot(a, b) })),
  mistakes: [
    {
      id: 'products-not-summed',
      hint: 'You returned a list of the products aᵢ·bᵢ. The dot product is one number: add those products up (`sum(...)`) and return the total.',
      matches: behavesLike((a, b) => pairs(a as number[], b as number[]).map(([x, y]) => x * y)),
      example: `def dot(a, b):
    return [x * y for x, y in zip(a, b)]
`,
    },
    {
      id: 'added-not-multiplied',
      hint: 'You added matching entries (aᵢ + bᵢ) where the dot product multiplies them. Multiply each pair first, then add the products.',
      matches: either(
        behavesLike((a, b) => total(pairs(a as number[], b as number[]).map(([x, y]) => x + y))),
        behavesLike((a, b) => pairs(a as number[], b as number[]).map(([x, y]) => x + y)),
      ),
      example: `def dot(a, b):
    return sum(x + y for x, y in zip(a, b))
`,
    },
    {
      id: 'multiplied-totals',
      hint: 'You multiplied the total of a by the total of b, which also multiplies every aᵢ with every bⱼ. The dot product only pairs matching positions: a₀ with b₀, a₁ with b₁, and so on.',
      matches: behavesLike((a, b) => total(a as number[]) * total(b as number[])),
      example: `def dot(a, b):
    return sum(a) * sum(b)
`,
    },
  ],
};

export default checker;
