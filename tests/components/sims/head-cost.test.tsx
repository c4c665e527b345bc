import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import HeadCost from '../../../components/sims/head-cost/HeadCost';

afterEach(cleanup);

const cell = (name: string) => document.querySelector(`[data-cell="${name}"]`)?.textContent;
const num = (n: number) => n.toLocaleString('en');

describe('HeadCost', () => {
  it('opens on d = 512, h = 8, n = 128: 4 · 512² = 1,048,576 weights in every split configuration', () => {
    render(<HeadCost />);
    expect(screen.getByRole('radio', { name: '8' })).toBeChecked();
    expect(cell('single-params')).toBe('1,048,576');
    expect(cell('split-params')).toBe('1,048,576');
    expect(cell('unsplit-params')).toBe(num(8 * 1_048_576));
    expect(screen.getByText(/each head’s Q, K, V/)).toHaveTextContent('each head’s Q, K, V: 128 × 64');
  });

  it('counts the multiply-adds: 3·n·d² for Q, K, V, n²·d for scores and for mixing, n·d² for W_O', () => {
    render(<HeadCost />);
    const [n, d] = [128, 512];
    expect(cell('split-projection-macs')).toBe(num(3 * n * d * d)); // 100,663,296
    expect(cell('split-score-macs')).toBe(num(n * n * d)); // 8 heads × 128 × 128 × 64
    expect(cell('split-mix-macs')).toBe(num(n * n * d));
    expect(cell('split-output-macs')).toBe(num(n * d * d));
    expect(cell('split-macs')).toBe(num(4 * n * d * d + 2 * n * n * d)); // 150,994,944
    expect(cell('single-macs')).toBe(cell('split-macs'));
    expect(cell('split-exponentials')).toBe(num(8 * n * n));
    expect(cell('single-exponentials')).toBe(num(n * n));
  });

  it('keeps split heads at exactly one head’s cost as the head count changes', async () => {
    const user = userEvent.setup();
    render(<HeadCost />);
    await user.click(screen.getByRole('radio', { name: '16' }));
    expect(cell('split-macs')).toBe(cell('single-macs'));
    expect(cell('unsplit-macs')).toBe(num(16 * (4 * 128 * 512 * 512 + 2 * 128 * 128 * 512)));
    expect(screen.getByText(/heads of 32:/)).toHaveTextContent('16 heads of 32: 1× the weights and 1× the multiply-adds');
    expect(screen.getByText(/heads of 32:/)).toHaveTextContent('would cost 16× as much');
  });

  it('follows the sliders for d and n, and disables head counts that do not divide d', () => {
    render(<HeadCost />);
    fireEvent.change(screen.getByRole('slider', { name: 'Model width d' }), { target: { value: '4' } }); // 768
    fireEvent.change(screen.getByRole('slider', { name: 'Tokens n' }), { target: { value: '0' } }); // 16
    expect(screen.getByRole('slider', { name: 'Model width d' })).toHaveAttribute('aria-valuetext', 'd = 768');
    expect(cell('single-params')).toBe(num(4 * 768 * 768)); // 2,359,296
    expect(cell('split-score-macs')).toBe(num(16 * 16 * 768));
    expect(screen.getByRole('radio', { name: '12' })).toBeEnabled();
    fireEvent.change(screen.getByRole('slider', { name: 'Model width d' }), { target: { value: '3' } }); // 512
    expect(screen.getByRole('radio', { name: '12' })).toBeDisabled();
  });

  it('falls back to the largest head count that divides a new width', async () => {
    const user = userEvent.setup();
    render(<HeadCost />);
    fireEvent.change(screen.getByRole('slider', { name: 'Model width d' }), { target: { value: '4' } }); // 768
    await user.click(screen.getByRole('radio', { name: '12' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Model width d' }), { target: { value: '0' } }); // 64
    expect(screen.getByRole('radio', { name: '8' })).toBeChecked();
    expect(screen.getByText(/each head’s Q, K, V/)).toHaveTextContent('each head’s Q, K, V: 128 × 8');
  });
});
