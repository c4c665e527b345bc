import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import EncoderFlow from '../../../components/sims/encoder-flow';
import OrderBlind from '../../../components/sims/order-blind';
import ParameterShare from '../../../components/sims/parameter-share';
import RopeRotation from '../../../components/sims/rope-rotation';
import SinusoidalHeatmap from '../../../components/sims/sinusoidal-heatmap';

afterEach(cleanup);

// The lessons import these lazy wrappers; each must load its real simulation in place of the placeholder.
describe('the simulations of chapters 4 and 5, as lessons import them', () => {
  it('loads the order-blind demo with its word orders', async () => {
    render(<OrderBlind />);
    expect(await screen.findByRole('radio', { name: '“cat sat mat”' })).toBeInTheDocument();
  });
  it('loads the sinusoidal table with its dimensions slider at 32', async () => {
    render(<SinusoidalHeatmap />);
    expect(await screen.findByRole('slider', { name: 'Dimensions d' })).toHaveValue('32');
  });
  it('loads the RoPE demo with its two position sliders', async () => {
    render(<RopeRotation />);
    expect(await screen.findByRole('slider', { name: 'Key position n' })).toHaveValue('5');
  });
  it('loads the encoder block walk-through with its step button', async () => {
    render(<EncoderFlow />);
    expect(await screen.findByRole('button', { name: 'Step forward' })).toBeEnabled();
  });
  it('loads the parameter count with GPT-2 small picked', async () => {
    render(<ParameterShare />);
    expect(await screen.findByRole('radio', { name: 'GPT-2 small' })).toBeChecked();
  });
});
