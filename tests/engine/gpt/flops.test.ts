import { describe, expect, it } from 'vitest';
import { forwardFlops, parameterCount, trainingFlops } from '../../../engine/gpt/flops';
import { makeGptConfig } from '../../../engine/gpt/config';
import { tensorCount } from '../../../engine/gpt/params';

describe('counting parameters and FLOPs', () => {
  it('counts GPT-2 small (tied head) at 124,439,808 weights', () => {
    expect(parameterCount({ vocabSize: 50257, contextLength: 1024, width: 768, layers: 12 }, { tiedHead: true }))
      .toBe(124_439_808);
  });

  it('agrees with the number of weights the model actually allocates', () => {
    for (const shape of [{ vocabSize: 27, contextLength: 16, width: 32, heads: 4, layers: 2 },
      { vocabSize: 65, contextLength: 64, width: 64, heads: 4, layers: 4 }]) {
      expect(parameterCount(shape)).toBe(tensorCount(makeGptConfig(shape)));
    }
  });

  it('counts the benchmark configs’ FLOPs per step as the TensorFlow.js reference does', () => {
    // A: V 27, T 16, C 32, L 2, B 32 -> forward 28,147,712; B: V 65, T 64, C 64, L 4, B 16 -> 478,281,728
    expect(forwardFlops({ vocabSize: 27, contextLength: 16, width: 32, layers: 2 }, 32)).toBe(28_147_712);
    expect(trainingFlops({ vocabSize: 65, contextLength: 64, width: 64, layers: 4 }, 16)).toBe(1_434_845_184);
  });
});
