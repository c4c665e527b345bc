import { causalAverageWeights, causalMask } from '../../../../engine/attention';
import { fromRows, toRows } from '../../../../engine/matrix';
import { prefixMatchTargets, prefixMatchingScore } from '../../../../engine/prefixMatching';
import { createRng } from '../../../../engine/random';
import { softmaxRows } from '../../../../engine/softmax';
import { behavesLike, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

// The start token, three tokens, and the same three again: the setup of chapter 10's figure, small enough to read.
const repeat = [0, 3, 1, 4, 3, 1, 4];

/** A head that puts all of row i's weight on pick(i), a position at or before i. */
function pointing(tokens: number, pick: (i: number) => number): number[][] {
  return Array.from({ length: tokens }, (_, i) => Array.from({ length: tokens }, (_, j) => (j === pick(i) ? 1 : 0)));
}

/** The rows of a head that has learned induction: the token after the earlier copy, else the token itself. */
const inductionRows = pointing(repeat.length, (i) => prefixMatchTargets(repeat, i)[0] ?? i);

/** A trained-looking head: seeded scores through a causal softmax, rounded to three decimals. */
function seededHead(seed: number, tokens: number): number[][] {
  const rng = createRng(seed);
  const scores = fromRows(Array.from({ length: tokens }, () => Array.from({ length: tokens }, () => rng.gaussian(0, 1.5))));
  return toRows(softmaxRows(scores, { mask: causalMask(tokens) })).map((row) => row.map((w) => Math.round(w * 1000) / 1000));
}

const scoreCases: { label: string; weights: number[][]; tokens: number[] }[] = [
  { label: 'a perfect induction head on a repeat', weights: inductionRows, tokens: repeat },
  { label: 'a previous-token head on the same repeat', weights: pointing(repeat.length, (i) => Math.max(0, i - 1)), tokens: repeat },
  { label: 'even attention over the past', weights: toRows(causalAverageWeights(repeat.length)), tokens: repeat },
  { label: 'a token seen twice before (two targets)', weights: toRows(causalAverageWeights(5)), tokens: [5, 3, 5, 3, 5] },
  { label: 'a seeded head on tokens that repeat often', weights: seededHead(101, 8), tokens: [2, 1, 2, 2, 1, 2, 1, 1] },
  { label: 'no token repeats (the score is 0)', weights: toRows(causalAverageWeights(3)), tokens: [1, 2, 3] },
  { label: 'a single token', weights: [[1]], tokens: [4] },
];

type Args = [number[][], number[]];

/** A wrong score: for each row with targets, combine its weights on them; average over those rows, or over all. */
function variant(targetsOf: (tokens: number[], i: number) => number[], combine: (ws: number[]) => number, divideByAll = false) {
  return (...args: Value[]): Value => {
    const [weights, tokens] = args as Args;
    let total = 0;
    let counted = 0;
    tokens.forEach((_, i) => {
      const targets = targetsOf(tokens, i);
      if (targets.length === 0) return;
      total += combine(targets.map((j) => weights[i][j]));
      counted += 1;
    });
    const rows = divideByAll ? tokens.length : counted;
    if (rows === 0) throw new RangeError('no rows'); // the Python raises here too
    return total / rows;
  };
}

const sum = (ws: number[]) => ws.reduce((a, w) => a + w, 0);
const earlierCopies = (tokens: number[], i: number) => prefixMatchTargets(tokens, i).map((j) => j - 1);

/** An induction head's prefix-matching score from its attention, checked against engine/prefixMatching. */
const checker: Checker = {
  functionName: 'prefix_matching_score',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    scoreCases.map(({ label, weights, tokens }) => ({
      label,
      args: [weights, tokens],
      expected: prefixMatchingScore(fromRows(weights), tokens),
    })),
  mistakes: [
    {
      id: 'duplicate-token',
      hint: 'You scored the weight on the earlier copy of the token itself: that measures a duplicate-token head. An induction head looks one further, at the token that came right after the earlier copy: position j + 1.',
      matches: behavesLike(variant(earlierCopies, sum)),
      example: `def prefix_matching_score(weights, tokens):
    total, counted = 0.0, 0
    for i in range(len(tokens)):
        copies = [j for j in range(i) if tokens[j] == tokens[i]]
        if copies:
            total += sum(weights[i][j] for j in copies)
            counted += 1
    return total / counted if counted else 0.0
`,
    },
    {
      id: 'averaged-over-every-row',
      hint: 'You divided by the number of tokens. Rows whose token never appeared before have nothing to match, so they say nothing about induction: average only over the rows whose token did appear earlier.',
      matches: behavesLike(variant(prefixMatchTargets, sum, true)),
      example: `def prefix_matching_score(weights, tokens):
    total = 0.0
    for i in range(len(tokens)):
        total += sum(weights[i][j + 1] for j in range(i) if tokens[j] == tokens[i])
    return total / len(tokens)
`,
    },
    {
      id: 'averaged-the-targets',
      hint: 'When a token appeared twice before, you averaged the weight on its two targets; add them instead. A perfect induction head splits its weight between them, and that should still score 1.',
      matches: behavesLike(variant(prefixMatchTargets, (ws) => sum(ws) / ws.length)),
      example: `def prefix_matching_score(weights, tokens):
    scores = []
    for i in range(len(tokens)):
        targets = [j + 1 for j in range(i) if tokens[j] == tokens[i]]
        if targets:
            scores.append(sum(weights[i][t] for t in targets) / len(targets))
    return sum(scores) / len(scores) if scores else 0.0
`,
    },
    {
      id: 'divided-by-zero',
      hint: 'When no token repeats there is no row to average, and you divided by zero. Return 0 in that case: there is no evidence of induction.',
      matches: raisesOn('', 'ZeroDivisionError'),
      example: `def prefix_matching_score(weights, tokens):
    total, counted = 0.0, 0
    for i in range(len(tokens)):
        targets = [j + 1 for j in range(i) if tokens[j] == tokens[i]]
        if targets:
            total += sum(weights[i][t] for t in targets)
            counted += 1
    return total / counted
`,
    },
    {
      id: 'looked-past-the-end',
      hint: 'An IndexError: you counted position i itself among the earlier occurrences, so you looked at i + 1, past the end on the last row. The earlier occurrences are j < i, and the token after each, j + 1, is at most i.',
      matches: raisesOn('', 'IndexError'),
      example: `def prefix_matching_score(weights, tokens):
    total, counted = 0.0, 0
    for i in range(len(tokens)):
        targets = [j + 1 for j in range(i + 1) if tokens[j] == tokens[i]]
        if targets:
            total += sum(weights[i][t] for t in targets)
            counted += 1
    return total / counted if counted else 0.0
`,
    },
  ],
};

export default checker;
