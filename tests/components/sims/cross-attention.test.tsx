import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import CrossAttention from '../../../components/sims/cross-attention/CrossAttention';
import LazyCrossAttention from '../../../components/sims/cross-attention';

afterEach(cleanup);

// A matching query and key (one feature of 2 each) score 2 × 2 / √4 = 2; every other pair scores 0.
const match = Math.exp(2) / (Math.exp(2) + 3);
const other = 1 / (Math.exp(2) + 3);

function cell(id: string): string {
  return document.querySelector(`[data-cell="${id}"]`)?.textContent ?? '';
}

describe('CrossAttention', () => {
  it('opens on "the", about to write "black": e² / (e² + 3) ≈ 0.711 of its attention goes to "noir"', () => {
    render(<CrossAttention />);
    expect(screen.getByRole('radio', { name: /^the → writes “black”/ })).toBeChecked();
    expect(cell('1-2')).toBe(match.toFixed(3));
    expect(cell('1-2')).toBe('0.711');
    expect(cell('1-0')).toBe(other.toFixed(3));
    expect(screen.getByRole('status')).toHaveTextContent('gives 71.1% of its attention to “noir”');
    // Read back: 2 × the weight of each word in that word's own feature.
    const read = [other, other, match, other].map((w) => (2 * w).toFixed(2)).join(', ');
    expect(screen.getByRole('status')).toHaveTextContent(`It reads back [${read}]`);
  });

  it('has a row per decoder token and a column per French word, every row summing to 1 with no masked cell', () => {
    render(<CrossAttention />);
    const rows = screen.getByRole('table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      const values = Array.from(row.querySelectorAll('td')).map((td) => Number(td.textContent));
      expect(values).toHaveLength(4);
      expect(values.every((v) => v > 0)).toBe(true);
      expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
      expect(cell(`${i}-${[0, 2, 1, 3][i]}`)).toBe('0.711');
    });
  });

  it('moves the query when another decoder position is picked, with the keyboard too', async () => {
    const user = userEvent.setup();
    render(<CrossAttention />);
    await user.click(screen.getByRole('radio', { name: /^black → writes “cat”/ }));
    expect(screen.getByRole('status')).toHaveTextContent('gives 71.1% of its attention to “chat”');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: /^cat → writes “sleeps”/ })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('to “dort”');
    expect(screen.getByRole('table').querySelector('[aria-current="true"] th')).toHaveTextContent('cat');
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<LazyCrossAttention />);
    expect(await screen.findByRole('radio', { name: /^⟨start⟩/ })).toBeInTheDocument();
  });
});
