import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import HeadPatterns from '../../../components/sims/head-patterns/HeadPatterns';

afterEach(cleanup);

// A matching query and key score 8 after scaling (MATCH_SCORE); every other visible key scores 0.
const e8 = Math.exp(8);
const grid = (i: number, j: number) => document.querySelector(`[data-cell="${i}-${j}"]`)?.textContent;

function listCell(row: number, column: string): string {
  const table = screen.getByRole('table', { name: /What each token attends to/ });
  return within(table).getAllByRole('row')[row + 1].querySelector(`[data-column="${column}"]`)?.textContent ?? '';
}

describe('HeadPatterns', () => {
  it('opens on head 1, previous token: "on" (3) puts e⁸/(e⁸ + 3) on "sat" (2)', () => {
    render(<HeadPatterns />);
    expect(screen.getByRole('radio', { name: '1: Previous token' })).toBeChecked();
    expect(grid(3, 2)).toBe((e8 / (e8 + 3)).toFixed(2)); // 1.00
    expect(grid(3, 0)).toBe((1 / (e8 + 3)).toFixed(2)); // 0.00
    expect(grid(3, 4)).toBe(''); // the future is masked
    expect(listCell(3, 'strongest')).toBe('2 sat');
    expect(listCell(3, 'strongest-weight')).toBe((e8 / (e8 + 3)).toFixed(3)); // 0.999
    expect(listCell(0, 'strongest')).toBe('0 The'); // nothing before the first token but itself
    expect(listCell(0, 'strongest-weight')).toBe('1.000');
  });

  it('same-word head: the third "the" (7) shares its weight among the three "the"s, e⁸/(3e⁸ + 5) each', async () => {
    const user = userEvent.setup();
    render(<HeadPatterns />);
    await user.click(screen.getByRole('radio', { name: '2: Same word' }));
    const share = e8 / (3 * e8 + 5);
    expect([grid(7, 0), grid(7, 4), grid(7, 7)]).toEqual(Array(3).fill(share.toFixed(2))); // 0.33
    expect(listCell(7, 'strongest')).toBe('0 The'); // a three-way tie goes to the earliest
    // Its output gathers the word "the" from all three places: 3 × share ≈ 1.00.
    expect(listCell(7, 'gathered')).toBe(`the (${(3 * share).toFixed(2)})`);
    expect(listCell(8, 'strongest-weight')).toBe((e8 / (2 * e8 + 7)).toFixed(3)); // second "cat": cat (1) and itself
  });

  it('first-token head: token i puts e⁸/(e⁸ + i) on token 0', async () => {
    const user = userEvent.setup();
    render(<HeadPatterns />);
    await user.click(screen.getByRole('radio', { name: '3: First token' }));
    for (let i = 0; i < 10; i++) {
      expect(listCell(i, 'strongest')).toBe('0 The');
      expect(listCell(i, 'strongest-weight')).toBe((e8 / (e8 + i)).toFixed(3));
    }
  });

  it('content head: "slept" (9) splits between the two cats; "on", asking nothing, spreads 1/4 each', async () => {
    const user = userEvent.setup();
    render(<HeadPatterns />);
    await user.click(screen.getByRole('radio', { name: '4: Who did it' }));
    expect(grid(9, 1)).toBe((e8 / (2 * e8 + 8)).toFixed(2)); // 0.50
    expect(grid(9, 8)).toBe((e8 / (2 * e8 + 8)).toFixed(2));
    expect(listCell(9, 'gathered')).toBe(`cat (${((2 * e8) / (2 * e8 + 8)).toFixed(2)})`);
    expect([0, 1, 2, 3].map((j) => grid(3, j))).toEqual(Array(4).fill('0.25'));
    expect(listCell(2, 'strongest')).toBe('1 cat');
    expect(listCell(2, 'strongest-weight')).toBe((e8 / (e8 + 2)).toFixed(3));
  });

  it('states the shapes: x is 10 × 64, each head 10 × 16, four heads concatenated back to 64 columns', () => {
    render(<HeadPatterns />);
    expect(screen.getByText(/this head’s Q, K, V/)).toHaveTextContent(
      'x: 10 × 64 → this head’s Q, K, V: 10 × 16 → weights: 10 × 10 → output: 10 × 16; 4 heads × 16 = 64 columns',
    );
  });

  it('moves between heads with the arrow keys, as a radio group', async () => {
    const user = userEvent.setup();
    render(<HeadPatterns />);
    screen.getByRole('radio', { name: '1: Previous token' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '2: Same word' })).toBeChecked();
    expect(screen.getByText(/Head 2, same word\./)).toBeInTheDocument();
  });
});
