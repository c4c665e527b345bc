import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import DerivativeTangent from '../../../components/sims/derivative-tangent/DerivativeTangent';

afterEach(cleanup);

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;
const push = (eps: number) => document.querySelector(`[data-push="${eps}"]`)?.textContent;

describe('DerivativeTangent', () => {
  it('starts at x = 2 on f(x) = x³/3 − x: value 8/3 − 2 ≈ 0.667 and slope 2² − 1 = 3', () => {
    render(<DerivativeTangent />);
    expect(stat('value')).toBe('0.667');
    expect(stat('slope')).toBe('3.00');
  });

  it('measures slopes that approach 3 as the push shrinks: f′ + εx + ε²/3 for a forward push', () => {
    render(<DerivativeTangent />);
    // (f(x + ε) − f(x))/ε = x² − 1 + εx + ε²/3 for this cubic.
    expect(push(0.5)).toBe((3 + 0.5 * 2 + 0.25 / 3).toFixed(4));
    expect(push(0.1)).toBe((3 + 0.2 + 0.01 / 3).toFixed(4));
    expect(push(0.001)).toBe('3.0020');
  });

  it('shows a flat tangent at x = −1 when the slider moves there', () => {
    render(<DerivativeTangent />);
    fireEvent.change(screen.getByRole('slider', { name: 'Point x' }), { target: { value: '-1' } });
    expect(stat('slope')).toBe('0.00');
    expect(stat('value')).toBe((-1 / 3 + 1).toFixed(3));
    expect(screen.getByText(/flat: a turning point/)).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(/tangent at x = −1: f\(x\) = 0.667, slope 0.00/);
  });
});
