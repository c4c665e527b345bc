import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from '../../scripts/content/slug';

describe('heading anchors', () => {
  it('lower-cases, drops punctuation and joins words with hyphens', () => {
    expect(slugify('What is a sequence?')).toBe('what-is-a-sequence');
    expect(slugify("Dot products: Q·K, again!")).toBe('dot-products-qk-again');
  });

  it('keeps letters outside ASCII', () => {
    expect(slugify('Über Attention')).toBe('über-attention');
  });

  it('numbers repeats within one document so every anchor is unique', () => {
    const slug = createSlugger();
    expect([slug('Example'), slug('Example'), slug('Example-1'), slug('Example')]).toEqual(['example', 'example-1', 'example-1-1', 'example-2']);
  });
});
