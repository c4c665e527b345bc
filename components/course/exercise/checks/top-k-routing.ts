import { fromRows } from '../../../../engine/matrix';
import { routeTopK } from '../../../../engine/moe';
import { createRng } from '../../../../engine/random';
import { softmax } from '../../../../engine/softmax';
import { behavesLike, either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

/** Seeded router scores rounded to two decimals, so a failing case prints readably. */
function scores(seed: number, experts: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: experts }, () => Math.round(rng.gaussian(0, 1.5) * 100) / 100);
}

const routingCases: { label: string; logits: number[]; k: number }[] = [
  { label: 'four experts, k = 2', logits: [1, 3, 0.5, 2], k: 2 },
  { label: 'eight experts, k = 2 (as in Mixtral)', logits: scores(91, 8), k: 2 },
  { label: 'eight experts, k = 3', logits: scores(92, 8), k: 3 },
  { label: 'k = 1: one expert takes the whole token', logits: [0.2, -1, 1.7, 0.4], k: 1 },
  { label: 'k = E: every expert runs', logits: [0.3, -0.6, 1.2], k: 3 },
  { label: 'ties (equal scores go to the lower-numbered expert)', logits: [2, 1, 2, 2], k: 2 },
  { label: 'large scores (in the thousands)', logits: [1000, 1003, 998, 1001], k: 2 },
];

/** One gate per expert: the renormalised gate for the chosen ones, 0 for the rest. */
function gatesFor(logits: number[], k: number): number[] {
  const routing = routeTopK(fromRows([logits]), k);
  const gates = new Array<number>(logits.length).fill(0);
  routing.chosen[0].forEach((e, i) => (gates[e] = routing.gates[0][i]));
  return gates;
}

/** The experts a wrong ordering keeps, with the probabilities p they get before any renormalising. */
function keep(logits: number[], k: number, order: (p: number[]) => number[], renormalise: boolean): number[] {
  const p = Array.from(softmax(logits));
  const kept = order(p).slice(0, k);
  const total = renormalise ? kept.reduce((s, e) => s + p[e], 0) : 1;
  return p.map((pe, e) => (kept.includes(e) ? pe / total : 0));
}

const indices = (p: number[]) => p.map((_, e) => e);
const largestFirst = (p: number[]) => indices(p).sort((a, b) => p[b] - p[a] || a - b);

/** Top-k routing of one token with renormalised gates, checked against engine/moe's routeTopK. */
const checker: Checker = {
  functionName: 'top_k_gates',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () => routingCases.map(({ label, logits, k }) => ({ label, args: [logits, k], expected: gatesFor(logits, k) })),
  mistakes: [
    {
      id: 'not-renormalised',
      hint: 'Your gates are the router’s probabilities of the chosen experts as they were, so they add up to less than 1. Divide each kept probability by the sum of the kept ones: the output should be a weighted average of the experts that ran.',
      matches: behavesLike((logits, k) => keep(logits as number[], k as number, largestFirst, false)),
      example: `import math

def top_k_gates(logits, k):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    p = [e / total for e in exps]
    chosen = sorted(range(len(p)), key=lambda e: -p[e])[:k]
    return [p[e] if e in chosen else 0.0 for e in range(len(p))]
`,
    },
    {
      id: 'no-top-k',
      hint: 'Every expert got a gate: you returned the softmax of all the scores. Keep only the k largest (the rest get 0), then rescale those k to sum to 1. The cut is the whole saving: the experts with gate 0 never run.',
      matches: behavesLike((logits) => Array.from(softmax(logits as number[])) as Value),
      example: `import math

def top_k_gates(logits, k):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
`,
    },
    {
      id: 'smallest-k',
      hint: 'You kept the k lowest-scoring experts: sorting puts the smallest first. Sort from the largest score down (reverse=True, or key=lambda e: -p[e]) and keep the first k.',
      matches: behavesLike((logits, k) =>
        keep(logits as number[], k as number, (p) => indices(p).sort((a, b) => p[a] - p[b] || a - b), true),
      ),
      example: `import math

def top_k_gates(logits, k):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    chosen = sorted(range(len(logits)), key=lambda e: exps[e])[:k]
    kept = sum(exps[e] for e in chosen)
    return [exps[e] / kept if e in chosen else 0.0 for e in range(len(logits))]
`,
    },
    {
      id: 'ties-to-higher',
      hint: 'On equal scores you chose the higher-numbered expert. The rule here (and the course’s router) breaks ties towards the lower number: Python’s sorted keeps equal items in their original order, so sorting by -score does it for you.',
      matches: behavesLike((logits, k) =>
        keep(logits as number[], k as number, (p) => indices(p).sort((a, b) => p[b] - p[a] || b - a), true),
      ),
      example: `import math

def top_k_gates(logits, k):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    chosen = sorted(range(len(logits)), key=lambda e: (exps[e], e), reverse=True)[:k]
    kept = sum(exps[e] for e in chosen)
    return [exps[e] / kept if e in chosen else 0.0 for e in range(len(logits))]
`,
    },
    {
      id: 'softmax-overflow',
      hint: 'Scores in the thousands overflow math.exp. Subtract the largest score from every score before taking exp, as in chapter 1’s softmax; the shift cancels when you divide.',
      matches: either(raisesOn('large', 'OverflowError', 'ZeroDivisionError'), nonFiniteOn('large')),
      example: `import math

def top_k_gates(logits, k):
    exps = [math.exp(z) for z in logits]
    chosen = sorted(range(len(logits)), key=lambda e: -exps[e])[:k]
    kept = sum(exps[e] for e in chosen)
    return [exps[e] / kept if e in chosen else 0.0 for e in range(len(logits))]
`,
    },
  ],
};

export default checker;
