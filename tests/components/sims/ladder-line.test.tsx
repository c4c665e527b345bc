import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LadderLine from '../../../components/sims/ladder-line/LadderLine';

afterEach(cleanup);

const XS = [1, 2, 3, 4];
const YS = [0, 1, 1, 0];
/** MSE written out longhand, with no engine code. */
const mse = (w: number, b: number) => XS.reduce((s, x, i) => s + (w * x + b - YS[i]) ** 2, 0) / 4;
/** Gradient descent at lr 0.05 written out longhand, as in the lesson's Python. */
function descend(w: number, b: number, steps: number): [number, number] {
  for (let s = 0; s < steps; s++) {
    let dw = 0;
    let db = 0;
    XS.forEach((x, i) => {
      const err = w * x + b - YS[i];
      dw += (2 / 4) * err * x;
      db += (2 / 4) * err;
    });
    w -= 0.05 * dw;
    b -= 0.05 * db;
  }
  return [w, b];
}
const loss = () => screen.getByTestId('line-loss').textContent;

describe('LadderLine', () => {
  it('starts at ŷ = 0.30·x − 0.10 with MSE 0.3850, the hand-worked (0.04 + 0.25 + 0.04 + 1.21) / 4', () => {
    render(<LadderLine />);
    expect(screen.getByTestId('line-formula')).toHaveTextContent('ŷ = 0.30·x − 0.10');
    expect(loss()).toBe(mse(0.3, -0.1).toFixed(4));
    expect(loss()).toBe('0.3850');
    const rows = within(screen.getByTestId('line-points')).getAllByRole('row');
    expect(within(rows[4]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '1.100', '1.100']);
  });

  it('recomputes the loss when a slider moves', () => {
    render(<LadderLine />);
    fireEvent.change(screen.getByRole('slider', { name: 'w' }), { target: { value: '0' } });
    fireEvent.change(screen.getByRole('slider', { name: 'b' }), { target: { value: '0.5' } });
    expect(screen.getByTestId('line-formula')).toHaveTextContent('ŷ = 0.00·x + 0.50');
    expect(loss()).toBe('0.2500');
    expect(screen.getByRole('slider', { name: 'b' })).toHaveAttribute('aria-valuetext', '0.500');
  });

  it('takes one gradient step at lr 0.05 on Step, and plateaus at MSE 0.2500 on Train', async () => {
    const user = userEvent.setup();
    render(<LadderLine />);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(loss()).toBe(mse(...descend(0.3, -0.1, 1)).toFixed(4));
    expect(loss()).toBe('0.3160');
    // w = 0.3 − 0.05 · 1.5 and b = −0.1 − 0.05 · 0.3, as worked by hand in the lesson.
    expect(screen.getByRole('slider', { name: 'w' })).toHaveAttribute('aria-valuetext', '0.225');
    expect(screen.getByRole('slider', { name: 'b' })).toHaveAttribute('aria-valuetext', '−0.115');
    await user.click(screen.getByRole('button', { name: /^Train/ }));
    expect(screen.getByTestId('train-status')).toHaveTextContent('Steps taken: 501');
    const [w, b] = descend(0.3, -0.1, 501);
    expect(loss()).toBe(mse(w, b).toFixed(4));
    expect(loss()).toBe('0.2500');
    expect(screen.getByTestId('line-formula')).toHaveTextContent('ŷ = 0.00·x + 0.50');
    expect(screen.getByTestId('closed-form-gap')).toHaveTextContent('at the closed form’s loss');
  });

  it('shows the closed form computed: XᵀX = [[30, 10], [10, 4]], w* = 0, b* = 0.5, MSE 0.25, and jumps there', async () => {
    const user = userEvent.setup();
    render(<LadderLine />);
    const table = within(screen.getByTestId('closed-form'));
    const value = (name: string) => table.getByRole('rowheader', { name }).nextElementSibling?.textContent;
    // Σx² = 30, Σx = 10, N = 4; Σxy = 2 + 3 = 5, Σy = 2; det = 120 − 100 = 20.
    expect(value('XᵀX')).toBe('[[30, 10], [10, 4]]');
    expect(value('(XᵀX)⁻¹')).toBe('[[0.20, −0.50], [−0.50, 1.50]]');
    expect(value('Xᵀy')).toBe('[5, 2]');
    expect(value('w*')).toBe('0.0000');
    expect(value('b*')).toBe('0.5000');
    expect(value('MSE')).toBe('0.2500');
    expect(screen.getByTestId('closed-form-gap')).toHaveTextContent(`${(0.385 - 0.25).toFixed(4)} above`);
    await user.click(screen.getByRole('button', { name: 'Jump to the closed form' }));
    expect(loss()).toBe('0.2500');
    expect(screen.getByRole('slider', { name: 'w' })).toHaveValue('0');
  });

  it('puts the starting line back on Reset', async () => {
    const user = userEvent.setup();
    render(<LadderLine />);
    await user.click(screen.getByRole('button', { name: /^Train/ }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(loss()).toBe('0.3850');
    expect(screen.getByTestId('train-status')).toHaveTextContent('Steps taken: 0');
  });
});
