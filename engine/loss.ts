import { matrix, type Matrix } from './matrix';
import { logSoftmax } from './softmax';
import type { Vector } from './vector';

/** What cross-entropy returns: the loss, the distribution it scored, and the gradient a training step needs. */
export interface CrossEntropyResult {
  /** −log p(target): the model's surprise at the true answer, in nats. */
  loss: number;
  /** softmax(logits): the predicted distribution over the vocabulary (V). */
  probs: Float64Array;
  /** ∂loss/∂logits = probs − onehot(target): predicted minus true. */
  gradLogits: Float64Array;
}

function checkTarget(name: string, target: number, size: number): void {
  if (!Number.isInteger(target) || target < 0 || target >= size) {
    throw new RangeError(`${name}: target ${target} is not an index into ${size} logits`);
  }
}

/** −log p: the surprise of an outcome the model gave probability p (0 < p ≤ 1); p = 0 gives +∞. */
export function surprise(probability: number): number {
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`surprise: ${probability} is not a probability`);
  return 0 - Math.log(probability); // 0 − log 1 is +0, where −log 1 would be −0
}

/**
 * Cross-entropy of logits (V) against the index of the true class. The loss comes from log-softmax rather than
 * log(softmax), so a confidently wrong prediction gives a large finite number instead of −log(0) = ∞.
 */
export function crossEntropy(logits: Vector, target: number): CrossEntropyResult {
  checkTarget('crossEntropy', target, logits.length);
  const logProbs = logSoftmax(logits);
  const probs = new Float64Array(logits.length);
  for (let i = 0; i < logits.length; i++) probs[i] = Math.exp(logProbs[i]);
  // Softmax and the log's derivative cancel down to predicted minus true.
  const gradLogits = probs.slice();
  gradLogits[target] -= 1;
  return { loss: -logProbs[target], probs, gradLogits };
}

/** Cross-entropy averaged over a batch of rows; the result's shapes follow the logits (T × V). */
export interface CrossEntropyRowsResult {
  /** Mean of the per-row losses. */
  loss: number;
  /** Each row's own loss (T), for a per-position picture. */
  losses: Float64Array;
  /** softmax of each row (T × V). */
  probs: Matrix;
  /** ∂(mean loss)/∂logits (T × V): (probs − onehot) / T, because the mean divides every row by T. */
  gradLogits: Matrix;
}

/** Mean cross-entropy of every row of logits (T × V) against its own target (T indices). */
export function crossEntropyRows(logits: Matrix, targets: ArrayLike<number>): CrossEntropyRowsResult {
  if (targets.length !== logits.rows) {
    throw new RangeError(`crossEntropyRows: ${targets.length} targets for ${logits.rows} rows of logits`);
  }
  const { rows: T, cols: V } = logits;
  const losses = new Float64Array(T);
  const probs = matrix(T, V);
  const gradLogits = matrix(T, V);
  let total = 0;
  for (let t = 0; t < T; t++) {
    const row = crossEntropy(logits.data.subarray(t * V, (t + 1) * V), targets[t]);
    losses[t] = row.loss;
    total += row.loss;
    probs.data.set(row.probs, t * V);
    for (let j = 0; j < V; j++) gradLogits.data[t * V + j] = row.gradLogits[j] / T;
  }
  return { loss: T > 0 ? total / T : 0, losses, probs, gradLogits };
}
