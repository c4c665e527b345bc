import { describe, expect, it } from 'vitest';
import { getRow } from '../../engine/matrix';
import { drawRouting, summarizeRouting } from '../../engine/routingDraw';

const options = { vocab: 12, tokens: 8, channels: 6, experts: 8, k: 2, tokenSeed: 1, routerSeed: 2, embeddingSeed: 3 };

describe('drawRouting', () => {
  const draw = drawRouting(options);

  it('scores each token against each expert by the dot product of its vector with the router column', () => {
    for (let t = 0; t < 8; t++) {
      for (let e = 0; e < 8; e++) {
        let sum = 0;
        for (let c = 0; c < 6; c++) sum += draw.x.data[t * 6 + c] * draw.router.data[c * 8 + e];
        expect(draw.routing.logits.data[t * 8 + e]).toBeCloseTo(sum, 12);
      }
    }
  });

  it('sends every token to the two experts with the largest scores, and fills 8 × 2 = 16 slots', () => {
    draw.routing.chosen.forEach((picks, t) => {
      const row = Array.from(getRow(draw.routing.logits, t));
      const sorted = [...row].sort((a, b) => b - a);
      expect(picks.map((e) => row[e])).toEqual(sorted.slice(0, 2));
    });
    expect(draw.routing.load.reduce((a, b) => a + b, 0)).toBe(16);
  });

  it('routes the same token the same way, because routing depends only on its vector', () => {
    const twice = drawRouting({ ...options, tokens: 40 });
    const firstPick = new Map<number, number[]>();
    twice.tokenIds.forEach((id, t) => {
      const seen = firstPick.get(id);
      if (seen) expect(twice.routing.chosen[t]).toEqual(seen);
      else firstPick.set(id, twice.routing.chosen[t]);
    });
    expect(firstPick.size).toBeLessThan(40); // some token did repeat, so the check above ran
  });

  it('keeps the tokens when only the router seed changes, and the router when only the token seed changes', () => {
    const newRouter = drawRouting({ ...options, routerSeed: 9 });
    expect(newRouter.tokenIds).toEqual(draw.tokenIds);
    expect(Array.from(newRouter.router.data)).not.toEqual(Array.from(draw.router.data));
    const newTokens = drawRouting({ ...options, tokenSeed: 9 });
    expect(Array.from(newTokens.router.data)).toEqual(Array.from(draw.router.data));
  });
});

describe('summarizeRouting', () => {
  it('counts 3 tokens × 2 experts = 6 runs against 12 dense, an even load of 1.5, the busiest and the idle experts', () => {
    // Loads 3, 2, 1, 0: expert 0 is busiest, expert 3 idle.
    const summary = summarizeRouting({ load: [3, 2, 1, 0], chosen: [[0, 1], [0, 1], [0, 2]] });
    expect(summary).toEqual({ runs: 6, denseRuns: 12, evenLoad: 1.5, busiest: { expert: 0, load: 3 }, idle: 1 });
  });
});
