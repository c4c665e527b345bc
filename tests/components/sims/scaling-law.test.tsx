import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ScalingLaw from '../../../components/sims/scaling-law/ScalingLaw';
import ScalingLawLazy from '../../../components/sims/scaling-law';

afterEach(cleanup);

// Kaplan et al. (2020): L(N) = (8.8e13 / N)^0.076, written out again here rather than taken from the engine.
const loss = (n: number) => Math.pow(8.8e13 / n, 0.076);
const slider = () => screen.getByRole('slider', { name: /Doublings of the parameters/ });

describe('ScalingLaw', () => {
  it('shows that doubling the parameters multiplies the loss by 2^−0.076 = 0.9487, about 5.1% lower', () => {
    render(<ScalingLaw />);
    // e^(−0.076 · ln 2) = e^(−0.0526792) = 0.948684.
    expect(screen.getByTestId('ratio')).toHaveTextContent('0.9487 (5.1% lower)');
  });

  it('starts at 8 doublings, 256 million parameters, with the loss the power law gives there and at twice the size', () => {
    render(<ScalingLaw />);
    expect(slider()).toHaveValue('8');
    expect(screen.getByText(/→ N =/)).toHaveTextContent('8 → N = 256 million');
    expect(screen.getByTestId('loss-here')).toHaveTextContent(loss(256e6).toFixed(3));
    expect(screen.getByTestId('loss-here')).toHaveTextContent('2.635');
    expect(screen.getByTestId('loss-next')).toHaveTextContent(loss(512e6).toFixed(3));
    // Eight doublings from a million: 2^(−0.076 · 8) = 2^−0.608 = 0.656.
    expect(screen.getByTestId('since-start')).toHaveTextContent('0.656');
  });

  it('keeps the same ratio at any size: move the slider to 20 doublings (1.05 trillion)', () => {
    render(<ScalingLaw />);
    fireEvent.change(slider(), { target: { value: '20' } });
    expect(screen.getByText(/→ N =/)).toHaveTextContent('20 → N = 1.05 trillion');
    expect(screen.getByTestId('loss-here')).toHaveTextContent(loss(2 ** 20 * 1e6).toFixed(3));
    expect(screen.getByTestId('ratio')).toHaveTextContent('0.9487');
    expect(screen.getByRole('button', { name: 'Double N' })).toBeDisabled();
  });

  it('doubles N with the button and describes both marked points in the picture’s text alternative', async () => {
    const user = userEvent.setup();
    render(<ScalingLaw />);
    await user.click(screen.getByRole('button', { name: 'Double N' }));
    expect(slider()).toHaveValue('9');
    expect(screen.getByRole('img')).toHaveAccessibleName(
      `Log-log plot of the loss against parameters: a straight line falling with slope −0.076. Marked: 512 million parameters at loss ${loss(512e6).toFixed(3)} and 1.02 billion at loss ${loss(1024e6).toFixed(3)}.`,
    );
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<ScalingLawLazy />);
    expect(await screen.findByRole('button', { name: 'Double N' })).toBeInTheDocument();
  });
});
