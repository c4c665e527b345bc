/**
 * Where a transformer's parameters are. Every count is a sum of matrix sizes (rows × cols) and vector lengths;
 * nothing is estimated. Names follow the course: C is the width of the residual stream, F the feed-forward width.
 */

/** The shape of a transformer, with the choices that change its parameter count. */
export interface TransformerShape {
  /** V: rows of the token embedding. */
  vocabSize: number;
  /** Rows of a learned position table (0 when positions are computed, as with sinusoids or RoPE). */
  positionRows: number;
  /** C: the width of every token vector. */
  width: number;
  /** L: how many blocks are stacked. */
  layers: number;
  /** F: the feed-forward network's hidden width (4C in BERT and GPT). */
  ffnWidth: number;
  /** A gated feed-forward network (SwiGLU in LLaMA) has three C × F matrices instead of two. */
  gatedFfn: boolean;
  /** Whether linear layers have bias vectors (BERT, GPT-2: yes; LLaMA: no). */
  biases: boolean;
  /** LayerNorm has a gain and a bias per channel; RMSNorm (LLaMA) has only the gain. */
  normHasBias: boolean;
  /** Norms outside the blocks: GPT-2 and LLaMA have one after the last block, BERT one after the embeddings. */
  extraNorms: number;
  /** Rows of BERT's segment (sentence A / sentence B) embedding; 0 for GPT and LLaMA. */
  segmentTypes: number;
  /** BERT's pooler: one more C × C layer with bias on the first token. */
  pooler: boolean;
  /** Whether the output layer reuses the token embedding (GPT-2) or has its own V × C matrix (LLaMA). */
  tiedHead: boolean;
}

/** Parameters of one block, by sub-layer. */
export interface BlockParameters {
  /** W_Q, W_K, W_V, W_O (C × C each) and their biases. */
  attention: number;
  /** The feed-forward matrices and their biases. */
  feedForward: number;
  /** The block's two norms. */
  norms: number;
  /** The three together. */
  total: number;
}

/** A whole model's parameters, by where they live. */
export interface ParameterBreakdown {
  /** One block. */
  perBlock: BlockParameters;
  /** Token, position and segment embeddings (the output layer too when it is tied to them). */
  embeddings: number;
  /** All L blocks' attention. */
  attention: number;
  /** All L blocks' feed-forward networks. */
  feedForward: number;
  /** Every norm, in and outside the blocks. */
  norms: number;
  /** An untied output layer, and BERT's pooler. */
  head: number;
  /** Everything. */
  total: number;
  /** feedForward / (all blocks): the share the seed calls "about 2/3". */
  feedForwardShareOfBlocks: number;
  /** feedForward / total: lower, because the embeddings count too. */
  feedForwardShareOfTotal: number;
}

function check(shape: TransformerShape): void {
  for (const key of ['vocabSize', 'positionRows', 'width', 'layers', 'ffnWidth', 'extraNorms', 'segmentTypes'] as const) {
    const value = shape[key];
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`countParameters: ${key} must be a whole number ≥ 0, got ${value}`);
  }
  if (shape.width < 1 || shape.layers < 1) throw new RangeError('countParameters: width and layers must be at least 1');
}

/** The parameters of one block: attention 4C² (+4C), feed-forward 2CF or 3CF (+F+C), two norms of C or 2C. */
export function blockParameters(shape: TransformerShape): BlockParameters {
  check(shape);
  const { width: c, ffnWidth: f, biases } = shape;
  const attention = 4 * c * c + (biases ? 4 * c : 0);
  const feedForward = (shape.gatedFfn ? 3 : 2) * c * f + (biases ? f + c : 0);
  const norms = 2 * (shape.normHasBias ? 2 * c : c);
  return { attention, feedForward, norms, total: attention + feedForward + norms };
}

/** Counts every parameter of a model of the given shape, grouped by where it lives. */
export function countParameters(shape: TransformerShape): ParameterBreakdown {
  const perBlock = blockParameters(shape);
  const { width: c, layers } = shape;
  const normSize = shape.normHasBias ? 2 * c : c;
  const embeddings = (shape.vocabSize + shape.positionRows + shape.segmentTypes) * c;
  const head = (shape.tiedHead ? 0 : shape.vocabSize * c) + (shape.pooler ? c * c + c : 0);
  const norms = layers * perBlock.norms + shape.extraNorms * normSize;
  const attention = layers * perBlock.attention;
  const feedForward = layers * perBlock.feedForward;
  const total = embeddings + attention + feedForward + norms + head;
  return {
    perBlock,
    embeddings,
    attention,
    feedForward,
    norms,
    head,
    total,
    feedForwardShareOfBlocks: feedForward / (layers * perBlock.total),
    feedForwardShareOfTotal: feedForward / total,
  };
}

/** A model's name with its published shape. */
export interface NamedShape {
  name: string;
  shape: TransformerShape;
}

/** Published configurations (from each model's paper and released config), smallest first. */
export const KNOWN_SHAPES: readonly NamedShape[] = [
  {
    name: 'BERT-base',
    shape: {
      vocabSize: 30522, positionRows: 512, width: 768, layers: 12, ffnWidth: 3072, gatedFfn: false, biases: true,
      normHasBias: true, extraNorms: 1, segmentTypes: 2, pooler: true, tiedHead: true,
    },
  },
  {
    name: 'GPT-2 small',
    shape: {
      vocabSize: 50257, positionRows: 1024, width: 768, layers: 12, ffnWidth: 3072, gatedFfn: false, biases: true,
      normHasBias: true, extraNorms: 1, segmentTypes: 0, pooler: false, tiedHead: true,
    },
  },
  {
    name: 'LLaMA 7B',
    shape: {
      vocabSize: 32000, positionRows: 0, width: 4096, layers: 32, ffnWidth: 11008, gatedFfn: true, biases: false,
      normHasBias: false, extraNorms: 1, segmentTypes: 0, pooler: false, tiedHead: false,
    },
  },
  {
    name: 'GPT-3 175B',
    shape: {
      vocabSize: 50257, positionRows: 2048, width: 12288, layers: 96, ffnWidth: 49152, gatedFfn: false, biases: true,
      normHasBias: true, extraNorms: 1, segmentTypes: 0, pooler: false, tiedHead: true,
    },
  },
];
