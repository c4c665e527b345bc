import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SoftmaxGradient from '../../../components/sims/softmax-gradient/SoftmaxGradient';

afterEach(cleanup);

const CLASSES = ['cat', 'dog', 'bird'];
const column = (attr: string) => CLASSES.map((c) => document.querySelector(`[data-${attr}="${c}"]`)?.textContent);
const minus = (v: number, d: number) => v.toFixed(d).replace('-', '−');
// Predicted minus true worked out from the softmax definition, independently of the engine.
function pMinusY(logits: number[], target: number): string[] {
  const e = logits.map(Math.exp);
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v, i) => minus(v / sum - (i === target ? 1 : 0), 4));
}

describe('SoftmaxGradient', () => {
  it('shows p − y for logits (1, 2, −0.5) with cat true, and the finite-difference column agrees', () => {
    render(<SoftmaxGradient />);
    expect(column('grad')).toEqual(pMinusY([1, 2, -0.5], 0));
    expect(column('grad')).toEqual(['−0.7463', '0.6897', '0.0566']);
    expect(column('measured')).toEqual(column('grad'));
    const z = Math.exp(1) + Math.exp(2) + Math.exp(-0.5);
    expect(document.querySelector('[data-stat="loss"]')?.textContent).toBe((Math.log(z) - 1).toFixed(4));
  });

  it('moves the negative entry to the new true class when another class is picked', async () => {
    const user = userEvent.setup();
    render(<SoftmaxGradient />);
    await user.click(screen.getByRole('radio', { name: 'dog' }));
    expect(column('grad')).toEqual(pMinusY([1, 2, -0.5], 1));
    expect(column('grad')[1]).toMatch(/^−/);
    expect(column('measured')).toEqual(column('grad'));
  });

  it('keeps the two columns equal as a logit moves, with their largest difference reported tiny', () => {
    render(<SoftmaxGradient />);
    fireEvent.change(screen.getByRole('slider', { name: 'Logit of “bird”' }), { target: { value: '3' } });
    expect(column('grad')).toEqual(pMinusY([1, 2, 3], 0));
    expect(column('measured')).toEqual(column('grad'));
    expect(document.querySelector('[data-stat="agreement"]')?.textContent).toMatch(/: (0|\d\.\d × 10⁻(⁹|¹[⁰¹²³⁴⁵⁶⁷⁸⁹]))\.$/);
  });
});
