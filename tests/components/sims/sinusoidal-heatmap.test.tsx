import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import SinusoidalHeatmap from '../../../components/sims/sinusoidal-heatmap/SinusoidalHeatmap';

afterEach(cleanup);

const four = (x: number) => x.toFixed(4).replace('-', '−');
/** PE(pos) for d dimensions, written from the formula: sin and cos of pos / 10000^(2i/d). */
const pe = (pos: number, d: number) =>
  Array.from({ length: d }, (_, col) => {
    const angle = pos / 10000 ** ((2 * Math.floor(col / 2)) / d);
    return col % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
  });
/** How many cells of a d-dimensional table are visibly shaded (|value| at least half a shade of 1/20), from the formula. */
const shadedCells = (d: number) =>
  Array.from({ length: 32 }, (_, pos) => pe(pos, d)).flat().filter((v) => Math.round(Math.abs(v) * 20) > 0).length;
/** The cells drawn: each is one "M…z" rectangle inside the heatmap's shade paths. */
const drawnCells = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('path.sh-pos, path.sh-neg')).reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
const column = (name: string) =>
  Array.from(screen.getByRole('table').querySelectorAll(`[data-column="${name}"]`)).map((c) => c.textContent);

describe('SinusoidalHeatmap', () => {
  it('draws 32 positions by 32 dimensions, the first pair repeating every 2π ≈ 6.28 positions', () => {
    const { container } = render(<SinusoidalHeatmap />);
    expect(screen.getByRole('slider', { name: 'Dimensions d' })).toHaveValue('32');
    expect(drawnCells(container)).toBe(shadedCells(32));
    // Position 0 is (0, 1, 0, 1, …): 16 cells of full accent and 16 blank ones in its row alone.
    expect(shadedCells(32)).toBeGreaterThan(32 * 32 * 0.8);
    // Cells are 10 wide at d = 32, starting at x = 34, rows 10 high from y = 18. PE(0, 1) = cos 0 = 1: full accent.
    const full = container.querySelector('path.sh-pos[fill-opacity="1"]')?.getAttribute('d') ?? '';
    expect(full).toContain('M44.00 18h');
    // PE(1, 0) = sin 1 ≈ 0.84, which is shade 17 of 20.
    const shade = container.querySelector(`path.sh-pos[fill-opacity="${Math.round(Math.sin(1) * 20) / 20}"]`)?.getAttribute('d') ?? '';
    expect(shade).toContain('M34.00 28h');
    // The last pair (i = 15) turns at 1/10000^(30/32) per position: one turn takes 2π·10000^(30/32) positions.
    const slowest = (2 * Math.PI * 10000 ** (30 / 32)).toFixed(0);
    expect(screen.getByTestId('wavelengths')).toHaveTextContent(`Columns 0 and 1 repeat every 6.28 positions (2π); columns 30 and 31 every ${slowest}`);
  });

  it('redraws with 8 dimensions when the slider moves, and says so in the picture’s text alternative', () => {
    const { container } = render(<SinusoidalHeatmap />);
    fireEvent.change(screen.getByRole('slider', { name: 'Dimensions d' }), { target: { value: '8' } });
    expect(drawnCells(container)).toBe(shadedCells(8));
    const picture = screen.getByRole('img', { name: /32 positions down, 8 dimensions across/ });
    // With d = 8 the last pair turns at 1/10000^(6/8) = 1/1000 per position: a full turn takes 2000π positions.
    expect(picture).toHaveAccessibleName(expect.stringContaining(`repeats every ${(2000 * Math.PI).toFixed(0)} positions`));
    expect(picture).toHaveAccessibleName(expect.stringContaining(`position 1 starts ${[Math.sin(1), Math.cos(1), Math.sin(0.1), Math.cos(0.1)].map((x) => x.toFixed(2)).join(', ')}`));
  });

  it('shows PE(3 + 2) and PE(3)·M₂ with the same numbers, worked from the sine formula', () => {
    render(<SinusoidalHeatmap />);
    const expected = pe(5, 32).slice(0, 4).map(four);
    expect(column('there')).toEqual(expected);
    expect(column('moved')).toEqual(expected);
    expect(column('here')).toEqual(pe(3, 32).slice(0, 4).map(four));
    expect(screen.getByTestId('offset-gap')).toHaveTextContent('0 (to 12 decimals)');
  });

  it('follows the position and offset sliders: PE(10 + 7) at 64 dimensions', () => {
    render(<SinusoidalHeatmap />);
    fireEvent.change(screen.getByRole('slider', { name: 'Dimensions d' }), { target: { value: '64' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Position pos' }), { target: { value: '10' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Offset k' }), { target: { value: '7' } });
    const expected = pe(17, 64).slice(0, 4).map(four);
    expect(column('there')).toEqual(expected);
    expect(column('moved')).toEqual(expected);
    expect(screen.getByText(/^Largest difference between/)).toHaveTextContent('over all 64 dimensions: 0 (to 12 decimals). M7 turns the first pair by 7 radians');
  });
});
