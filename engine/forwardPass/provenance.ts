/**
 * Where each number of the forward pass comes from, so the page can highlight a value's inputs. A value is named by
 * its stage and cell; a source is a stage and a row, a column, or both (a whole row, a whole column, or one cell).
 */

/** Every matrix or vector the forward-pass pages show, weights and intermediates alike. */
export type Stage =
  | 'tokEmb' | 'posEmb' | 'x' | 'ln1' | 'wQ' | 'wK' | 'wV' | 'q' | 'k' | 'v'
  | 'scores' | 'scaled' | 'masked' | 'weights' | 'attn' | 'wO' | 'attnOut' | 'h1'
  | 'ln2' | 'w1' | 'hiddenPre' | 'hidden' | 'w2' | 'mlpOut' | 'h2' | 'wLm' | 'logits' | 'probs';

/** A part of a stage: one cell when both row and col are given, a whole row or column when only one is. */
export interface SourceRef {
  stage: Stage;
  row?: number;
  col?: number;
}

const PRODUCTS: Partial<Record<Stage, [Stage, Stage]>> = {
  q: ['ln1', 'wQ'],
  k: ['ln1', 'wK'],
  v: ['ln1', 'wV'],
  attn: ['weights', 'v'],
  attnOut: ['attn', 'wO'],
  hiddenPre: ['ln2', 'w1'],
  mlpOut: ['hidden', 'w2'],
};

const SUMS: Partial<Record<Stage, [Stage, Stage]>> = {
  h1: ['x', 'attnOut'],
  h2: ['h1', 'mlpOut'],
};

const ELEMENTWISE: Partial<Record<Stage, Stage>> = { scaled: 'scores', masked: 'scaled', hidden: 'hiddenPre' };
const ROWWISE: Partial<Record<Stage, Stage>> = { ln1: 'x', ln2: 'h1', weights: 'masked' };

/**
 * The sources of cell (row, col) of a stage, for prompt token ids `ids`. A matrix product's cell comes from a row of
 * the left factor and a column of the right one; LayerNorm and softmax read the whole row; sums read matching cells.
 * The logits are one row: the last token's h₂ times a column of W_lm. Weights have no sources.
 */
export function sourcesOf(stage: Stage, row: number, col: number, ids: readonly number[]): SourceRef[] {
  const last = ids.length - 1;
  const product = PRODUCTS[stage];
  if (product) return [{ stage: product[0], row }, { stage: product[1], col }];
  const sum = SUMS[stage];
  if (sum) return [{ stage: sum[0], row, col }, { stage: sum[1], row, col }];
  const single = ELEMENTWISE[stage];
  if (single) return [{ stage: single, row, col }];
  const whole = ROWWISE[stage];
  if (whole) return [{ stage: whole, row }];
  switch (stage) {
    case 'x':
      return [{ stage: 'tokEmb', row: ids[row], col }, { stage: 'posEmb', row, col }];
    case 'scores':
      // q_i · k_j: the query's row and the key's row.
      return [{ stage: 'q', row }, { stage: 'k', row: col }];
    case 'logits':
      return [{ stage: 'h2', row: last }, { stage: 'wLm', col }];
    case 'probs':
      return [{ stage: 'logits', row: 0 }];
    default:
      return [];
  }
}

/** Whether cell (row, col) of a stage lies inside one of the given sources. */
export function isHighlighted(sources: readonly SourceRef[], stage: Stage, row: number, col: number): boolean {
  return sources.some(
    (s) => s.stage === stage && (s.row === undefined || s.row === row) && (s.col === undefined || s.col === col),
  );
}
