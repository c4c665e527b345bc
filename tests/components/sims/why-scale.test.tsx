import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import WhyScale from '../../../components/sims/why-scale/WhyScale';
import { SEED } from '../../../components/sims/why-scale/settings';
import { createRng } from '../../../engine/random';

afterEach(cleanup);

/** The query and 8 keys the page draws for d_k, redrawn here from the same seed; scores and weights by hand. */
function byHand(dims: number, scaled: boolean) {
  const rng = createRng(SEED);
  const draw = () => Array.from({ length: dims }, () => rng.gaussian());
  const q = draw();
  const keys = Array.from({ length: 8 }, draw);
  const scores = keys.map((k) => k.reduce((sum, kc, c) => sum + kc * q[c], 0) / (scaled ? Math.sqrt(dims) : 1));
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const z = e.reduce((a, b) => a + b, 0);
  return { scores, weights: e.map((v) => v / z) };
}

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;
const column = (name: string) =>
  Array.from(within(screen.getByRole('table')).getAllByRole('row').slice(1)).map(
    (row) => row.querySelector(`[data-column="${name}"]`)?.textContent,
  );
const slider = () => screen.getByRole('slider', { name: 'Key size d_k' });

describe('WhyScale', () => {
  it('opens at d_k = 4 without scaling, showing the raw scores and their softmax', () => {
    render(<WhyScale />);
    expect(slider()).toHaveAttribute('aria-valuetext', 'd_k = 4');
    expect(screen.getByRole('checkbox', { name: 'Divide the scores by √d_k' })).not.toBeChecked();
    const { scores, weights } = byHand(4, false);
    expect(column('score')).toEqual(scores.map((s) => s.toFixed(2).replace('-', '−')));
    expect(column('weight')).toEqual(weights.map((w) => w.toFixed(3)));
    expect(stat('predicted')).toBe('2.00');
  });

  it('at d_k = 512 without scaling, one key takes almost all the weight and the gradient nearly vanishes', () => {
    render(<WhyScale />);
    fireEvent.change(slider(), { target: { value: '9' } });
    expect(slider()).toHaveAttribute('aria-valuetext', 'd_k = 512');
    const { weights } = byHand(512, false);
    const top = Math.max(...weights);
    expect(top).toBeGreaterThan(0.99);
    expect(stat('max-weight')).toBe(top.toFixed(3));
    expect(stat('max-gradient')).toBe(Math.max(...weights.map((w) => w * (1 - w))).toFixed(4));
    expect(stat('predicted')).toBe(Math.sqrt(512).toFixed(2)); // 22.63
    // The measured spread of q · k is close to √512 ≈ 22.6.
    expect(Math.abs(Number(stat('measured')) / Math.sqrt(512) - 1)).toBeLessThan(0.1);
    expect(screen.getByText(/Softmax has collapsed|The weight is shared/)).toHaveTextContent(`Softmax has collapsed: one key takes ${(top * 100).toFixed(1)}%`);
  });

  it('dividing by √d_k brings the scores back to a spread near 1 and shares the weight again', async () => {
    const user = userEvent.setup();
    render(<WhyScale />);
    fireEvent.change(slider(), { target: { value: '9' } });
    await user.click(screen.getByRole('checkbox', { name: 'Divide the scores by √d_k' }));
    const { scores, weights } = byHand(512, true);
    expect(column('score')).toEqual(scores.map((s) => s.toFixed(2).replace('-', '−')));
    expect(column('weight')).toEqual(weights.map((w) => w.toFixed(3)));
    expect(Math.max(...weights)).toBeLessThan(0.9);
    expect(screen.getByText(/Softmax has collapsed|The weight is shared/)).toHaveTextContent('The weight is shared');
    expect(Number(stat('average-max-weight'))).toBeLessThan(0.5);
  });

  it('shows the average largest weight rising with d_k when unscaled', () => {
    render(<WhyScale />);
    fireEvent.change(slider(), { target: { value: '0' } });
    const small = Number(stat('average-max-weight'));
    fireEvent.change(slider(), { target: { value: '9' } });
    const large = Number(stat('average-max-weight'));
    expect(small).toBeLessThan(0.4);
    expect(large).toBeGreaterThan(0.9);
  });

  it('describes the spread chart in words: measured spreads next to √d_k for every d_k', () => {
    render(<WhyScale />);
    const chart = screen.getByRole('img', { name: /Spread \(standard deviation\) of q · k/ });
    expect(chart).toHaveAccessibleName(/d_k 1: [\d.]+ \(√d_k 1\.0\)/);
    expect(chart).toHaveAccessibleName(/d_k 64: [\d.]+ \(√d_k 8\.0\)/);
    expect(chart).toHaveAccessibleName(/d_k 512: [\d.]+ \(√d_k 22\.6\)/);
  });
});
