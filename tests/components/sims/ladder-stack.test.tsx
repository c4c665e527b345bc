import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LadderStack from '../../../components/sims/ladder-stack/LadderStack';
import { randomBumpInit } from '../../../engine/ladder/bump';

afterEach(cleanup);

type Knobs = [number, number, number, number];
const XS = [1, 2, 3, 4];
const YS = [0, 1, 1, 0];
const ACTS = {
  sigmoid: { f: (z: number) => 1 / (1 + Math.exp(-z)), df: (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2 },
  relu: { f: (z: number) => Math.max(0, z), df: (z: number) => (z > 0 ? 1 : 0) },
};
/** The lesson's train_stack_step, written out longhand, and the MSE. */
function mse([w1, b1, w2, b2]: Knobs, act: keyof typeof ACTS): number {
  const { f } = ACTS[act];
  return XS.reduce((s, x, i) => s + (f(w1 * x + b1) - f(w2 * x + b2) - YS[i]) ** 2, 0) / 4;
}
function descend(start: Knobs, act: keyof typeof ACTS, lr: number, steps: number): Knobs {
  const { f, df } = ACTS[act];
  let [w1, b1, w2, b2] = start;
  for (let s = 0; s < steps; s++) {
    const g = [0, 0, 0, 0];
    XS.forEach((x, i) => {
      const z1 = w1 * x + b1;
      const z2 = w2 * x + b2;
      const e = (2 / 4) * (f(z1) - f(z2) - YS[i]);
      g[0] += e * df(z1) * x;
      g[1] += e * df(z1);
      g[2] -= e * df(z2) * x;
      g[3] -= e * df(z2);
    });
    [w1, b1, w2, b2] = [w1 - lr * g[0], b1 - lr * g[1], w2 - lr * g[2], b2 - lr * g[3]];
  }
  return [w1, b1, w2, b2];
}
const START: Knobs = [5, -7.5, 5, -17.5];
const loss = () => screen.getByTestId('stack-loss').textContent;
const health = () => screen.getByTestId('neuron-health').textContent;

describe('LadderStack', () => {
  it('starts as σ(5x − 7.5) − σ(5x − 17.5), with its MSE and both neurons alive', () => {
    render(<LadderStack />);
    expect(screen.getByTestId('stack-formula')).toHaveTextContent('ŷ = σ(5.00·x − 7.50) − σ(5.00·x − 17.50)');
    expect(loss()).toBe(mse(START, 'sigmoid').toFixed(6));
    expect(health()).toMatch(/Neuron 1: alive.*Neuron 2: alive/);
  });

  it('trains the sigmoid bump at lr 2.5 as the lesson’s Python does', async () => {
    const user = userEvent.setup();
    render(<LadderStack />);
    await user.click(screen.getByRole('button', { name: /^Train/ }));
    const trained = descend(START, 'sigmoid', 2.5, 1000);
    expect(loss()).toBe(mse(trained, 'sigmoid').toFixed(6));
    expect(Number(loss())).toBeLessThan(mse(START, 'sigmoid'));
  });

  it('jumps to loss 36.125 on ReLU, and Train at lr 0.15 from there kills both neurons at loss 0.5', async () => {
    const user = userEvent.setup();
    render(<LadderStack />);
    await user.click(screen.getByRole('radio', { name: /ReLU/ }));
    expect(screen.getByTestId('stack-formula')).toHaveTextContent('ŷ = ReLU(5.00·x − 7.50) − ReLU(5.00·x − 17.50)');
    expect(loss()).toBe('36.125000');
    await user.click(screen.getByRole('button', { name: /^Train/ }));
    const trained = descend(START, 'relu', 0.15, 1000);
    expect(mse(trained, 'relu')).toBe(0.5);
    expect(loss()).toBe('0.500000');
    expect(health()).toMatch(/Neuron 1: dead.*Neuron 2: dead/);
    expect(health()).toContain('exactly 0');
  });

  it('reaches loss 0 with ReLU from the random init of seed 17, shown in the seed box', async () => {
    const user = userEvent.setup();
    render(<LadderStack />);
    const box = screen.getByRole('spinbutton', { name: 'Seed' });
    await user.clear(box);
    await user.type(box, '17');
    await user.click(screen.getByRole('button', { name: 'Random init' }));
    expect(screen.getByTestId('seed-note')).toHaveTextContent('Knobs drawn from seed 17.');
    expect(box).toHaveValue(18);
    const drawn = randomBumpInit(17);
    expect(screen.getByRole('slider', { name: 'w₁' })).toHaveAttribute('aria-valuetext', drawn.w1.toFixed(2).replace('-', '−'));
    await user.click(screen.getByRole('radio', { name: /ReLU/ }));
    await user.click(screen.getByRole('button', { name: /^Train/ }));
    const trained = descend([drawn.w1, drawn.b1, drawn.w2, drawn.b2], 'relu', 0.15, 1000);
    expect(mse(trained, 'relu')).toBeLessThan(1e-12);
    expect(loss()).toBe('0.000000');
    expect(health()).toMatch(/Neuron 1: alive.*Neuron 2: alive/);
  });

  it('draws the same knobs from the same seed every time', async () => {
    const user = userEvent.setup();
    render(<LadderStack />);
    const box = screen.getByRole('spinbutton', { name: 'Seed' });
    await user.click(screen.getByRole('button', { name: 'Random init' }));
    const first = loss();
    await user.clear(box);
    await user.type(box, '1');
    await user.click(screen.getByRole('button', { name: 'Random init' }));
    expect(loss()).toBe(first);
    const d = randomBumpInit(1);
    expect(loss()).toBe(mse([d.w1, d.b1, d.w2, d.b2], 'sigmoid').toFixed(6));
  });

  it('explains a seed that is not a whole number and draws nothing from it', async () => {
    const user = userEvent.setup();
    render(<LadderStack />);
    const box = screen.getByRole('spinbutton', { name: 'Seed' });
    await user.clear(box);
    await user.type(box, '2.5');
    expect(screen.getByTestId('seed-note')).toHaveTextContent('A seed is a whole number from 1 to 99,999.');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Random init' }));
    expect(loss()).toBe(mse(START, 'sigmoid').toFixed(6));
  });

  it('fits the points exactly with the sliders at ReLU(x − 1) − ReLU(2x − 5)', async () => {
    const user = userEvent.setup();
    render(<LadderStack />);
    await user.click(screen.getByRole('radio', { name: /ReLU/ }));
    for (const [name, value] of [['w₁', '1'], ['b₁', '-1'], ['w₂', '2'], ['b₂', '-5']]) {
      fireEvent.change(screen.getByRole('slider', { name }), { target: { value } });
    }
    expect(loss()).toBe('0.000000');
    expect(screen.getByTestId('stack-formula')).toHaveTextContent('ŷ = ReLU(1.00·x − 1.00) − ReLU(2.00·x − 5.00)');
  });
});
