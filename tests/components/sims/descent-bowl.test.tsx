import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DescentBowl from '../../../components/sims/descent-bowl/DescentBowl';

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;
const setRate = (value: string) =>
  fireEvent.change(screen.getByRole('slider', { name: 'Learning rate η' }), { target: { value } });

// The reader asked for reduced motion: the bowl offers "Run to the end" instead of an animation.
beforeEach(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DescentBowl', () => {
  it('shows the divergence threshold 1/max(0.3, 1.1) = 0.909 and the step factors 1 − 2aη, 1 − 2bη', () => {
    render(<DescentBowl />);
    expect(stat('threshold')).toBe((1 / 1.1).toFixed(3));
    // η = 0.3: 1 − 0.18 = 0.82 and 1 − 0.66 = 0.34
    expect(stat('factor-x')).toBe('0.820');
    expect(stat('factor-y')).toBe('0.340');
  });

  it('takes one step from (−3, 2) to (−2.46, 0.68) with η = 0.3, height 0.3·2.46² + 1.1·0.68²', async () => {
    const user = userEvent.setup();
    render(<DescentBowl />);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByText(/Ball at/)).toHaveTextContent('Ball at (−2.460, 0.680)');
    expect(stat('height')).toBe((0.3 * 2.46 ** 2 + 1.1 * 0.68 ** 2).toFixed(4));
  });

  it('settles just below the threshold (η = 0.90) and diverges just above it (η = 0.92), saying so', async () => {
    const user = userEvent.setup();
    render(<DescentBowl />);
    setRate('0.9');
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    expect(stat('status')).toMatch(/^Settled at the bottom after \d+ steps/);

    setRate('0.92');
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    // |1 − 2·1.1·0.92| = 1.024: y grows from 2 past the rim of 4 in 30 steps (2·1.024^30 > 4 > 2·1.024^29).
    expect(stat('status')).toBe('Diverged after 30 steps: the ball climbed out of the bowl. η = 0.92 is above the threshold 0.909.');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    expect(screen.getByRole('button', { name: 'Step' })).toHaveAttribute('aria-disabled', 'true');
    // The outcome, and only the outcome, is announced to screen readers.
    expect(document.querySelector('[role="status"][data-announce="outcome"]')).toHaveTextContent(/^Diverged after 30 steps/);
  });

  it('at the largest rate never shows a non-finite number, and Drop the ball starts again', async () => {
    const user = userEvent.setup();
    render(<DescentBowl />);
    setRate('1.2');
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    expect(stat('status')).toMatch(/^Diverged/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    await user.click(screen.getByRole('button', { name: 'Drop the ball' }));
    expect(stat('status')).toBe('Ready: press Play or Step.');
    expect(screen.getByRole('button', { name: 'Step' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('drops the ball where the bowl is clicked, without animating when motion is reduced', () => {
    render(<DescentBowl />);
    const picture = screen.getByRole('img');
    picture.getBoundingClientRect = () => ({ left: 0, top: 0, width: 400, height: 400 }) as DOMRect;
    // (300, 100) of a 400-pixel square spanning −4..4 is x = −4 + 6 = 2, y = 4 − 2 = 2.
    fireEvent.click(picture, { clientX: 300, clientY: 100 });
    expect(screen.getByText(/Ball at/)).toHaveTextContent('Ball at (2.000, 2.000)');
    expect(stat('status')).toBe('Ready: press Play or Step.');
    expect(document.querySelector('[role="status"][data-announce="outcome"]')?.textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });
});

describe('DescentBowl with motion allowed', () => {
  it('animates a run with Play until the ball settles, then stops with Play disabled', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query }));
    const user = userEvent.setup();
    render(<DescentBowl />);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-disabled', 'false');
    await waitFor(() => expect(stat('status')).toMatch(/^Settled at the bottom/), { timeout: 8000 });
    const play = screen.getByRole('button', { name: 'Play' });
    expect(play).toHaveAttribute('aria-disabled', 'true');
    // The button that started the run keeps the keyboard focus after the run ends.
    expect(play).toHaveFocus();
  }, 15_000);
});
