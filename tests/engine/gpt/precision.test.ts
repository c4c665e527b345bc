import { describe, expect, it } from 'vitest';
import { createGpt, forwardSequence } from '../../../engine/gpt/forward';
import { lossAndGradient } from '../../../engine/gpt/backward';
import { allocTensors } from '../../../engine/gpt/params';
import { modelFromWeights } from '../../../engine/gpt/serialize';
import { createWorkspace } from '../../../engine/gpt/workspace';
import { randomBatch } from './helpers';

// Big enough that every product (linear layers and each head's attention) takes the float32 SIMD path, while the
// float64 copy runs the JavaScript kernel that the float64 gradient check verifies.
const shape = { vocabSize: 13, contextLength: 16, width: 32, heads: 2, layers: 2, initStd: 0.3, seed: 17 } as const;

describe('float32 training path against the float64 reference', () => {
  it('gives the same logits and attention to float32 precision', () => {
    const single = createGpt({ ...shape, dtype: 'float32' });
    const double = modelFromWeights({ ...single.config, dtype: 'float64' }, single.params.data);
    const tokens = Array.from({ length: 16 }, (_, i) => (i * 5) % 13);
    const a = forwardSequence(single, tokens);
    const b = forwardSequence(double, tokens);
    for (let t = 0; t < 16; t++) {
      for (let v = 0; v < 13; v++) expect(Math.abs(a.logits[t][v] - b.logits[t][v])).toBeLessThan(1e-4);
    }
    for (let i = 0; i < 16; i++) {
      for (let j = 0; j < 16; j++) expect(Math.abs(a.attention[1][1][i][j] - b.attention[1][1][i][j])).toBeLessThan(1e-5);
    }
  });

  it('gives the same gradients to within float32 rounding', () => {
    const single = createGpt({ ...shape, dtype: 'float32' });
    const double = modelFromWeights({ ...single.config, dtype: 'float64' }, single.params.data);
    const batch = randomBatch(13, 4, 16, 3);
    const grads32 = allocTensors(single.config);
    const grads64 = allocTensors(double.config);
    lossAndGradient(single, grads32, createWorkspace(single.config, 4, 16), batch);
    lossAndGradient(double, grads64, createWorkspace(double.config, 4, 16), batch);
    for (const spec of single.params.specs) {
      let scale = 0;
      let worst = 0;
      for (let i = spec.offset; i < spec.offset + spec.size; i++) {
        scale = Math.max(scale, Math.abs(grads64.data[i]));
        worst = Math.max(worst, Math.abs(grads32.data[i] - grads64.data[i]));
      }
      expect(worst, spec.name).toBeLessThan(1e-3 * scale + 1e-7);
    }
  });
});
