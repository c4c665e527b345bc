import { describe, expect, it } from 'vitest';
import { blockParameters, countParameters, KNOWN_SHAPES, type TransformerShape } from '../../engine/parameterCount';

const shapeOf = (name: string): TransformerShape => {
  const found = KNOWN_SHAPES.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found.shape;
};

describe('blockParameters', () => {
  it('counts a GPT-2 block as 2,362,368 in attention and 4,722,432 in the feed-forward network', () => {
    // Attention: c_attn 768 × 2304 + 2304, c_proj 768 × 768 + 768. MLP: 768 × 3072 + 3072, 3072 × 768 + 768.
    const block = blockParameters(shapeOf('GPT-2 small'));
    expect(block.attention).toBe(768 * 2304 + 2304 + 768 * 768 + 768);
    expect(block.attention).toBe(2_362_368);
    expect(block.feedForward).toBe(768 * 3072 + 3072 + 3072 * 768 + 768);
    expect(block.norms).toBe(4 * 768);
    expect(block.total).toBe(7_087_872);
  });

  it('gives the feed-forward network 8C² of a block’s 12C² when F = 4C and biases are left out', () => {
    const shape: TransformerShape = { ...shapeOf('GPT-2 small'), width: 10, ffnWidth: 40, biases: false };
    const block = blockParameters(shape);
    expect(block.attention).toBe(400);
    expect(block.feedForward).toBe(800);
    expect(block.norms).toBe(40);
  });

  it('refuses a negative or fractional size with a message naming it', () => {
    expect(() => blockParameters({ ...shapeOf('GPT-2 small'), ffnWidth: 1.5 })).toThrow(/ffnWidth/);
    expect(() => countParameters({ ...shapeOf('GPT-2 small'), layers: 0 })).toThrow(/layers/);
  });
});

describe('countParameters', () => {
  it('counts GPT-2 small as 124,439,808 parameters, the size of the released checkpoint', () => {
    expect(countParameters(shapeOf('GPT-2 small')).total).toBe(124_439_808);
  });

  it('counts BERT-base as 109,482,240 parameters, pooler and segment embeddings included', () => {
    const bert = countParameters(shapeOf('BERT-base'));
    // Word 30522·768, positions 512·768, segments 2·768, embedding LayerNorm 1536, 12 blocks, pooler 768·768 + 768.
    expect(bert.embeddings).toBe((30522 + 512 + 2) * 768);
    expect(bert.head).toBe(590_592);
    expect(bert.total).toBe(109_482_240);
  });

  it('counts LLaMA 7B as 6,738,415,616 parameters: no position table, an untied head, SwiGLU and RMSNorm', () => {
    const llama = countParameters(shapeOf('LLaMA 7B'));
    expect(llama.perBlock.feedForward).toBe(3 * 4096 * 11008);
    expect(llama.head).toBe(32000 * 4096);
    expect(llama.total).toBe(6_738_415_616);
  });

  it('counts GPT-3 as about 175 billion, with the feed-forward networks two thirds of the blocks', () => {
    const gpt3 = countParameters(shapeOf('GPT-3 175B'));
    expect(gpt3.total).toBe(174_604_259_328);
    // Per block 8C² + 5C of 12C² + 13C, which is 2/3 up to terms a thousand times smaller.
    const c = 12288;
    expect(gpt3.feedForwardShareOfBlocks).toBeCloseTo((8 * c * c + 5 * c) / (12 * c * c + 13 * c), 12);
    expect(gpt3.feedForwardShareOfBlocks).toBeCloseTo(2 / 3, 4);
    expect(gpt3.feedForwardShareOfTotal).toBeCloseTo(0.664, 3);
  });

  it('gives GPT-2 small’s feed-forward networks 66.6% of its blocks but only 45.5% of the whole model', () => {
    const gpt2 = countParameters(shapeOf('GPT-2 small'));
    expect(gpt2.feedForward).toBe(12 * 4_722_432);
    expect(gpt2.feedForwardShareOfBlocks).toBeCloseTo(4_722_432 / 7_087_872, 12);
    expect(gpt2.feedForwardShareOfTotal).toBeCloseTo(56_669_184 / 124_439_808, 12);
    expect((gpt2.feedForwardShareOfTotal * 100).toFixed(1)).toBe('45.5');
  });

  it('adds its groups up to the total', () => {
    for (const { shape } of KNOWN_SHAPES) {
      const p = countParameters(shape);
      expect(p.embeddings + p.attention + p.feedForward + p.norms + p.head).toBe(p.total);
    }
  });
});
