import { hasMlp, type GptConfig } from './config';

/** The shape numbers the counts below need. */
export type ModelShape = Pick<GptConfig, 'vocabSize' | 'contextLength' | 'width' | 'layers' | 'mlp'>;

/**
 * Multiply-add FLOPs of one forward pass over B sequences of T tokens, counting 2·M·K·N per matmul:
 * per block QKV 6NC², scores and weighted values 4BT²C, output 2NC², MLP 16NC²; LM head 2NCV (N = B·T).
 * Attention is counted over the full T×T square, as is customary, although the causal half is skipped. An
 * attention-only model (mlp false) has no MLP term: 8NC² per block.
 */
export function forwardFlops(shape: ModelShape, batchSize: number, time = shape.contextLength): number {
  const { vocabSize: V, width: C, layers: L } = shape;
  const N = batchSize * time;
  const matrices = hasMlp(shape) ? 24 : 8;
  return L * (matrices * N * C * C + 4 * batchSize * time * time * C) + 2 * N * C * V;
}

/** FLOPs of one training step: the backward pass costs about twice the forward pass, so 3× forward. */
export function trainingFlops(shape: ModelShape, batchSize: number, time = shape.contextLength): number {
  return 3 * forwardFlops(shape, batchSize, time);
}

/**
 * Number of weights: V·C + T·C (embeddings) + L·(12C² + 13C) (blocks; 4C² + 6C without the MLP and second
 * LayerNorm) + 2C (final LayerNorm) + C·V (LM head, left out when it shares the token embedding, as GPT-2 does:
 * 124,439,808 for GPT-2 small).
 */
export function parameterCount(shape: ModelShape, options: { tiedHead?: boolean } = {}): number {
  const { vocabSize: V, contextLength: T, width: C, layers: L } = shape;
  const head = options.tiedHead ? 0 : C * V;
  const block = hasMlp(shape) ? 12 * C * C + 13 * C : 4 * C * C + 6 * C;
  return V * C + T * C + L * block + 2 * C + head;
}
