import { toRows } from '../../../../engine/matrix';
import { sinusoidalTable } from '../../../../engine/positional';
import { behavesLike } from '../mistakes';
import type { Checker, Value } from '../types';

const cases: { label: string; positions: number; dims: number }[] = [
  { label: '4 positions, d = 4 (the lesson’s PE(1) is row 1)', positions: 4, dims: 4 },
  { label: 'a single position (position 0)', positions: 1, dims: 6 },
  { label: 'one pair (d = 2), 5 positions', positions: 5, dims: 2 },
  { label: '8 positions, d = 8', positions: 8, dims: 8 },
  { label: '40 positions, d = 16 (slow hands)', positions: 40, dims: 16 },
];

/** A table built like the sinusoidal one but with the angle and the sine/cosine choice given, for wrong variants. */
function table(positions: Value, dims: Value, angle: (pos: number, col: number, d: number) => number, cosOnEven = false): number[][] {
  const d = dims as number;
  return Array.from({ length: positions as number }, (_, pos) =>
    Array.from({ length: d }, (_, col) => ((col % 2 === 0) !== cosOnEven ? Math.sin : Math.cos)(angle(pos, col, d))),
  );
}

const pair = (col: number) => Math.floor(col / 2);

/** The sinusoidal position table, positions × dims, checked against engine/positional's sinusoidalTable. */
const checker: Checker = {
  functionName: 'positional_encoding',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    cases.map(({ label, positions, dims }) => ({ label, args: [positions, dims], expected: toRows(sinusoidalTable(positions, dims)) })),
  mistakes: [
    {
      id: 'sin-cos-swapped',
      hint: 'Your sines and cosines are swapped: position 0 should read (0, 1, 0, 1, …). Even columns 2i take the sine, odd columns 2i + 1 the cosine.',
      matches: behavesLike((p, d) => table(p, d, (pos, col, dims) => pos / 10000 ** ((2 * pair(col)) / dims), true)),
      example: `import math

def positional_encoding(positions, dims):
    table = []
    for pos in range(positions):
        row = []
        for col in range(dims):
            i = col // 2
            angle = pos / 10000 ** (2 * i / dims)
            row.append(math.cos(angle) if col % 2 == 0 else math.sin(angle))
        table.append(row)
    return table
`,
    },
    {
      id: 'exponent-i-not-2i',
      hint: 'Your exponent is i/d where it should be 2i/d, so your hands slow down only half as fast as they should. Pair i (columns 2i and 2i + 1) turns at speed 10000^(−2i/d).',
      matches: behavesLike((p, d) => table(p, d, (pos, col, dims) => pos / 10000 ** (pair(col) / dims))),
      example: `import math

def positional_encoding(positions, dims):
    table = []
    for pos in range(positions):
        row = []
        for col in range(dims):
            i = col // 2
            angle = pos / 10000 ** (i / dims)
            row.append(math.sin(angle) if col % 2 == 0 else math.cos(angle))
        table.append(row)
    return table
`,
    },
    {
      id: 'column-in-exponent',
      hint: 'Your odd columns turn at a different speed from the even column before them: you used the column number in the exponent. Both columns of a pair share one angle; use 2i with i = col // 2, which is col rounded down to even.',
      matches: behavesLike((p, d) => table(p, d, (pos, col, dims) => pos / 10000 ** (col / dims))),
      example: `import math

def positional_encoding(positions, dims):
    table = []
    for pos in range(positions):
        row = []
        for col in range(dims):
            angle = pos / 10000 ** (col / dims)
            row.append(math.sin(angle) if col % 2 == 0 else math.cos(angle))
        table.append(row)
    return table
`,
    },
    {
      id: 'wrong-base',
      hint: 'Your speeds use the wrong base: the slowest hands turn too fast. The formula divides pos by 10000^(2i/d), with 10000.',
      matches: behavesLike((p, d) => toRows(sinusoidalTable(p as number, d as number, 1000))),
      example: `import math

def positional_encoding(positions, dims):
    table = []
    for pos in range(positions):
        row = []
        for col in range(dims):
            i = col // 2
            angle = pos / 1000 ** (2 * i / dims)
            row.append(math.sin(angle) if col % 2 == 0 else math.cos(angle))
        table.append(row)
    return table
`,
    },
  ],
};

export default checker;
