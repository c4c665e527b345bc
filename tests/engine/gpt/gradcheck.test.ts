import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../../engine/gpt/gradcheck';
import { randomBatch, randomisedModel } from './helpers';

describe('gradient check of the whole GPT', () => {
  it('matches five-point finite differences to a relative error below 1e-6 for every tensor in float64', () => {
    const model = randomisedModel({ dtype: 'float64' });
    const result = gradientCheck(model, randomBatch(7, 2, 5, 11));
    expect(result.tensors).toHaveLength(model.params.specs.length);
    for (const tensor of result.tensors) {
      expect(tensor.checked).toBeGreaterThan(0);
      expect(tensor.worstRelativeError, tensor.name).toBeLessThan(1e-6);
    }
    expect(result.worstRelativeError).toBeLessThan(1e-6);
  });

  it('agrees within 5e-2 relative error in float32, where the loss itself only holds about 7 digits', () => {
    const model = randomisedModel({ dtype: 'float32' });
    const result = gradientCheck(model, randomBatch(7, 2, 5, 11));
    for (const tensor of result.tensors) expect(tensor.worstRelativeError, tensor.name).toBeLessThan(5e-2);
  });

  it('checks a seeded sample of entries when asked to and restores every weight exactly', () => {
    const model = randomisedModel({ dtype: 'float64', layers: 1 });
    const before = Float64Array.from(model.params.data);
    const result = gradientCheck(model, randomBatch(7, 1, 5, 2), { maxEntriesPerTensor: 3 });
    for (const tensor of result.tensors) expect(tensor.checked).toBeLessThanOrEqual(3);
    expect(Array.from(model.params.data)).toEqual(Array.from(before));
  });
});
