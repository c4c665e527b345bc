import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import OrderBlind from '../../../components/sims/order-blind/OrderBlind';

afterEach(cleanup);

const e = Math.exp;
const VECTORS: Record<string, number[]> = { cat: [1, 0, 1, 0], sat: [0, 1, 1, 0], mat: [1, 0, 0, 1] };

/** Self-attention written out longhand, with no engine code: softmax(x·xᵀ/√4)·x, row by row. */
function longhandAttention(rows: number[][]): number[][] {
  return rows.map((q) => {
    const scores = rows.map((k) => q.reduce((sum, qi, i) => sum + qi * k[i], 0) / 2);
    const exps = scores.map((s) => e(s));
    const total = exps.reduce((a, b) => a + b, 0);
    return q.map((_, c) => rows.reduce((sum, v, j) => sum + (exps[j] / total) * v[c], 0));
  });
}
/** Sinusoidal position p for 4 dimensions: pairs turn at 1 and 1/100 radians per position. */
const position = (p: number) => [Math.sin(p), Math.cos(p), Math.sin(p / 100), Math.cos(p / 100)];
const text = (v: number[]) => `(${v.map((x) => x.toFixed(2).replace('-', '−')).join(', ')})`;

function outputCell(word: string): string {
  const row = within(screen.getByRole('table')).getByRole('rowheader', { name: word }).closest('tr');
  return row?.querySelector('[data-column="output"]')?.textContent ?? '';
}

describe('OrderBlind', () => {
  it('gives "cat" the output (e + √e, √e, e + √e, √e) / (e + 2√e) ≈ (0.73, 0.27, 0.73, 0.27) in "mat cat sat"', () => {
    render(<OrderBlind />);
    expect(screen.getByRole('radio', { name: '“mat cat sat”' })).toBeChecked();
    const z = e(1) + 2 * e(0.5);
    const expected = [(e(1) + e(0.5)) / z, e(0.5) / z, (e(1) + e(0.5)) / z, e(0.5) / z];
    expect(outputCell('cat')).toBe(text(expected));
    expect(outputCell('cat')).toBe('(0.73, 0.27, 0.73, 0.27)');
    const catRow = within(screen.getByRole('table')).getByRole('rowheader', { name: 'cat' }).closest('tr');
    expect(catRow?.querySelector('[data-column="input"]')).toHaveTextContent('(1, 0, 1, 0)');
  });

  it('shows a difference of 0.000 for "cat" between orders while there are no positions', async () => {
    const user = userEvent.setup();
    render(<OrderBlind />);
    expect(screen.getByTestId('cat-change')).toHaveTextContent('0.000');
    await user.click(screen.getByRole('radio', { name: '“sat mat cat”' }));
    expect(screen.getByTestId('cat-change')).toHaveTextContent('0.000');
    expect(screen.getByRole('status')).toHaveTextContent('attention cannot tell the orders apart');
    // Only the rows moved: the table now starts with "sat".
    const firstRow = within(screen.getByRole('table')).getAllByRole('row')[1];
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent('sat');
  });

  it('changes the output of "cat" once a position vector is added to each word', async () => {
    const user = userEvent.setup();
    render(<OrderBlind />);
    await user.click(screen.getByRole('checkbox', { name: /Add a position vector/ }));
    const withPositions = (order: string[]) => longhandAttention(order.map((w, p) => VECTORS[w].map((x, i) => x + position(p)[i])));
    const here = withPositions(['mat', 'cat', 'sat'])[1];
    const reference = withPositions(['cat', 'sat', 'mat'])[0];
    expect(outputCell('cat')).toBe(text(here));
    // "mat" now sits at place 0 and reads mat + PE(0) = (1, 0, 0, 1) + (0, 1, 0, 1).
    const matRow = within(screen.getByRole('table')).getByRole('rowheader', { name: 'mat' }).closest('tr');
    expect(matRow?.querySelector('[data-column="input"]')).toHaveTextContent('(1, 1, 0, 2)');
    const gap = Math.max(...here.map((x, i) => Math.abs(x - reference[i])));
    expect(screen.getByTestId('cat-change')).toHaveTextContent(gap.toFixed(3));
    expect(gap).toBeGreaterThan(0.01);
    expect(screen.getByRole('status')).toHaveTextContent('now the order changes what “cat” sees');
  });
});
