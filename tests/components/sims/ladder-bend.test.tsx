import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LadderBend from '../../../components/sims/ladder-bend/LadderBend';

afterEach(cleanup);

const XS = [1, 2, 3, 4];
const YS = [0, 1, 1, 0];
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const mse = (w: number, b: number) => XS.reduce((s, x, i) => s + (sig(w * x + b) - YS[i]) ** 2, 0) / 4;
/** The lesson's train_bend_step at lr 1.5, written out longhand. */
function descend(w: number, b: number, steps: number): [number, number] {
  for (let s = 0; s < steps; s++) {
    let dw = 0;
    let db = 0;
    XS.forEach((x, i) => {
      const yh = sig(w * x + b);
      const f = (2 / 4) * (yh - YS[i]) * yh * (1 - yh);
      dw += f * x;
      db += f;
    });
    w -= 1.5 * dw;
    b -= 1.5 * db;
  }
  return [w, b];
}
const loss = () => screen.getByTestId('bend-loss').textContent;

describe('LadderBend', () => {
  it('starts at z = 1.00·x − 2.50 with the MSE of σ(z) against the four points', () => {
    render(<LadderBend />);
    expect(screen.getByTestId('bend-formula')).toHaveTextContent('z = 1.00·x − 2.50, ŷ = σ(z)');
    expect(loss()).toBe(mse(1, -2.5).toFixed(4));
    // At x = 2, z = −0.5 and σ′ = σ(−0.5)(1 − σ(−0.5)).
    const row = within(screen.getByTestId('bend-points')).getByRole('rowheader', { name: '2' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[1]).toBe('−0.50');
    expect(cells[4]).toBe((sig(-0.5) * (1 - sig(-0.5))).toFixed(4));
  });

  it('steps and trains at lr 1.5 as the lesson’s Python does, and the loss stays above 0.25', async () => {
    const user = userEvent.setup();
    render(<LadderBend />);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(loss()).toBe(mse(...descend(1, -2.5, 1)).toFixed(4));
    await user.click(screen.getByRole('button', { name: /^Train/ }));
    const [w, b] = descend(1, -2.5, 501);
    expect(loss()).toBe(mse(w, b).toFixed(4));
    expect(Number(loss())).toBeGreaterThan(0.25);
    expect(screen.getByTestId('train-status')).toHaveTextContent('Steps taken: 501');
  });

  it('recomputes when a slider moves: w = 0, b = 0 outputs 0.5 everywhere, MSE 0.25', () => {
    render(<LadderBend />);
    fireEvent.change(screen.getByRole('slider', { name: 'w' }), { target: { value: '0' } });
    fireEvent.change(screen.getByRole('slider', { name: 'b' }), { target: { value: '0' } });
    expect(loss()).toBe('0.2500');
  });

  it('tabulates σ and σ′ at 0, ±2, ±5, ±10 with σ′(0) = 0.25 the largest', () => {
    render(<LadderBend />);
    const table = within(screen.getByTestId('sigma-table'));
    const cells = (z: string) => within(table.getByRole('rowheader', { name: z }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells('0')).toEqual(['0.50000', '0.2500 (largest)']);
    expect(cells('2')).toEqual([sig(2).toFixed(5), (sig(2) * sig(-2)).toFixed(4)]);
    expect(cells('2')).toEqual(['0.88080', '0.1050']);
    expect(cells('−2')).toEqual(['0.11920', '0.1050']);
    // σ′(5) = e⁻⁵/(1 + e⁻⁵)² ≈ 0.0066, as the lesson quotes.
    expect(cells('5')[1]).toBe('0.0066');
    // σ′(10) = e⁻¹⁰/(1 + e⁻¹⁰)² ≈ 4.54 × 10⁻⁵.
    expect(cells('10')).toEqual(['0.99995', '4.54 × 10⁻⁵']);
  });

  it('shows 0.25¹⁰ ≈ 9.54 × 10⁻⁷ for 10 layers and follows the Layers slider', () => {
    render(<LadderBend />);
    expect(screen.getByTestId('depth-bound')).toHaveTextContent(`= ${(0.25 ** 10).toExponential(2).replace('e-7', '')} × 10⁻⁷`);
    fireEvent.change(screen.getByRole('slider', { name: 'Layers' }), { target: { value: '3' } });
    // 0.25³ = 1/64 = 0.015625.
    expect(screen.getByTestId('depth-bound')).toHaveTextContent('= 1.56 × 10⁻²');
  });
});
