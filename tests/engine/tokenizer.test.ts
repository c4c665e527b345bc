import { describe, expect, it } from 'vitest';
import { alphabetOf, createCharTokenizer, createWordTokenizer } from '../../engine/tokenizer';

describe('createCharTokenizer', () => {
  const tokenizer = createCharTokenizer('abcdefghijklmnopqrstuvwxyz');

  it('gives the boundary id 0 and the letters ids 1 to 26 in alphabet order', () => {
    expect(tokenizer.size).toBe(27);
    expect(tokenizer.vocabulary[0]).toBe('.');
    expect(tokenizer.ids.get('a')).toBe(1);
    expect(tokenizer.ids.get('z')).toBe(26);
  });
  it('encodes "emma" as e=5, m=13, m=13, a=1', () => {
    expect(tokenizer.encode('emma')).toEqual({ ids: [5, 13, 13, 1], tokens: ['e', 'm', 'm', 'a'], unknown: [] });
  });
  it('wraps a name in boundary tokens', () => {
    expect(tokenizer.encodeName('ava').ids).toEqual([0, 1, 22, 1, 0]);
    expect(tokenizer.decode(tokenizer.encodeName('ava').ids)).toBe('.ava.');
  });
  it('decodes what it encodes', () => {
    expect(tokenizer.decode(tokenizer.encode('olivia').ids)).toBe('olivia');
  });
  it('reports unknown characters with their positions instead of dropping them silently', () => {
    const result = tokenizer.encode('zoë 2');
    expect(result.ids).toEqual([26, 15]);
    expect(result.unknown).toEqual([
      { text: 'ë', index: 2 },
      { text: ' ', index: 3 },
      { text: '2', index: 4 },
    ]);
  });
  it('treats a character outside the basic plane as one character', () => {
    expect(tokenizer.encode('a😀b').unknown).toEqual([{ text: '😀', index: 1 }]);
  });
  it('refuses to decode an id outside the vocabulary', () => {
    expect(() => tokenizer.decode([1, 27])).toThrow('decode: id 27 at index 1 is not in the vocabulary');
    expect(() => tokenizer.decode([1.5])).toThrow(RangeError);
  });
  it('refuses an alphabet with repeats or with the boundary in it', () => {
    expect(() => createCharTokenizer('abca')).toThrow(/appears twice/);
    expect(() => createCharTokenizer('ab.')).toThrow(/boundary "." is also in the alphabet/);
    expect(() => createCharTokenizer('ab', { boundary: '' })).toThrow(RangeError);
  });
  it('takes another boundary character when asked', () => {
    expect(createCharTokenizer('ab', { boundary: '#' }).encodeName('ab').tokens).toEqual(['#', 'a', 'b', '#']);
  });
});

describe('createWordTokenizer', () => {
  // The forward-pass walkthrough's vocabulary: the=0, cat=1, sat=2, on=3, mat=4, dog=5.
  const vocabulary = ['the', 'cat', 'sat', 'on', 'mat', 'dog'];

  it('encodes "the cat sat on" as 0 1 2 3', () => {
    expect(createWordTokenizer(vocabulary).encode('the cat sat on').ids).toEqual([0, 1, 2, 3]);
  });
  it('splits on any run of whitespace', () => {
    expect(createWordTokenizer(vocabulary).encode('  the\tdog\n on ').tokens).toEqual(['the', 'dog', 'on']);
  });
  it('maps unknown words to the unknown token and reports them', () => {
    const tokenizer = createWordTokenizer(vocabulary, { unknown: '<unk>' });
    expect(tokenizer.unknownId).toBe(6);
    const result = tokenizer.encode('the bird sat');
    expect(result.ids).toEqual([0, 6, 2]);
    expect(result.unknown).toEqual([{ text: 'bird', index: 1 }]);
  });
  it('without an unknown token, leaves unknown words out of the ids but still reports them', () => {
    const result = createWordTokenizer(vocabulary).encode('the bird sat');
    expect(result.ids).toEqual([0, 2]);
    expect(result.unknown).toEqual([{ text: 'bird', index: 1 }]);
  });
  it('matches words exactly, so "The" is not "the"', () => {
    expect(createWordTokenizer(vocabulary).encode('The').unknown).toEqual([{ text: 'The', index: 0 }]);
  });
  it('decodes ids back to words separated by spaces', () => {
    expect(createWordTokenizer(vocabulary).decode([0, 1, 2, 3, 4])).toBe('the cat sat on mat');
    expect(() => createWordTokenizer(vocabulary).decode([6])).toThrow(RangeError);
  });
  it('refuses a vocabulary with repeats or with whitespace inside a word', () => {
    expect(() => createWordTokenizer(['a', 'a'])).toThrow(/appears twice/);
    expect(() => createWordTokenizer(['a b'])).toThrow(/contains whitespace/);
  });
});

describe('alphabetOf', () => {
  it('collects each character once, sorted, from a list of names', () => {
    expect(alphabetOf(['emma', 'olivia', 'ava'])).toEqual(['a', 'e', 'i', 'l', 'm', 'o', 'v']);
  });
  it('gives a tokenizer that can encode every name it came from', () => {
    const names = ['zoë', 'anna'];
    const tokenizer = createCharTokenizer(alphabetOf(names));
    for (const name of names) expect(tokenizer.encode(name).unknown).toEqual([]);
  });
});
