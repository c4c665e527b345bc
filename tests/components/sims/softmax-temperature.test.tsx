import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import SoftmaxTemperature from '../../../components/sims/softmax-temperature/SoftmaxTemperature';

afterEach(cleanup);

const prob = (word: string) => document.querySelector(`[data-prob="${word}"]`)?.textContent;
const probs = () => ['mat', 'sofa', 'roof', 'moon'].map(prob);
// softmax worked out from its definition: e^(z/τ) over the sum.
function expected(logits: number[], tau: number): string[] {
  const e = logits.map((z) => Math.exp(z / tau));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => (v / sum).toFixed(3));
}

describe('SoftmaxTemperature', () => {
  it('turns the logits (2, 1, 0.5, −1) into probabilities that sum to 1', () => {
    render(<SoftmaxTemperature />);
    expect(probs()).toEqual(expected([2, 1, 0.5, -1], 1));
    expect(probs()).toEqual(['0.609', '0.224', '0.136', '0.030']);
    expect(document.querySelector('[data-stat="sum"]')?.textContent).toBe('1.000');
  });

  it('sharpens at τ = 0.5 and flattens at τ = 5', () => {
    render(<SoftmaxTemperature />);
    const tau = screen.getByRole('slider', { name: 'Temperature τ' });
    fireEvent.change(tau, { target: { value: '0.5' } });
    expect(probs()).toEqual(expected([2, 1, 0.5, -1], 0.5));
    expect(prob('mat')).toBe('0.842');
    fireEvent.change(tau, { target: { value: '5' } });
    expect(probs()).toEqual(expected([2, 1, 0.5, -1], 5));
    expect(document.querySelector('[data-stat="sum"]')?.textContent).toBe('1.000');
  });

  it('moves every probability when one logit moves: equal logits give 0.25 each', () => {
    render(<SoftmaxTemperature />);
    for (const word of ['mat', 'sofa', 'roof', 'moon']) {
      fireEvent.change(screen.getByRole('slider', { name: `Logit of “${word}”` }), { target: { value: '0' } });
    }
    expect(probs()).toEqual(['0.250', '0.250', '0.250', '0.250']);
  });
});
