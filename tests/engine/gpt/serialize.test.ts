import { describe, expect, it } from 'vitest';
import { createGpt } from '../../../engine/gpt/forward';
import { loadModel, modelFromWeights, saveModel, ModelLoadError } from '../../../engine/gpt/serialize';
import { forwardSequence } from '../../../engine/gpt/forward';

const tiny = { vocabSize: 5, contextLength: 4, width: 8, heads: 2, layers: 1, seed: 12 } as const;

describe('saving and loading weights', () => {
  it('round-trips a float32 model exactly, config included', () => {
    const model = createGpt(tiny);
    const loaded = loadModel(saveModel(model));
    expect(loaded.config).toEqual(model.config);
    expect(Array.from(loaded.params.data)).toEqual(Array.from(model.params.data));
  });

  it('refuses text that is not a saved model, naming what is wrong', () => {
    expect(() => loadModel('not json')).toThrow(ModelLoadError);
    expect(() => loadModel('{"format":"other"}')).toThrow(/format tag/);
    const saved = JSON.parse(saveModel(createGpt(tiny)));
    expect(() => loadModel(JSON.stringify({ ...saved, version: 99 }))).toThrow(/version 99/);
  });

  it('refuses a tensor of the wrong shape or a truncated weight list', () => {
    const saved = JSON.parse(saveModel(createGpt(tiny)));
    const badShape = structuredClone(saved);
    badShape.tensors[0].shape = [5, 7];
    expect(() => loadModel(JSON.stringify(badShape))).toThrow(/tokenEmbedding of shape 5×8/);
    expect(() => loadModel(JSON.stringify({ ...saved, weights: saved.weights.slice(0, 40) }))).toThrow(/expected \d+ weights/);
    expect(() => loadModel(JSON.stringify({ ...saved, config: { ...saved.config, heads: 3 } }))).toThrow(/config is invalid/);
  });

  it('refuses a model holding a non-finite weight and says which tensor', () => {
    const model = createGpt(tiny);
    model.params.finalBias[1] = Number.NaN;
    expect(() => loadModel(saveModel(model))).toThrow(/weight 1 of finalBias is NaN/);
  });

  it('rebuilds a model from a worker snapshot that gives the same logits, and refuses a short or non-finite one', () => {
    const model = createGpt(tiny);
    const rebuilt = modelFromWeights(model.config, Float32Array.from(model.params.data).buffer);
    expect(Array.from(forwardSequence(rebuilt, [1, 2, 3]).logits[2])).toEqual(Array.from(forwardSequence(model, [1, 2, 3]).logits[2]));
    expect(() => modelFromWeights(model.config, new Float32Array(3))).toThrow(/expected \d+ weights/);
    const broken = Float32Array.from(model.params.data);
    broken[5] = Number.POSITIVE_INFINITY;
    expect(() => modelFromWeights(model.config, broken)).toThrow(/weight 5 is Infinity/);
  });
});
