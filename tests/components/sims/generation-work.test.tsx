import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import GenerationWork from '../../../components/sims/generation-work/GenerationWork';
import LazyGenerationWork from '../../../components/sims/generation-work';

afterEach(cleanup);

// GPT-2 small, counted by hand: token k costs L(24C² + 4Ck) + 2CV with the cache, and L(24kC² + 2Ck(k + 1)) + 2kCV
// when all k positions are run again.
const C = 768;
const L = 12;
const V = 50257;
function totals(n: number) {
  let withCache = 0;
  let without = 0;
  for (let k = 1; k <= n; k++) {
    withCache += L * (24 * C * C + 4 * C * k) + 2 * C * V;
    without += L * (24 * k * C * C + 2 * C * k * (k + 1)) + 2 * k * C * V;
  }
  return { withCache, without };
}
const sci = (v: number) => {
  const [m, e] = v.toExponential(2).split('e');
  return `${m} × 10${[...String(Number(e))].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('')}`;
};

describe('GenerationWork', () => {
  it('opens at 256 tokens and shows both totals and their ratio', () => {
    render(<GenerationWork />);
    const { withCache, without } = totals(256);
    const status = screen.getByText(/^Generating 256 tokens/);
    expect(status).toHaveTextContent(`${sci(withCache)} FLOPs with the KV cache, ${sci(without)} without it`);
    expect(status).toHaveTextContent(`${(without / withCache).toFixed(0)}× as much`);
    // about 256 × (12 · 24 · 768² + 2 · 768 · 50,257) ≈ 6.3 × 10¹⁰, plus the attention over the cache
    expect(sci(withCache)).toBe('6.45 × 10¹⁰');
  });

  it('lists the totals at a quarter, half, three quarters and all of the length', () => {
    render(<GenerationWork />);
    const ns = Array.from(document.querySelectorAll('.gwork-table tbody th')).map((th) => Number(th.textContent));
    expect(ns).toEqual([64, 128, 192, 256]);
    const shown = Array.from(document.querySelectorAll('[data-column="without"]')).map((td) => td.textContent);
    expect(shown).toEqual(ns.map((n) => sci(totals(n).without)));
  });

  it('doubling the length about doubles the work with the cache and about quadruples it without', () => {
    render(<GenerationWork />);
    const slider = screen.getByRole('slider', { name: 'Tokens generated' });
    fireEvent.change(slider, { target: { value: '512' } });
    expect(slider).toHaveAttribute('aria-valuetext', '512 tokens');
    const before = totals(256);
    const after = totals(512);
    expect(after.withCache / before.withCache).toBeGreaterThan(2);
    expect(after.withCache / before.withCache).toBeLessThan(2.05);
    expect(after.without / before.without).toBeGreaterThan(3.9);
    expect(screen.getByText(/^Generating 512 tokens/)).toHaveTextContent(`${sci(after.withCache)} FLOPs with the KV cache, ${sci(after.without)} without it`);
    const ratios = Array.from(document.querySelectorAll('[data-column="ratio"]')).map((td) => td.textContent);
    expect(ratios[3]).toBe(`${(after.without / after.withCache).toFixed(1)}×`);
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<LazyGenerationWork />);
    expect(await screen.findByRole('slider', { name: 'Tokens generated' })).toHaveValue('256');
  });
});
