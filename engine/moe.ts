import { getRow, matmul, matrix, type Matrix } from './matrix';
import { softmax } from './softmax';
import type { Vector } from './vector';

/** Where a top-k router sends each token, and how evenly the experts share the work. */
export interface Routing {
  /** The router's scores (T × E). */
  logits: Matrix;
  /** softmax over all E experts for each token (T × E): the router's probabilities P. */
  probs: Matrix;
  /** chosen[t]: the k experts token t goes to, most probable first (ties go to the lower index). */
  chosen: number[][];
  /** gates[t][i]: the weight of expert chosen[t][i], renormalised over the chosen k so each row sums to 1. */
  gates: number[][];
  /** load[e]: how many tokens were sent to expert e (each token counts once per expert that receives it). */
  load: number[];
  /** f[e] = load[e] / (T·k): expert e's share of the routing slots; the shares sum to 1. */
  loadShare: number[];
  /** P[e]: the router's mean probability for expert e over the tokens; these sum to 1 too. */
  meanProbability: number[];
  /**
   * The Switch Transformer load-balancing loss E · Σₑ f[e]·P[e]. It is 1 when routing is perfectly even
   * (f = P = 1/E) and grows towards E as tokens crowd onto one expert that the router also favours; adding a small
   * multiple of it to the training loss nudges the router to spread the tokens out.
   */
  balanceLoss: number;
}

/** The indices of the k largest entries, largest first; equal entries keep their original order. */
function topK(values: Vector, k: number): number[] {
  return Array.from({ length: values.length }, (_, i) => i)
    .sort((a, b) => values[b] - values[a] || a - b)
    .slice(0, k);
}

/** Routes each token to its top-k experts from router logits (T × E), with gates renormalised over the chosen ones. */
export function routeTopK(logits: Matrix, k: number): Routing {
  const { rows: T, cols: E } = logits;
  if (!Number.isInteger(k) || k < 1 || k > E) {
    throw new RangeError(`routeTopK: k must be a whole number from 1 to ${E}, got ${k}`);
  }
  const probs = matrix(T, E);
  const chosen: number[][] = [];
  const gates: number[][] = [];
  const load = new Array<number>(E).fill(0);
  const meanProbability = new Array<number>(E).fill(0);
  for (let t = 0; t < T; t++) {
    const p = softmax(getRow(logits, t));
    probs.data.set(p, t * E);
    const picks = topK(p, k);
    // Renormalising the chosen probabilities equals a softmax over the chosen logits alone.
    const kept = picks.reduce((sum, e) => sum + p[e], 0);
    chosen.push(picks);
    gates.push(picks.map((e) => p[e] / kept));
    picks.forEach((e) => (load[e] += 1));
    for (let e = 0; e < E; e++) meanProbability[e] += p[e] / T;
  }
  const slots = T * k;
  const loadShare = load.map((count) => (slots > 0 ? count / slots : 0));
  const balanceLoss = E * loadShare.reduce((sum, f, e) => sum + f * meanProbability[e], 0);
  return { logits, probs, chosen, gates, load, loadShare, meanProbability, balanceLoss };
}

/** Routes tokens X (T × C) through a router matrix (C × E): logits = X·W_router, then routeTopK. */
export function routeTokens(x: Matrix, routerWeights: Matrix, k: number): Routing {
  if (x.cols !== routerWeights.rows) {
    throw new RangeError(`routeTokens: tokens have ${x.cols} channels, router expects ${routerWeights.rows}`);
  }
  return routeTopK(matmul(x, routerWeights), k); // (T × C)·(C × E) → T × E
}

/** An expert: any function from one token's vector to an output vector (usually a small MLP). */
export type Expert = (token: Float64Array) => Vector;

/**
 * y_t = Σᵢ gates[t][i] · Expert_{chosen[t][i]}(x_t) for every token of X (T × C). Only the chosen experts run,
 * which is the whole saving of a mixture of experts. Also returns how many expert calls were made.
 */
export function mixExperts(
  x: Matrix,
  routing: Pick<Routing, 'chosen' | 'gates'>,
  experts: readonly Expert[],
): { output: Matrix; calls: number } {
  if (routing.chosen.length !== x.rows) {
    throw new RangeError(`mixExperts: routing covers ${routing.chosen.length} tokens, X has ${x.rows}`);
  }
  let output: Matrix | null = null;
  let calls = 0;
  for (let t = 0; t < x.rows; t++) {
    const token = getRow(x, t);
    const picks = routing.chosen[t];
    for (let i = 0; i < picks.length; i++) {
      const expert = experts[picks[i]];
      if (!expert) throw new RangeError(`mixExperts: no expert ${picks[i]} among ${experts.length}`);
      const y = expert(token);
      calls += 1;
      output ??= matrix(x.rows, y.length); // T × (the experts' output size, known once one has run)
      if (y.length !== output.cols) {
        throw new RangeError(`mixExperts: expert ${picks[i]} returned ${y.length} numbers, expected ${output.cols}`);
      }
      for (let j = 0; j < y.length; j++) output.data[t * output.cols + j] += routing.gates[t][i] * y[j];
    }
  }
  return { output: output ?? matrix(x.rows, 0), calls };
}
