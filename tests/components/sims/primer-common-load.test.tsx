import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ChainRule from '../../../components/sims/chain-rule';
import DerivativeTangent from '../../../components/sims/derivative-tangent';
import DescentBowl from '../../../components/sims/descent-bowl';
import DotProductArrows from '../../../components/sims/dot-product-arrows';
import MatrixMultiply from '../../../components/sims/matrix-multiply';
import SoftmaxGradient from '../../../components/sims/softmax-gradient';
import SoftmaxTemperature from '../../../components/sims/softmax-temperature';

afterEach(cleanup);

// The primer lessons import these lazy wrappers; each must load its real simulation in place of the placeholder.
describe('the Math primer simulations, as the lessons import them', () => {
  it('loads the dot product with its four arrow sliders', async () => {
    render(<DotProductArrows />);
    expect(await screen.findByRole('slider', { name: 'b, y' })).toHaveValue('2');
    expect(screen.getAllByRole('slider')).toHaveLength(4);
  });
  it('loads the matrix multiply with the fitting B chosen', async () => {
    render(<MatrixMultiply />);
    expect(await screen.findByRole('radio', { name: '3 × 2' })).toBeChecked();
  });
  it('loads the derivative with its point at x = 2', async () => {
    render(<DerivativeTangent />);
    expect(await screen.findByRole('slider', { name: 'Point x' })).toHaveValue('2');
  });
  it('loads the chain rule with x = 1', async () => {
    render(<ChainRule />);
    expect(await screen.findByRole('slider', { name: 'Input x' })).toHaveValue('1');
  });
  it('loads the bowl with the learning rate at 0.3 and a Step button', async () => {
    render(<DescentBowl />);
    expect(await screen.findByRole('slider', { name: 'Learning rate η' })).toHaveValue('0.3');
    expect(screen.getByRole('button', { name: 'Step' })).toBeInTheDocument();
  });
  it('loads softmax with the temperature at 1', async () => {
    render(<SoftmaxTemperature />);
    expect(await screen.findByRole('slider', { name: 'Temperature τ' })).toHaveValue('1');
  });
  it('loads the softmax gradient with "cat" as the true class', async () => {
    render(<SoftmaxGradient />);
    expect(await screen.findByRole('radio', { name: 'cat' })).toBeChecked();
  });
});
