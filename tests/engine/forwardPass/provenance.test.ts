import { describe, expect, it } from 'vitest';
import { isHighlighted, sourcesOf } from '../../../engine/forwardPass/provenance';

const ids = [0, 1, 2, 3];

describe('sourcesOf', () => {
  it('traces a product cell to a row of the left factor and a column of the right: Q[3][1] ← LN₁ row 3, W_Q column 1', () => {
    expect(sourcesOf('q', 3, 1, ids)).toEqual([{ stage: 'ln1', row: 3 }, { stage: 'wQ', col: 1 }]);
  });
  it('traces x to the token’s own row of tok_emb and the position’s row of pos_emb', () => {
    expect(sourcesOf('x', 2, 0, [5, 1, 4])).toEqual([{ stage: 'tokEmb', row: 4, col: 0 }, { stage: 'posEmb', row: 2, col: 0 }]);
  });
  it('traces a score to the query row and the key row, and a logit to the last h₂ row and a W_lm column', () => {
    expect(sourcesOf('scores', 3, 1, ids)).toEqual([{ stage: 'q', row: 3 }, { stage: 'k', row: 1 }]);
    expect(sourcesOf('logits', 0, 4, ids)).toEqual([{ stage: 'h2', row: 3 }, { stage: 'wLm', col: 4 }]);
  });
  it('gives weights no sources', () => {
    expect(sourcesOf('wO', 0, 0, ids)).toEqual([]);
  });
  it('highlights whole rows, whole columns or single cells', () => {
    const sources = sourcesOf('attnOut', 2, 3, ids);
    expect(isHighlighted(sources, 'attn', 2, 0)).toBe(true);
    expect(isHighlighted(sources, 'attn', 1, 3)).toBe(false);
    expect(isHighlighted(sources, 'wO', 0, 3)).toBe(true);
    expect(isHighlighted(sources, 'wO', 0, 2)).toBe(false);
    expect(isHighlighted(sourcesOf('h1', 1, 1, ids), 'x', 1, 1)).toBe(true);
    expect(isHighlighted(sourcesOf('h1', 1, 1, ids), 'x', 1, 2)).toBe(false);
  });
});
