/**
 * The seed walkthrough's tiny model (source 002): a six-word vocabulary, 4-dimensional vectors, one transformer block.
 * These numbers are the stated inputs of the forward-pass track; every other number is computed from them.
 */

/** The vocabulary, in id order: "the" is id 0, "dog" is id 5. */
export const VOCAB = ['the', 'cat', 'sat', 'on', 'mat', 'dog'] as const;

/** The prompt the track runs: "the cat sat on". */
export const PROMPT = ['the', 'cat', 'sat', 'on'] as const;

/** The word that should come next, "mat", and its id. */
export const TARGET_WORD = 'mat';

/** The model width C: every token vector has 4 numbers. */
export const MODEL_WIDTH = 4;

/** The names of the model's nine weight matrices, in the order the forward pass uses them. */
export const WEIGHT_NAMES = ['tokEmb', 'posEmb', 'wQ', 'wK', 'wV', 'wO', 'w1', 'w2', 'wLm'] as const;

/** One of the nine weight matrices. */
export type WeightName = (typeof WEIGHT_NAMES)[number];

/** The whole model: each matrix as rows of plain numbers (row vectors are multiplied on the left, x·W). */
export type ForwardWeights = Record<WeightName, readonly (readonly number[])[]>;

/** How each matrix is written on the page, e.g. "W_Q". */
export const WEIGHT_LABELS: Record<WeightName, string> = {
  tokEmb: 'tok_emb',
  posEmb: 'pos_emb',
  wQ: 'W_Q',
  wK: 'W_K',
  wV: 'W_V',
  wO: 'W_O',
  w1: 'W_1',
  w2: 'W_2',
  wLm: 'W_lm',
};

/** The seed's matrices exactly as printed: tok_emb (V × C), pos_emb (T × C), four C × C attention matrices, the MLP's two C × C matrices and W_lm (C × V). */
export const SEED_WEIGHTS: ForwardWeights = {
  tokEmb: [
    [0.2, -0.1, 0.7, 0.2],
    [0.1, 0.4, -0.3, 0.6],
    [0.5, 0.2, 0.1, -0.3],
    [-0.2, 0.2, 0.4, 0.1],
    [0.4, 0.1, 0.3, 0.5],
    [0.2, 0.3, -0.2, 0.4],
  ],
  posEmb: [
    [0.1, 0.0, 0.1, 0.0],
    [0.0, 0.1, 0.0, 0.1],
    [0.1, 0.0, 0.0, -0.1],
    [0.0, 0.1, 0.1, 0.0],
  ],
  wQ: [
    [0.5, 0.2, -0.3, 0.1],
    [-0.2, 0.4, 0.1, 0.3],
    [0.1, -0.1, 0.5, 0.2],
    [0.3, 0.2, -0.1, 0.4],
  ],
  wK: [
    [0.4, -0.2, 0.3, 0.1],
    [0.2, 0.5, -0.1, 0.3],
    [-0.1, 0.3, 0.4, -0.2],
    [0.3, 0.1, 0.2, 0.5],
  ],
  wV: [
    [0.2, 0.4, -0.1, 0.3],
    [0.5, -0.1, 0.2, 0.4],
    [-0.2, 0.3, 0.5, -0.1],
    [0.1, 0.2, 0.3, 0.6],
  ],
  wO: [
    [0.8, 0.1, -0.1, 0.2],
    [0.1, 0.7, 0.1, 0.1],
    [-0.1, 0.2, 0.8, 0.1],
    [0.2, 0.1, 0.1, 0.7],
  ],
  w1: [
    [0.3, -0.1, 0.2, 0.1],
    [0.1, 0.4, -0.1, 0.2],
    [-0.2, 0.1, 0.3, -0.1],
    [0.1, 0.2, 0.1, 0.3],
  ],
  w2: [
    [0.2, 0.1, -0.1, 0.3],
    [0.1, 0.4, 0.2, -0.1],
    [-0.1, 0.2, 0.3, 0.1],
    [0.3, -0.1, 0.1, 0.2],
  ],
  wLm: [
    [0.1, 0.2, 0.2, 0.2, 0.1, 0.0],
    [0.1, 0.4, 0.2, 0.2, 0.1, 0.1],
    [0.1, 0.5, 0.2, 0.3, 0.2, 0.0],
    [0.1, 0.5, 0.2, 0.2, 0.2, 0.1],
  ],
};

/** The seed's own printed attention output for "on", which its matrices do not reproduce (shown for comparison only). */
export const SEED_PRINTED_ATTENTION_ON = [0.14, 0.19, 0.22, 0.24] as const;

/** The id of a vocabulary word, or −1 when it is not in the vocabulary. */
export function tokenId(word: string): number {
  return (VOCAB as readonly string[]).indexOf(word);
}

/** A copy of the weights with one cell replaced; the original is left untouched. */
export function withCell(weights: ForwardWeights, name: WeightName, row: number, col: number, value: number): ForwardWeights {
  const m = weights[name];
  if (!Number.isInteger(row) || row < 0 || row >= m.length || !Number.isInteger(col) || col < 0 || col >= m[row].length) {
    throw new RangeError(`withCell: ${name} has no cell (${row}, ${col})`);
  }
  if (!Number.isFinite(value)) throw new RangeError(`withCell: ${value} is not a finite number`);
  const next = m.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r));
  return { ...weights, [name]: next };
}

/** The largest size an edited weight may have; bigger values would make the page's numbers unreadable, not wrong. */
export const CELL_LIMIT = 10;

/** The result of reading what someone typed into a weight cell. */
export type CellInput = { ok: true; value: number } | { ok: false; message: string };

/** Reads a typed weight: a finite number between −CELL_LIMIT and CELL_LIMIT, or a message saying what is wrong. */
export function parseCellInput(text: string): CellInput {
  const trimmed = text.trim().replace('−', '-');
  if (trimmed === '') return { ok: false, message: 'Enter a number; the last valid value is still in use.' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: 'That is not a number; the last valid value is still in use.' };
  if (Math.abs(value) > CELL_LIMIT) {
    return { ok: false, message: `Keep weights between −${CELL_LIMIT} and ${CELL_LIMIT}; the last valid value is still in use.` };
  }
  return { ok: true, value };
}
