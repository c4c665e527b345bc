import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DotProductArrows from '../../../components/sims/dot-product-arrows/DotProductArrows';

afterEach(cleanup);

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;

describe('DotProductArrows', () => {
  it('starts with a = (2, 1), b = (1, 2): dot 2×1 + 1×2 = 4, cosine 4/5 = 0.8, angle acos 0.8 ≈ 36.9°', () => {
    render(<DotProductArrows />);
    expect(stat('dot')).toBe('4');
    expect(stat('cosine')).toBe('0.800');
    expect(stat('angle')).toBe(`${((Math.acos(0.8) * 180) / Math.PI).toFixed(1)}°`);
    expect(screen.getByRole('img')).toHaveAccessibleName(/a · b = 2×1 \+ 1×2 = 4/);
  });

  it('gives 0 and 90° for the perpendicular button, and −5 and 180° for the opposite button', async () => {
    const user = userEvent.setup();
    render(<DotProductArrows />);
    await user.click(screen.getByRole('button', { name: 'Perpendicular' }));
    // b becomes (−1, 2): 2×(−1) + 1×2 = 0.
    expect(stat('dot')).toBe('0');
    expect(stat('angle')).toBe('90.0°');
    expect(stat('relation')).toBe('perpendicular');
    await user.click(screen.getByRole('button', { name: 'Opposite' }));
    // b becomes (−2, −1): −4 − 1 = −5, the negative of |a|² = 5.
    expect(stat('dot')).toBe('−5');
    expect(stat('angle')).toBe('180.0°');
    expect(stat('relation')).toBe('opposite');
    await user.click(screen.getByRole('button', { name: 'Same direction' }));
    expect(stat('dot')).toBe('5');
    expect(stat('cosine')).toBe('1.000');
  });

  it('updates the numbers live as the "b, x" slider moves', () => {
    render(<DotProductArrows />);
    const slider = screen.getByRole('slider', { name: 'b, x' });
    fireEvent.change(slider, { target: { value: '1.1' } });
    // (2, 1) · (1.1, 2) = 2.2 + 2 = 4.2
    expect(stat('dot')).toBe('4.2');
    expect(slider).toHaveAttribute('aria-valuetext', '1.1');
    fireEvent.change(slider, { target: { value: '-3' } });
    expect(stat('dot')).toBe('−4'); // (2, 1) · (−3, 2) = −6 + 2
  });

  it('says the angle is undefined rather than showing NaN when an arrow has zero length', () => {
    render(<DotProductArrows />);
    fireEvent.change(screen.getByRole('slider', { name: 'a, x' }), { target: { value: '0' } });
    fireEvent.change(screen.getByRole('slider', { name: 'a, y' }), { target: { value: '0' } });
    expect(stat('dot')).toBe('0');
    expect(stat('angle')).toMatch(/undefined/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });
});
