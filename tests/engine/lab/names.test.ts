import { describe, expect, it } from 'vitest';
import { nameTokenizer, namesFromText, namesToTokens, sanitiseWord, splitNames } from '../../../engine/lab/names';
import { checkGradientsAt, GRADIENT_TOLERANCE } from '../../../engine/worker/checkGradients';
import { createGpt } from '../../../engine/gpt/forward';

const tokenizer = nameTokenizer();

describe('the Lab names data', () => {
  it('splits names into disjoint training and held-out lists, the same way for the same seed', () => {
    const names = Array.from({ length: 100 }, (_, i) => `n${String.fromCharCode(97 + (i % 26))}${i}`);
    const a = splitNames(names, 0.1, 3);
    const b = splitNames(names, 0.1, 3);
    expect(a).toEqual(b);
    expect(a.heldOut).toHaveLength(10);
    expect(a.train).toHaveLength(90);
    const train = new Set(a.train);
    expect(a.heldOut.some((n) => train.has(n))).toBe(false);
  });

  it('frames every name with boundary tokens: "ab", "c" becomes . a b . c .', () => {
    expect(namesToTokens(['ab', 'c'], tokenizer)).toEqual([0, 1, 2, 0, 3, 0]);
  });

  it('refuses names with characters outside a–z', () => {
    expect(() => namesToTokens(['zoë'], tokenizer)).toThrow(/outside a–z/);
  });

  it('lower-cases a typed word, marks digits and emoji as unknown and caps the length in whole characters', () => {
    const word = sanitiseWord('Ab1😀cdefgh', tokenizer, 5);
    expect(word.characters.map((c) => c.text)).toEqual(['a', 'b', '1', '😀', 'c']);
    expect(word.characters.map((c) => c.known)).toEqual([true, true, false, false, true]);
    expect(word.ids).toEqual([0, 1, 2, 3]);
    expect(word.tokens).toEqual(['.', 'a', 'b', 'c']);
    expect(word.truncated).toBe(true);
    expect(word.unknownCount).toBe(2);
  });

  it('gives an empty word just the boundary token', () => {
    const word = sanitiseWord('   ', tokenizer, 15);
    expect(word.ids).toEqual([0]);
    expect(word.truncated).toBe(false);
  });

  it('cuts generated text into names at the boundaries', () => {
    expect(namesFromText('emma..olivia.x')).toEqual(['emma', 'olivia', 'x']);
  });

  it('checks the gradient of a float32 model in float64 to within the engine tolerance', () => {
    const model = createGpt({ vocabSize: 27, contextLength: 8, width: 16, heads: 2, layers: 1, seed: 3, initStd: 0.3 });
    const tokens = namesToTokens(['emma', 'olivia', 'ava', 'noah', 'liam'], tokenizer);
    const result = checkGradientsAt(model.config, model.params.data, tokens);
    expect(result.tensors).toHaveLength(model.params.specs.length);
    expect(result.worstRelativeError).toBeLessThan(GRADIENT_TOLERANCE);
    expect(result.worstRelativeError).toBeGreaterThan(0);
  });
});
