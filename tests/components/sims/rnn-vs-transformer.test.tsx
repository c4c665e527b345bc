import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import RnnVsTransformer from '../../../components/sims/rnn-vs-transformer/RnnVsTransformer';

afterEach(cleanup);

/** The live line that reports progress (the slider's <output> is a status region too). */
function statusLine(): HTMLElement {
  const line = screen.getAllByRole('status').find((el) => el.classList.contains('rvt-status'));
  if (!line) throw new Error('no progress line');
  return line;
}

describe('RnnVsTransformer', () => {
  it('counts 5 sequential RNN steps against 1 attention step over 5 × 5 = 25 pairs', () => {
    render(<RnnVsTransformer />);
    expect(screen.getByText(/steps, one after another/)).toHaveTextContent('5 steps');
    expect(screen.getByText(/token pairs scored at once/)).toHaveTextContent('1 step: all 5 × 5 = 25 token pairs');
  });

  it('draws an arc for every pair of distinct tokens: 5 tokens give 10 arcs, 8 give 28', () => {
    render(<RnnVsTransformer />);
    expect(screen.getByRole('img', { name: /Transformer/ })).toHaveAccessibleName(/\(10 arcs\)/);
    expect(document.querySelectorAll('.rvt-arc')).toHaveLength(10);
    fireEvent.change(screen.getByRole('slider', { name: 'Tokens in the sentence' }), { target: { value: '8' } });
    expect(document.querySelectorAll('.rvt-arc')).toHaveLength(28);
    expect(screen.getByText(/token pairs scored at once/)).toHaveTextContent('8 × 8 = 64');
  });

  it('reads one token per step in the RNN but relates every token in the first attention step', async () => {
    const user = userEvent.setup();
    render(<RnnVsTransformer />);
    const step = screen.getByRole('button', { name: 'Run one step' });
    await user.click(step);
    expect(statusLine()).toHaveTextContent('After 1 step: the RNN has read 1 of 5 tokens; attention has related all 5');
    expect(screen.getByRole('img', { name: /^RNN/ })).toHaveAccessibleName(/1 of 5 tokens read so far, up to “The”/);
    await user.click(step);
    await user.click(step);
    expect(statusLine()).toHaveTextContent('After 3 steps: the RNN has read 3 of 5 tokens');
    await user.click(step);
    await user.click(step);
    expect(step).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(statusLine()).toHaveTextContent('Nothing has run yet');
  });
});
