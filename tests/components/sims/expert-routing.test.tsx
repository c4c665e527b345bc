import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ExpertRouting from '../../../components/sims/expert-routing/ExpertRouting';
import ExpertRoutingLazy from '../../../components/sims/expert-routing';
import { ROUTING, WORDS } from '../../../components/sims/expert-routing/routingSetup';
import { randomMatrix } from '../../../engine/matrix';
import { createRng } from '../../../engine/random';

afterEach(cleanup);

/**
 * Routing worked out again without the engine's router: the same seeded draws, then dot products, softmax with
 * Math.exp, the top two by sorting, gates p₁/(p₁ + p₂) and p₂/(p₁ + p₂), loads and 8·Σ f·P.
 */
function expectedRouting(tokenSeed: number, routerSeed: number) {
  const { tokens: T, channels: C, experts: E } = ROUTING;
  const table = randomMatrix(WORDS.length, C, createRng(ROUTING.embeddingSeed));
  const pick = createRng(tokenSeed);
  const ids = Array.from({ length: T }, () => pick.int(WORDS.length));
  const router = randomMatrix(C, E, createRng(routerSeed));
  const load = new Array(E).fill(0);
  const meanP = new Array(E).fill(0);
  const rows = ids.map((id) => {
    const logits = Array.from({ length: E }, (_, e) => {
      let s = 0;
      for (let c = 0; c < C; c++) s += table.data[id * C + c] * router.data[c * E + e];
      return s;
    });
    const exps = logits.map((l) => Math.exp(l));
    const z = exps.reduce((a, b) => a + b, 0);
    const p = exps.map((x) => x / z);
    p.forEach((x, e) => (meanP[e] += x / T));
    const [a, b] = p.map((x, e) => ({ x, e })).sort((u, v) => v.x - u.x);
    load[a.e] += 1;
    load[b.e] += 1;
    return { word: WORDS[id], first: a.e, second: b.e, g1: a.x / (a.x + b.x), g2: b.x / (a.x + b.x), top: a.x };
  });
  const balance = E * load.reduce((sum, n, e) => sum + (n / (T * 2)) * meanP[e], 0);
  return { rows, load, balance };
}

function rowCells(t: number) {
  const row = document.querySelector(`tr[data-token="${t}"]`);
  return {
    word: row?.querySelector('th')?.textContent,
    first: row?.querySelector('[data-column="expert-1"]')?.textContent,
    second: row?.querySelector('[data-column="expert-2"]')?.textContent,
    top: row?.querySelector('[data-column="top-probability"]')?.textContent,
  };
}

function expectShown(tokenSeed: number, routerSeed: number) {
  const { rows, load, balance } = expectedRouting(tokenSeed, routerSeed);
  rows.forEach((r, t) => {
    expect(rowCells(t)).toEqual({
      word: r.word,
      first: `E${r.first + 1} (${r.g1.toFixed(2)})`,
      second: `E${r.second + 1} (${r.g2.toFixed(2)})`,
      top: r.top.toFixed(2),
    });
  });
  expect(screen.getByRole('img', { name: /tokens per expert/ })).toHaveAccessibleName(
    `Bar chart of tokens per expert: ${load.map((n, e) => `expert ${e + 1}: ${n}`).join(', ')}. An even split would give each expert 2.`,
  );
  expect(screen.getByTestId('balance-loss')).toHaveTextContent(balance.toFixed(3));
  return { rows, load };
}

describe('ExpertRouting', () => {
  it('sends each of 8 tokens to its 2 most probable experts with renormalised gates, 16 expert runs in all', () => {
    render(<ExpertRouting />);
    const { rows } = expectShown(1, 1);
    rows.forEach((_, t) => {
      const { first, second } = rowCells(t);
      const gates = [first, second].map((text) => Number(text?.match(/\((.*)\)/)?.[1]));
      expect(gates[0] + gates[1]).toBeCloseTo(1, 1);
      expect(gates[0]).toBeGreaterThanOrEqual(gates[1]);
    });
    expect(screen.getByText(/Load-balancing loss/)).toHaveTextContent('8 tokens × 2 experts = 16 expert runs, instead of 64');
  });

  it('draws new tokens on "Route new tokens" and keeps the router', async () => {
    const user = userEvent.setup();
    render(<ExpertRouting />);
    await user.click(screen.getByRole('button', { name: 'Route new tokens' }));
    expectShown(2, 1);
  });

  it('draws a new router on "New router weights" and keeps the tokens', async () => {
    const user = userEvent.setup();
    render(<ExpertRouting />);
    const before = Array.from({ length: 8 }, (_, t) => rowCells(t).word);
    await user.click(screen.getByRole('button', { name: 'New router weights' }));
    await user.click(screen.getByRole('button', { name: 'New router weights' }));
    expectShown(1, 3);
    expect(Array.from({ length: 8 }, (_, t) => rowCells(t).word)).toEqual(before);
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<ExpertRoutingLazy />);
    expect(await screen.findByRole('button', { name: 'Route new tokens' })).toBeInTheDocument();
  });
});
