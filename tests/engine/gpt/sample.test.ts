import { describe, expect, it } from 'vitest';
import { generate, sampleToken, samplingDistribution } from '../../../engine/gpt/sample';
import { forwardSequence } from '../../../engine/gpt/forward';
import { createRng } from '../../../engine/random';
import { randomisedModel } from './helpers';

describe('sampling the next token', () => {
  it('turns logits [0, ln 2] into 1/3 and 2/3, and into 1/5 and 4/5 at temperature ½', () => {
    const logits = [0, Math.log(2)];
    const plain = samplingDistribution(logits);
    expect(plain[0]).toBeCloseTo(1 / 3, 15);
    expect(plain[1]).toBeCloseTo(2 / 3, 15);
    const sharp = samplingDistribution(logits, { temperature: 0.5 });
    expect(sharp[0]).toBeCloseTo(1 / 5, 15);
    expect(sharp[1]).toBeCloseTo(4 / 5, 15);
  });

  it('keeps only the k most likely tokens under top-k', () => {
    const probs = samplingDistribution([1, 3, 2, 0], { topK: 2 });
    expect(probs[0]).toBe(0);
    expect(probs[3]).toBe(0);
    expect(probs[1]).toBeCloseTo(Math.E / (Math.E + 1), 15);
  });

  it('picks the most likely token when greedy, whatever the generator', () => {
    expect(sampleToken([0.1, 2, -1, 1.9], { greedy: true }, createRng(1))).toBe(1);
    expect(sampleToken([0.1, 2, -1, 1.9], { topK: 1 }, createRng(2))).toBe(1);
  });

  it('draws tokens about as often as their probabilities say, and the same seed draws the same tokens', () => {
    const logits = [0, Math.log(2), Math.log(5)]; // probabilities 1/8, 2/8, 5/8
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 8000 }, () => sampleToken(logits, {}, rng));
    };
    const tokens = draw(42);
    const counts = [0, 1, 2].map((v) => tokens.filter((t) => t === v).length / tokens.length);
    expect(counts[0]).toBeCloseTo(1 / 8, 1);
    expect(counts[1]).toBeCloseTo(2 / 8, 1);
    expect(counts[2]).toBeCloseTo(5 / 8, 1);
    expect(draw(42)).toEqual(tokens);
  });

  it('rejects a temperature of zero or below with a clear message', () => {
    expect(() => samplingDistribution([1, 2], { temperature: 0 })).toThrow(/temperature/);
  });
});

describe('generating text', () => {
  it('greedy generation equals repeatedly taking the argmax of a full forward pass, past the context length', () => {
    const model = randomisedModel({ dtype: 'float64', contextLength: 4 });
    const produced = generate(model, [1, 2], 6, { greedy: true }, createRng(0));
    const sequence = [1, 2];
    for (let i = 0; i < 6; i++) {
      const window = sequence.slice(-4);
      const last = forwardSequence(model, window).logits[window.length - 1];
      sequence.push(last.indexOf(Math.max(...last)));
    }
    expect(produced).toEqual(sequence.slice(2));
  });

  it('stops at the stop token', () => {
    const model = randomisedModel({ dtype: 'float64' });
    const first = generate(model, [0], 1, { greedy: true }, createRng(0))[0];
    expect(generate(model, [0], 10, { greedy: true }, createRng(0), first)).toEqual([first]);
  });
});
