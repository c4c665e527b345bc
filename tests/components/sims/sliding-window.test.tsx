import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import SlidingWindow from '../../../components/sims/sliding-window/SlidingWindow';
import SlidingWindowLazy from '../../../components/sims/sliding-window';

afterEach(cleanup);

const windowSlider = () => screen.getByRole('slider', { name: /Window size/ });
const text = (id: string) => screen.getByTestId(id).textContent;

describe('SlidingWindow', () => {
  it('computes 1 + 2 + 3 + 9 × 4 = 42 of the 12·13/2 = 78 causal pairs with a window of 4', () => {
    render(<SlidingWindow />);
    expect(windowSlider()).toHaveValue('4');
    expect(text('window-pairs')).toBe('42');
    expect(text('causal-pairs')).toBe('78');
    expect(text('fraction')).toBe('54%');
    // The picture fills one cell per computed pair and outlines the causal pairs the window skips.
    expect(document.querySelectorAll('.swa-seen')).toHaveLength(42);
    expect(document.querySelectorAll('.swa-dropped')).toHaveLength(78 - 42);
  });

  it('keeps only the diagonal at a window of 1 and every causal pair at a window of 12', () => {
    render(<SlidingWindow />);
    fireEvent.change(windowSlider(), { target: { value: '1' } });
    expect(text('window-pairs')).toBe('12');
    expect(text('fraction')).toBe('15%'); // 12 / 78 = 0.154
    fireEvent.change(windowSlider(), { target: { value: '12' } });
    expect(text('window-pairs')).toBe('78');
    expect(screen.getByRole('img')).toHaveAccessibleName(/78 pairs computed out of 78/);
  });

  it('adds w − 1 positions of reach per layer: 2 layers of window 4 reach 6 back, 5 layers reach 15', () => {
    render(<SlidingWindow />);
    expect(text('reach')).toBe('6');
    fireEvent.change(screen.getByRole('slider', { name: 'Layers stacked' }), { target: { value: '5' } });
    expect(text('reach')).toBe('15');
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<SlidingWindowLazy />);
    expect(await screen.findByRole('slider', { name: /Window size/ })).toBeInTheDocument();
  });
});
