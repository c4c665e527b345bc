import { describe, expect, it } from 'vitest';
import { trainingMemory } from '../../../engine/gpt/memory';

// Worked out by hand from the workspace's buffers: with N = B·T, each block keeps 20·N·C floats (input, two
// LayerNorm outputs, the context and the mid-stream: 5·N·C; Q, K, V: 3·N·C; the MLP's three: 12·N·C), 4·N
// LayerNorm statistics and B·H·T² attention weights; after the blocks come 2·N·C + 2·N + 2·N·V and the gradient
// scratch 3·N·C + 3·N·C + 4·N·C, plus T² for the attention backward pass.
describe('training memory', () => {
  it('counts the Lab’s default model at batch 32: 950,528 floats of activations and 27,712 parameters four times over', () => {
    const memory = trainingMemory({ vocabSize: 27, contextLength: 16, width: 32, heads: 4, layers: 2 }, 32);
    // N = 512: 2 · (327,680 + 2,048 + 32,768) + 32,768 + 1,024 + 27,648 + 49,152 + 49,152 + 65,536 + 256.
    expect(memory.activations).toBe(950_528 * 4);
    expect(memory.parameters).toBe(27_712 * 4 * 4);
    expect(memory.total).toBe(4_245_504);
  });

  it('counts the largest Lab model (4 layers, width 128, context 64) at about 118 MB', () => {
    const memory = trainingMemory({ vocabSize: 27, contextLength: 64, width: 128, heads: 4, layers: 4 }, 32);
    // N = 2,048: 4 · (5,242,880 + 8,192 + 524,288) + 524,288 + 4,096 + 110,592 + 786,432 + 786,432 + 1,048,576 + 4,096.
    expect(memory.activations).toBe(26_365_952 * 4);
    // 27·128 + 64·128 + 4·(12·128² + 13·128) + 2·128 + 128·27 = 808,448 parameters.
    expect(memory.parameters).toBe(808_448 * 16);
  });
});
