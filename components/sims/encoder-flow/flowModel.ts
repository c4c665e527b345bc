import { encoderBlock, randomEncoderWeights, type EncoderBlockStages } from '../../../engine/encoderBlock';
import { add, getRow, randomMatrix, type Matrix } from '../../../engine/matrix';
import { sinusoidalTable } from '../../../engine/positional';
import { createRng } from '../../../engine/random';

/** The sentence the block reads. */
export const FLOW_TOKENS = ['the', 'cat', 'sat'] as const;
/** C: the width of every token vector in the demo. */
export const FLOW_WIDTH = 8;
/** H: attention heads in the demo block. */
export const FLOW_HEADS = 2;

// One seed for everything, so the page shows the same block on every visit and in every test.
const rng = createRng(45);
/** The block's weights: seeded, untrained, with a 8 → 32 → 8 GELU feed-forward network. */
export const FLOW_WEIGHTS = randomEncoderWeights(FLOW_WIDTH, FLOW_HEADS, rng);
/** What enters the block (T × C): seeded token embeddings plus the sinusoidal position of each token. */
export const FLOW_INPUT: Matrix = add(
  randomMatrix(FLOW_TOKENS.length, FLOW_WIDTH, rng),
  sinusoidalTable(FLOW_TOKENS.length, FLOW_WIDTH),
);
/** Every stage of the block for all three tokens, computed once by the engine. */
export const FLOW_STAGES: EncoderBlockStages = encoderBlock(FLOW_INPUT, FLOW_WEIGHTS);

/** Where a stage sits in the picture: on the residual stream, or on a branch beside it. */
export type StagePlace = 'stream' | 'branch';

/** One step of the walk through the block, for one token. */
export interface FlowStep {
  id: string;
  /** Short name shown in the picture and the table. */
  name: string;
  /** What happened at this step, in a sentence. */
  what: string;
  place: StagePlace;
  /** The token's vector after this step. */
  vector: Float64Array;
}

/** The eight steps for the token at `token`, all read from FLOW_STAGES. */
export function flowSteps(token: number): FlowStep[] {
  const s = FLOW_STAGES;
  const row = (m: Matrix) => getRow(m, token);
  return [
    { id: 'input', name: 'Input x', what: 'The token’s vector as it enters: embedding plus position.', place: 'stream', vector: row(s.input) },
    { id: 'norm1', name: 'LayerNorm 1', what: 'A normalised copy: mean 0, variance 1. The stream itself is untouched.', place: 'branch', vector: row(s.norm1) },
    { id: 'attention', name: 'Multi-head attention', what: 'Two heads mix in information from all three tokens.', place: 'branch', vector: row(s.attention.output) },
    { id: 'residual1', name: '+ residual', what: 'Attention’s result is added to x: the stream now carries both.', place: 'stream', vector: row(s.afterAttention) },
    { id: 'norm2', name: 'LayerNorm 2', what: 'Another normalised copy, for the feed-forward network to read.', place: 'branch', vector: row(s.norm2) },
    { id: 'hidden', name: 'FFN: 8 → 32, GELU', what: 'Widened to four times the size; GELU cuts most negative values to near 0.', place: 'branch', vector: row(s.ffn.activated) },
    { id: 'ffn', name: 'FFN: 32 → 8', what: 'Brought back to the stream’s width. No other token was looked at.', place: 'branch', vector: row(s.ffn.output) },
    { id: 'output', name: '+ residual = output', what: 'The network’s result is added: same shape as the input, refined.', place: 'stream', vector: row(s.output) },
  ];
}
