import { describe, expect, it } from 'vitest';
import { fromRows, identity } from '../../engine/matrix';
import { mixExperts, routeTokens, routeTopK } from '../../engine/moe';

describe('routeTopK', () => {
  // Token 0: logits ln 4, ln 2, 0, 0 → probabilities 4/8, 2/8, 1/8, 1/8.
  // Token 1: logits 0, 0, ln 3, ln 3 → probabilities 1/8, 1/8, 3/8, 3/8.
  const logits = fromRows([
    [Math.log(4), Math.log(2), 0, 0],
    [0, 0, Math.log(3), Math.log(3)],
  ]);
  const routing = routeTopK(logits, 2);

  it('picks the k most probable experts, most probable first, ties to the lower index', () => {
    expect(routing.chosen).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
  it('renormalises the chosen gates to sum to 1: ½ and ¼ become ⅔ and ⅓', () => {
    expect(routing.gates[0][0]).toBeCloseTo(2 / 3, 15);
    expect(routing.gates[0][1]).toBeCloseTo(1 / 3, 15);
    expect(routing.gates[1]).toEqual([0.5, 0.5]);
  });
  it('counts the load and its share per expert', () => {
    expect(routing.load).toEqual([1, 1, 1, 1]);
    expect(routing.loadShare).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it('averages the router probabilities per expert', () => {
    // Expert 0: (4/8 + 1/8)/2 = 0.3125; expert 1: (2/8 + 1/8)/2 = 0.1875; experts 2, 3: (1/8 + 3/8)/2 = 0.25.
    [0.3125, 0.1875, 0.25, 0.25].forEach((p, e) => expect(routing.meanProbability[e]).toBeCloseTo(p, 15));
  });
  it('gives a balance loss of 1 when every expert carries the same load', () => {
    // 4 · Σ ¼ · Pₑ = 4 · ¼ · 1 = 1.
    expect(routing.balanceLoss).toBeCloseTo(1, 15);
  });
  it('gives a balance loss near E when every token crowds onto one favoured expert', () => {
    // Both tokens go to expert 0 with probability p = e¹⁰/(e¹⁰ + 1): f = (1, 0), P = (p, 1 − p), loss = 2·p.
    const crowded = routeTopK(
      fromRows([
        [10, 0],
        [10, 0],
      ]),
      1,
    );
    expect(crowded.load).toEqual([2, 0]);
    const p = Math.exp(10) / (Math.exp(10) + 1);
    expect(crowded.balanceLoss).toBeCloseTo(2 * p, 14);
    expect(crowded.balanceLoss).toBeGreaterThan(1.999);
  });
  it('refuses a k of 0 or more than the number of experts', () => {
    expect(() => routeTopK(logits, 0)).toThrow(RangeError);
    expect(() => routeTopK(logits, 5)).toThrow('routeTopK: k must be a whole number from 1 to 4, got 5');
  });
});

describe('routeTokens and mixExperts', () => {
  it('scores tokens with the router matrix before routing', () => {
    // With W_router = I, a token's logits are the token itself: (0, 3) goes to expert 1.
    const routing = routeTokens(fromRows([[0, 3]]), identity(2), 1);
    expect(routing.chosen).toEqual([[1]]);
    expect(() => routeTokens(fromRows([[0, 3, 1]]), identity(2), 1)).toThrow(RangeError);
  });
  it('adds the chosen experts’ outputs weighted by their gates and runs no other expert', () => {
    // Gates ⅔ and ⅓ on experts returning 1 and 10: ⅔·1 + ⅓·10 = 4. Expert 2 is never chosen.
    const experts = [() => [1], () => [10], () => [1000]];
    const { output, calls } = mixExperts(fromRows([[0]]), { chosen: [[0, 1]], gates: [[2 / 3, 1 / 3]] }, experts);
    expect(output.data[0]).toBeCloseTo(4, 14);
    expect(calls).toBe(2);
  });
  it('refuses routing for a different number of tokens or an expert that does not exist', () => {
    expect(() => mixExperts(fromRows([[0], [1]]), { chosen: [[0]], gates: [[1]] }, [() => [1]])).toThrow(RangeError);
    expect(() => mixExperts(fromRows([[0]]), { chosen: [[3]], gates: [[1]] }, [() => [1]])).toThrow(/no expert 3/);
  });
});
