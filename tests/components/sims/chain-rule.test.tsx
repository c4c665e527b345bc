import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ChainRule from '../../../components/sims/chain-rule/ChainRule';

afterEach(cleanup);

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;
const local = (k: number) => document.querySelector(`[data-local="${k}"]`)?.textContent;

describe('ChainRule', () => {
  it('at x = 1 multiplies 2 × 2 × cos 1 ≈ 2.1612 and the measured slope agrees', () => {
    render(<ChainRule />);
    expect(local(0)).toBe('du/dx = 2 = 2.000');
    expect(local(1)).toBe('dv/du = 2u = 2.000');
    expect(local(2)).toBe(`dy/dv = cos v = ${Math.cos(1).toFixed(3)}`);
    expect(stat('chain')).toBe((4 * Math.cos(1)).toFixed(4));
    expect(stat('measured')).toBe((4 * Math.cos(1)).toFixed(4));
    expect(stat('agreement')).toMatch(/^They agree/);
  });

  it('matches dy/dx = 4(2x − 1)·cos((2x − 1)²) at x = 1.5, worked out on paper', () => {
    render(<ChainRule />);
    fireEvent.change(screen.getByRole('slider', { name: 'Input x' }), { target: { value: '1.5' } });
    // u = 2, v = 4: slopes 2, 4 and cos 4.
    expect(stat('chain')).toBe((8 * Math.cos(4)).toFixed(4).replace('-', '−'));
    expect(stat('measured')).toBe((8 * Math.cos(4)).toFixed(4).replace('-', '−'));
  });

  it('gives a zero slope at x = 0.5, where the middle link has local slope 2u = 0', () => {
    render(<ChainRule />);
    fireEvent.change(screen.getByRole('slider', { name: 'Input x' }), { target: { value: '0.5' } });
    expect(local(1)).toBe('dv/du = 2u = 0.000');
    expect(stat('chain')).toBe('0.0000');
  });
});

describe('the scientific format of tiny differences', () => {
  it('writes 1.9e-9 as 1.9 × 10⁻⁹ and −2.5e12 as −2.5 × 10¹²', async () => {
    const { scientific } = await import('../../../components/sims/primer-common/format');
    expect(scientific(1.9e-9)).toBe('1.9 × 10⁻⁹');
    expect(scientific(-2.5e12)).toBe('−2.5 × 10¹²');
    expect(scientific(Number.NaN)).toBe('—');
  });
});
