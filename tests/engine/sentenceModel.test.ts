import { describe, expect, it } from 'vitest';
import { generate } from '../../engine/gpt/sample';
import { createRng } from '../../engine/random';
import { memorizeSentence, wordVocabulary } from '../../engine/sentenceModel';

const WORDS = 'The cat sat on the mat because it was tired .'.split(' ');

describe('memorizeSentence', () => {
  it('numbers the distinct words by first appearance, keeping "The" and "the" apart', () => {
    expect(wordVocabulary(WORDS)).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat', 'because', 'it', 'was', 'tired', '.']);
  });

  it('learns the sentence so that greedy generation from "The" writes it back word for word', () => {
    const { model, vocabulary, tokens, finalLoss } = memorizeSentence(WORDS);
    expect(tokens.map((t) => vocabulary[t])).toEqual(WORDS);
    expect(finalLoss).toBeLessThan(0.05);
    const written = generate(model, [tokens[0]], WORDS.length - 1, { greedy: true }, createRng(1));
    expect(written.map((t) => vocabulary[t])).toEqual(WORDS.slice(1));
  });

  it('gives the same weights for the same seed and different weights for another', () => {
    const a = memorizeSentence(WORDS, { steps: 5 });
    const b = memorizeSentence(WORDS, { steps: 5 });
    const c = memorizeSentence(WORDS, { steps: 5, seed: 8 });
    expect(Array.from(a.model.params.data)).toEqual(Array.from(b.model.params.data));
    expect(a.model.params.data[0]).not.toBe(c.model.params.data[0]);
  });

  it('refuses a sentence of fewer than two words', () => {
    expect(() => memorizeSentence(['alone'])).toThrow(/at least two words/);
  });
});
