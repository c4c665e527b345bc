import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AttentionWeights from '../../../components/sims/attention-weights/AttentionWeights';
import { KEYS, VALUES } from '../../../components/sims/attention-weights/tokens';

afterEach(cleanup);

/** Softmax of q · k / √2 over the four keys, worked out with plain arithmetic. */
function expectedWeights(q: [number, number]): number[] {
  const e = KEYS.map(([kx, ky]) => Math.exp((q[0] * kx + q[1] * ky) / Math.SQRT2));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

function cell(token: string, column: string): string {
  const row = within(screen.getByRole('table')).getByRole('rowheader', { name: token }).closest('tr');
  return row?.querySelector(`[data-column="${column}"]`)?.textContent ?? '';
}

const tokens = ['the', 'cat', 'sat', 'down'];

describe('AttentionWeights', () => {
  it('opens on "sat" with q = (1.0, 0.5): scores −0.75, 1.75, 1.25, 0 and their softmax after ÷√2', () => {
    render(<AttentionWeights />);
    expect(screen.getByRole('radio', { name: 'sat' })).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Qx' })).toHaveValue('1');
    expect(screen.getByRole('slider', { name: 'Qy' })).toHaveValue('0.5');
    // (1, 0.5)·(−1, 0.5) = −0.75; ·(1.5, 0.5) = 1.75; ·(0.5, 1.5) = 1.25; ·(−0.5, 1) = 0.
    expect(tokens.map((t) => cell(t, 'score'))).toEqual(['−0.75', '1.75', '1.25', '0.00']);
    expect(cell('cat', 'scaled')).toBe((1.75 / Math.SQRT2).toFixed(3)); // 1.237
    const w = expectedWeights([1, 0.5]);
    expect(tokens.map((t) => cell(t, 'weight'))).toEqual(w.map((v) => v.toFixed(3)));
    expect(cell('cat', 'weight')).toBe('0.462');
    expect(screen.getByRole('table').querySelector('[data-column="weight-sum"]')?.textContent).toBe('1.000');
  });

  it('recomputes the weights as the Qx slider moves, keeping their sum at 1', () => {
    render(<AttentionWeights />);
    fireEvent.change(screen.getByRole('slider', { name: 'Qx' }), { target: { value: '-2' } });
    const w = expectedWeights([-2, 0.5]);
    // q = (−2, 0.5) now points at "the": (−2)(−1) + 0.5·0.5 = 2.25.
    expect(cell('the', 'score')).toBe('2.25');
    expect(tokens.map((t) => cell(t, 'weight'))).toEqual(w.map((v) => v.toFixed(3)));
    expect(screen.getByText(/gives most weight to/)).toHaveTextContent(`“sat” gives most weight to the (${(w[0] * 100).toFixed(1)}%)`);
    expect(screen.getByText(/gives most weight to/)).toHaveTextContent('add up to 1.000');
  });

  it('offers native sliders from −3 to 3 in steps of 0.1 whose spoken value follows the query', () => {
    render(<AttentionWeights />);
    const qy = screen.getByRole('slider', { name: 'Qy' });
    // The browser steps a native range input by its step on arrow keys (checked in the end-to-end test).
    expect(qy).toHaveAttribute('step', '0.1');
    expect(qy).toHaveAttribute('min', '-3');
    expect(qy).toHaveAttribute('max', '3');
    fireEvent.change(qy, { target: { value: '0.6' } });
    expect(qy).toHaveAttribute('aria-valuetext', '0.6');
    expect(cell('sat', 'score')).toBe((0.5 + 0.6 * 1.5).toFixed(2)); // 1.40
  });

  it('gives each token its own query: switching tokens loads that token’s vector into the sliders', async () => {
    const user = userEvent.setup();
    render(<AttentionWeights />);
    fireEvent.change(screen.getByRole('slider', { name: 'Qx' }), { target: { value: '3' } });
    await user.click(screen.getByRole('radio', { name: 'cat' }));
    expect(screen.getByRole('slider', { name: 'Qx' })).toHaveValue('0');
    expect(screen.getByRole('slider', { name: 'Qy' })).toHaveValue('1');
    expect(tokens.map((t) => cell(t, 'weight'))).toEqual(expectedWeights([0, 1]).map((v) => v.toFixed(3)));
    await user.click(screen.getByRole('radio', { name: 'sat' }));
    expect(screen.getByRole('slider', { name: 'Qx' })).toHaveValue('3'); // the moved query was kept
  });

  it('mixes the values with the weights: output = Σ w·v', () => {
    render(<AttentionWeights />);
    const w = expectedWeights([1, 0.5]);
    const out = [0, 1].map((c) => w.reduce((sum, wj, j) => sum + wj * VALUES[j][c], 0));
    expect(screen.getByRole('table').querySelector('[data-column="output"]')?.textContent).toBe(
      `(${out[0].toFixed(3)}, ${out[1].toFixed(3)})`,
    );
  });

  it('moves the query to where the plot is dragged, snapped to 0.1', () => {
    render(<AttentionWeights />);
    const plot = screen.getByRole('img', { name: /Plot of the query of “sat”/ });
    // A 300 × 300 plot at the page origin: its centre (150, 150) is q = (0, 0); one unit is 300 / 6.8 pixels.
    plot.getBoundingClientRect = () => ({ left: 0, top: 0, width: 300, height: 300, right: 300, bottom: 300, x: 0, y: 0, toJSON: () => ({}) });
    const unit = 300 / 6.8;
    fireEvent.pointerDown(plot, { clientX: 150 + 2 * unit, clientY: 150 - 1.04 * unit, pointerId: 1 });
    expect(screen.getByRole('slider', { name: 'Qx' })).toHaveValue('2');
    expect(screen.getByRole('slider', { name: 'Qy' })).toHaveValue('1');
    fireEvent.pointerMove(plot, { clientX: 150 - 0.5 * unit, clientY: 150 + 3.5 * unit, pointerId: 1 });
    expect(screen.getByRole('slider', { name: 'Qx' })).toHaveValue('-0.5');
    expect(screen.getByRole('slider', { name: 'Qy' })).toHaveValue('-3'); // kept inside the sliders' range
    fireEvent.pointerUp(plot, { pointerId: 1 });
    fireEvent.pointerMove(plot, { clientX: 150, clientY: 150, pointerId: 1 });
    expect(screen.getByRole('slider', { name: 'Qx' })).toHaveValue('-0.5'); // no longer dragging
    expect(plot).toHaveAccessibleName(/query of “sat” at \(−0\.5, −3\.0\)/);
  });

  it('describes the plot in words with each key and its weight', () => {
    render(<AttentionWeights />);
    const w = expectedWeights([1, 0.5]);
    expect(screen.getByRole('img')).toHaveAccessibleName(new RegExp(`cat at \\(1\\.5, 0\\.5\\), weight ${w[1].toFixed(3)}`));
  });
});
