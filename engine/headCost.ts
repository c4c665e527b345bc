// What an attention layer costs, counted exactly. Biases are left out (a few thousand numbers beside millions)
// so the counts match the formulas in chapter 3. One multiply-add (MAC) is one a·b added to a running sum.

/** The shape of one attention layer. */
export interface AttentionShape {
  /** d, the model width: every token enters and leaves as d numbers. */
  model: number;
  /** h, how many heads run side by side. */
  heads: number;
  /** The size of each head's queries, keys and values (d/h when the width is split). */
  headSize: number;
  /** n, how many tokens are in the sequence. */
  tokens: number;
}

/** Parameters and work of one attention layer, stage by stage. */
export interface AttentionCost {
  /** W_Q, W_K and W_V together: 3 · d · (h · head size). */
  projectionParams: number;
  /** W_O: (h · head size) · d. */
  outputParams: number;
  /** All weights of the layer. */
  params: number;
  /** Computing Q, K and V for every token: 3 · n · d · (h · head size). */
  projectionMacs: number;
  /** Every head's scores Q·Kᵀ: h · n · n · head size. */
  scoreMacs: number;
  /** Every head's weighted sum of values: h · n · n · head size. */
  mixMacs: number;
  /** The output projection: n · (h · head size) · d. */
  outputMacs: number;
  /** All multiply-adds of one forward pass. */
  macs: number;
  /** Softmax exponentials: one per score, h · n · n. The only part that grows with h alone. */
  exponentials: number;
}

/** Counts the weights and multiply-adds of an attention layer with the given shape. */
export function attentionCost(shape: AttentionShape): AttentionCost {
  const { model: d, heads: h, headSize, tokens: n } = shape;
  for (const [name, value] of Object.entries(shape)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`attentionCost: ${name} must be a whole number of at least 1, got ${value}`);
    }
  }
  const inner = h * headSize; // width of the concatenated heads
  const projectionParams = 3 * d * inner;
  const outputParams = inner * d;
  const projectionMacs = 3 * n * d * inner; // (n × d)·(d × inner), three times
  const scoreMacs = h * n * n * headSize; // per head (n × hs)·(hs × n)
  const mixMacs = h * n * n * headSize; // per head (n × n)·(n × hs)
  const outputMacs = n * inner * d; // (n × inner)·(inner × d)
  return {
    projectionParams,
    outputParams,
    params: projectionParams + outputParams,
    projectionMacs,
    scoreMacs,
    mixMacs,
    outputMacs,
    macs: projectionMacs + scoreMacs + mixMacs + outputMacs,
    exponentials: h * n * n,
  };
}

/** Three ways to give attention h heads' worth of patterns, for the calculator in chapter 3. */
export interface HeadCostComparison {
  /** One head as wide as the model (head size d). */
  single: AttentionCost;
  /** h heads that split the width (head size d/h): the Transformer's choice. */
  split: AttentionCost;
  /** h heads that are each as wide as the model (head size d): what multi-head would cost without the split. */
  unsplit: AttentionCost;
  /** d/h. */
  headSize: number;
  /** split ÷ single, for weights and for multiply-adds (both exactly 1). */
  splitRatio: { params: number; macs: number };
  /** unsplit ÷ single, for weights and for multiply-adds (both h). */
  unsplitRatio: { params: number; macs: number };
}

/** Compares one full-width head with h split heads and with h full-width heads, for width d and n tokens. */
export function compareHeadCosts(model: number, heads: number, tokens: number): HeadCostComparison {
  if (!Number.isInteger(heads) || heads < 1 || model % heads !== 0) {
    throw new RangeError(`compareHeadCosts: a width of ${model} does not split evenly into ${heads} heads`);
  }
  const headSize = model / heads;
  const single = attentionCost({ model, heads: 1, headSize: model, tokens });
  const split = attentionCost({ model, heads, headSize, tokens });
  const unsplit = attentionCost({ model, heads, headSize: model, tokens });
  const ratio = (c: AttentionCost) => ({ params: c.params / single.params, macs: c.macs / single.macs });
  return { single, split, unsplit, headSize, splitRatio: ratio(split), unsplitRatio: ratio(unsplit) };
}

/** The head counts that divide a width evenly, from the given candidates (a width of 512 takes 1, 2, 4, 8, 16 …). */
export function headCountsFor(model: number, candidates: readonly number[]): number[] {
  return candidates.filter((h) => Number.isInteger(h) && h >= 1 && model % h === 0);
}
