import { toRows } from '../matrix';
import type { ForwardPassResult } from './pipeline';
import type { Stage } from './provenance';
import type { ForwardWeights, WeightName } from './weights';

const WEIGHT_STAGES: readonly Stage[] = ['tokEmb', 'posEmb', 'wQ', 'wK', 'wV', 'wO', 'w1', 'w2', 'wLm'];

/** Every stage as rows of plain numbers, read from a forward pass and the weights it ran with. */
export function stageRows(result: ForwardPassResult, weights: ForwardWeights, stage: Stage): number[][] {
  if (WEIGHT_STAGES.includes(stage)) return weights[stage as WeightName].map((row) => [...row]);
  const a = result.attention;
  switch (stage) {
    case 'x': return toRows(result.x);
    case 'ln1': return toRows(result.ln1);
    case 'q': return toRows(result.q);
    case 'k': return toRows(result.k);
    case 'v': return toRows(result.v);
    case 'scores': return toRows(a.rawScores);
    case 'scaled': return toRows(a.scaledScores);
    case 'masked': return toRows(a.maskedScores);
    case 'weights': return toRows(a.weights);
    case 'attn': return toRows(a.output);
    case 'attnOut': return toRows(result.attnOut);
    case 'h1': return toRows(result.h1);
    case 'ln2': return toRows(result.ln2);
    case 'hiddenPre': return toRows(result.hiddenPre);
    case 'hidden': return toRows(result.hidden);
    case 'mlpOut': return toRows(result.mlpOut);
    case 'h2': return toRows(result.h2);
    case 'logits': return [Array.from(result.logits)];
    default: return [Array.from(result.probs)];
  }
}

/** The factors of one cell of a matrix product: pairs (left, right) whose products add up to the cell. */
export interface ProductTerms {
  pairs: [number, number][];
  total: number;
}

const FACTORS: Partial<Record<Stage, [Stage, Stage, 'column' | 'row']>> = {
  q: ['ln1', 'wQ', 'column'],
  k: ['ln1', 'wK', 'column'],
  v: ['ln1', 'wV', 'column'],
  attn: ['weights', 'v', 'column'],
  attnOut: ['attn', 'wO', 'column'],
  hiddenPre: ['ln2', 'w1', 'column'],
  mlpOut: ['hidden', 'w2', 'column'],
  // A score is q_i · k_j: the right factor is a row of K, not a column.
  scores: ['q', 'k', 'row'],
  logits: ['h2', 'wLm', 'column'],
};

/**
 * The multiplications behind a cell of a product stage (Q, K, V, scores, weighted sum, W_O, the MLP's two products,
 * the logits), or null for a stage that is not a product. The logits use the last token's row of h₂.
 */
export function productTerms(result: ForwardPassResult, weights: ForwardWeights, stage: Stage, row: number, col: number): ProductTerms | null {
  const factors = FACTORS[stage];
  if (!factors) return null;
  const left = stageRows(result, weights, factors[0]);
  const right = stageRows(result, weights, factors[1]);
  const leftRow = stage === 'logits' ? left[left.length - 1] : left[row];
  const rightVector = factors[2] === 'row' ? right[col] : right.map((r) => r[col]);
  const pairs = leftRow.map((a, k): [number, number] => [a, rightVector[k]]);
  return { pairs, total: pairs.reduce((sum, [a, b]) => sum + a * b, 0) };
}
