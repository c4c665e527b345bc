import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import CausalMask from '../../../components/sims/causal-mask/CausalMask';
import LazyCausalMask from '../../../components/sims/causal-mask';

afterEach(cleanup);

const e = Math.exp;
// Scores are q·k / √2 for the two-number vectors; a "noun" query (2, 0) against a "noun" key (2, 0) scores 4 / √2.
const s = 4 / Math.SQRT2;

function cell(id: string): string {
  return document.querySelector(`[data-cell="${id}"]`)?.textContent ?? '';
}

describe('CausalMask', () => {
  it('opens without a mask: "The" looks ahead, giving e^s / (2e^s + 4) to each of "cat" and "mat" and 97.4% to later tokens', () => {
    render(<CausalMask />);
    expect(screen.getByRole('radio', { name: 'No mask (full attention)' })).toBeChecked();
    const toEach = e(s) / (2 * e(s) + 4);
    expect(cell('0-1')).toBe(toEach.toFixed(3));
    expect(cell('0-5')).toBe(toEach.toFixed(3));
    expect(cell('0-0')).toBe((1 / (2 * e(s) + 4)).toFixed(3));
    // Everything but itself lies ahead: cat and mat, plus sat, on, the with score 0 (e⁰ = 1 each).
    const later = (2 * e(s) + 3) / (2 * e(s) + 4);
    expect(cell('0-later')).toBe(later.toFixed(3));
    expect(cell('0-later')).toBe('0.974');
    expect(screen.getByRole('status')).toHaveTextContent(`gives ${(100 * later).toFixed(1)}% of its attention to the future`);
  });

  it('with the causal mask, sets every weight above the diagonal to exactly 0 and keeps each row summing to 1', async () => {
    const user = userEvent.setup();
    render(<CausalMask />);
    await user.click(screen.getByRole('radio', { name: 'Causal mask' }));
    for (let i = 0; i < 6; i++) {
      for (let j = i + 1; j < 6; j++) expect(cell(`${i}-${j}`)).toBe('0');
      expect(cell(`${i}-sum`)).toBe('1.000');
      expect(cell(`${i}-later`)).toBe('0');
    }
    // "The" sees only itself; "cat" (a verb query) scores 0 with both "The" and itself: 0.5 each.
    expect(cell('0-0')).toBe('1.000');
    expect(cell('1-0')).toBe('0.500');
    expect(cell('1-1')).toBe('0.500');
    // "sat" looks for a noun among The, cat, sat: e^s / (e^s + 2) goes to "cat".
    expect(cell('2-1')).toBe((e(s) / (e(s) + 2)).toFixed(3));
    expect(screen.getByRole('status')).toHaveTextContent('15 of 36 scores are set to −∞');
  });

  it('shows the masked scores as −∞ before softmax, and the visible ones as q·k / √2', async () => {
    const user = userEvent.setup();
    render(<CausalMask />);
    await user.click(screen.getByRole('radio', { name: 'Scores before softmax' }));
    expect(cell('0-1')).toBe(s.toFixed(2)); // no mask yet: The → cat is visible, 2.83
    await user.click(screen.getByRole('radio', { name: 'Causal mask' }));
    expect(cell('0-1')).toBe('−∞');
    expect(cell('5-2')).toBe(s.toFixed(2)); // "mat" looks for a verb and finds "sat"
    expect(cell('3-1')).toBe((2 / Math.SQRT2).toFixed(2)); // "on" = (1, 0) against "cat" = (2, 0)
    expect(document.querySelectorAll('td.cmask-masked')).toHaveLength(15);
  });

  it('is driven from the keyboard: arrow keys move between the radio choices', async () => {
    const user = userEvent.setup();
    render(<CausalMask />);
    screen.getByRole('radio', { name: 'No mask (full attention)' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Causal mask' })).toBeChecked();
    expect(cell('0-0')).toBe('1.000');
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<LazyCausalMask />);
    expect(await screen.findByRole('radio', { name: 'Causal mask' })).toBeInTheDocument();
  });
});

describe('chapter 6 prose and the simulation', () => {
  const lesson = readFileSync(path.resolve(process.cwd(), 'content/chapters/06-the-decoder-block.mdx'), 'utf8');

  it('quotes the share of attention "The" gives to the future as the simulation shows it', () => {
    render(<CausalMask />);
    const shown = /gives ([\d.]+)% of its attention to the future/.exec(screen.getByRole('status').textContent ?? '')?.[1];
    expect(shown).toBe('97.4');
    expect(lesson).toContain(`It gives ${shown}% of its attention to the future`);
  });

  it('counts the visible cells of a 6-token mask as n(n + 1)/2 = 21 of 36, as the simulation masks 15', async () => {
    const user = userEvent.setup();
    render(<CausalMask />);
    await user.click(screen.getByRole('radio', { name: 'Causal mask' }));
    await user.click(screen.getByRole('radio', { name: 'Scores before softmax' }));
    expect(36 - document.querySelectorAll('td.cmask-masked').length).toBe((6 * 7) / 2);
    expect(lesson).toContain('for 6 tokens, 21 of 36');
  });
});
