import { describe, expect, it } from 'vitest';
import { parseCellInput, SEED_WEIGHTS, tokenId, VOCAB, withCell } from '../../../engine/forwardPass/weights';

describe('forward-pass weights', () => {
  it('have the seed’s shapes: tok_emb 6 × 4, pos_emb 4 × 4, the block 4 × 4, W_lm 4 × 6', () => {
    expect(SEED_WEIGHTS.tokEmb).toHaveLength(6);
    expect(SEED_WEIGHTS.wLm.every((row) => row.length === VOCAB.length)).toBe(true);
    for (const name of ['posEmb', 'wQ', 'wK', 'wV', 'wO', 'w1', 'w2'] as const) {
      expect(SEED_WEIGHTS[name].map((row) => row.length)).toEqual([4, 4, 4, 4]);
    }
    expect(tokenId('mat')).toBe(4);
    expect(tokenId('bird')).toBe(-1);
  });

  it('withCell changes exactly one cell and leaves the original untouched', () => {
    const edited = withCell(SEED_WEIGHTS, 'wQ', 1, 2, 0.9);
    expect(edited.wQ[1][2]).toBe(0.9);
    expect(SEED_WEIGHTS.wQ[1][2]).toBe(0.1);
    expect(edited.wK).toBe(SEED_WEIGHTS.wK);
    expect(() => withCell(SEED_WEIGHTS, 'wQ', 4, 0, 1)).toThrow(RangeError);
    expect(() => withCell(SEED_WEIGHTS, 'wQ', 0, 0, Number.NaN)).toThrow(/not a finite number/);
  });

  it('reads typed numbers, including a true minus sign, and explains empty, non-numeric and huge input', () => {
    expect(parseCellInput(' 0.25 ')).toEqual({ ok: true, value: 0.25 });
    expect(parseCellInput('−0.5')).toEqual({ ok: true, value: -0.5 });
    expect(parseCellInput('')).toMatchObject({ ok: false, message: expect.stringMatching(/Enter a number/) });
    expect(parseCellInput('abc')).toMatchObject({ ok: false, message: expect.stringMatching(/not a number/) });
    expect(parseCellInput('1e9')).toMatchObject({ ok: false, message: expect.stringMatching(/between −10 and 10/) });
    expect(parseCellInput('Infinity')).toMatchObject({ ok: false });
  });
});
