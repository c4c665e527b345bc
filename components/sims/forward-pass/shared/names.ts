import type { SourceRef, Stage } from '../../../../engine/forwardPass/provenance';
import { PROMPT, VOCAB, WEIGHT_NAMES } from '../../../../engine/forwardPass/weights';

/** How each stage is written on the page. */
export const STAGE_LABELS: Record<Stage, string> = {
  tokEmb: 'tok_emb',
  posEmb: 'pos_emb',
  x: 'x',
  ln1: 'LN₁(x)',
  wQ: 'W_Q',
  wK: 'W_K',
  wV: 'W_V',
  q: 'Q',
  k: 'K',
  v: 'V',
  scores: 'Scores Q·Kᵀ',
  scaled: 'Scaled scores',
  masked: 'Masked scores',
  weights: 'Attention weights',
  attn: 'Weighted sum',
  wO: 'W_O',
  attnOut: 'Attention output',
  h1: 'h₁',
  ln2: 'LN₂(h₁)',
  w1: 'W_1',
  hiddenPre: 'LN₂(h₁)·W_1',
  hidden: 'ReLU',
  w2: 'W_2',
  mlpOut: 'MLP output',
  h2: 'h₂',
  wLm: 'W_lm',
  logits: 'Logits',
  probs: 'Probabilities',
};

/** How the rows of a stage are named: tokens for per-token stages, ids for tok_emb, numbers for weights. */
export function rowName(stage: Stage, row: number): string {
  if (stage === 'tokEmb') return `${row} · ${VOCAB[row]}`;
  if (stage === 'posEmb') return `pos ${row}`;
  if (stage === 'logits' || stage === 'probs') return `after “${PROMPT[PROMPT.length - 1]}”`;
  if ((WEIGHT_NAMES as readonly string[]).includes(stage)) return `r${row}`;
  return PROMPT[row] ?? `row ${row}`;
}

/** How the columns of a stage are named: key tokens for attention tables, words for W_lm and logits, dims otherwise. */
export function colName(stage: Stage, col: number): string {
  if (stage === 'scores' || stage === 'scaled' || stage === 'masked' || stage === 'weights') return PROMPT[col];
  if (stage === 'wLm' || stage === 'logits' || stage === 'probs') return VOCAB[col];
  return `d${col}`;
}

/** One source in words, e.g. "LN₁(x) row “on”" or "W_Q column d1". */
export function describeSource(source: SourceRef): string {
  const label = STAGE_LABELS[source.stage];
  const { row, col } = source;
  if (row !== undefined && col !== undefined) return `${label} (${rowName(source.stage, row)}, ${colName(source.stage, col)})`;
  if (row !== undefined) return `${label} row ${quoteRow(source.stage, row)}`;
  if (col !== undefined) return `${label} column ${colName(source.stage, col)}`;
  return label;
}

function quoteRow(stage: Stage, row: number): string {
  const name = rowName(stage, row);
  return /^[a-z]+$/.test(name) ? `“${name}”` : name;
}

/** The sentence under a simulation that says what a focused value is made from. */
export function describeTrace(stage: Stage, row: number, col: number, value: string, sources: readonly SourceRef[]): string {
  const where = `${STAGE_LABELS[stage]} (${rowName(stage, row)}, ${colName(stage, col)}) = ${value}`;
  if (sources.length === 0) return `${where} is a weight: an input you can edit.`;
  return `${where} comes from ${sources.map(describeSource).join(' and ')}, highlighted.`;
}
