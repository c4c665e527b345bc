import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SequenceTypes from '../../../components/sims/sequence-types/SequenceTypes';
import { createRng } from '../../../engine/random';

afterEach(cleanup);

/** The numbered boxes of the sequence currently shown, as their visible text. */
function sequenceBoxes(): string[] {
  const list = screen.getByRole('list', { name: /^Sequence of/ });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.seq-value')?.textContent ?? '');
}

describe('SequenceTypes', () => {
  it('starts on text and splits "dog bites man" into three tokens in order', () => {
    render(<SequenceTypes />);
    expect(screen.getByRole('radio', { name: 'Text' })).toBeChecked();
    expect(screen.getByRole('list', { name: 'Sequence of 3 tokens' })).toBeInTheDocument();
    expect(sequenceBoxes()).toEqual(['dog', 'bites', 'man']);
  });

  it('reverses the words into "man bites dog" and says the tokens are the same but the order is not', async () => {
    const user = userEvent.setup();
    render(<SequenceTypes />);
    await user.click(screen.getByRole('button', { name: 'Reverse order' }));
    expect(sequenceBoxes()).toEqual(['man', 'bites', 'dog']);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Same tokens as the original: yes');
    expect(status).toHaveTextContent('Same order: no');
  });

  it('tokenizes a typed sentence with its punctuation and asks for words when the box is empty', async () => {
    const user = userEvent.setup();
    render(<SequenceTypes />);
    const input = screen.getByRole('textbox', { name: 'Sentence' });
    await user.clear(input);
    expect(screen.getByRole('status')).toHaveTextContent('Type at least one word');
    expect(screen.getByRole('button', { name: 'Reverse order' })).toBeDisabled();
    await user.type(input, 'Hello, world!');
    expect(sequenceBoxes()).toEqual(['Hello', ',', 'world', '!']);
  });

  it('shuffles to a rearrangement of the same four tokens', async () => {
    const user = userEvent.setup();
    render(<SequenceTypes />);
    const input = screen.getByRole('textbox', { name: 'Sentence' });
    await user.clear(input);
    await user.type(input, 'a b c d');
    await user.click(screen.getByRole('button', { name: 'Shuffle' }));
    expect([...sequenceBoxes()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(screen.getByRole('status')).toHaveTextContent('Same tokens as the original: yes');
  });

  it('samples the audio wave: 4 samples of sin(4πt) + 0.35·sin(10πt) are 0, 0.35, 0, −0.35', async () => {
    const user = userEvent.setup();
    render(<SequenceTypes />);
    await user.click(screen.getByRole('radio', { name: 'Audio' }));
    const slider = screen.getByRole('slider', { name: 'Samples taken in one second' });
    // Default 16 samples: sample 1 is at t = 1/16, sin(π/4) + 0.35·sin(5π/8).
    expect(sequenceBoxes()).toHaveLength(16);
    expect(sequenceBoxes()[1]).toBe((Math.SQRT1_2 + 0.35 * Math.sin((5 * Math.PI) / 8)).toFixed(2));
    fireEvent.change(slider, { target: { value: '4' } });
    // t = 0, 1/4, 1/2, 3/4: the 2 Hz tone is at 0 every quarter second; the 5 Hz tone gives 0, 0.35, 0, −0.35.
    expect(sequenceBoxes()).toEqual(['0.00', '0.35', '0.00', '−0.35']);
    expect(screen.getByRole('list', { name: 'Sequence of 4 samples' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /measured at 4 evenly spaced moments/ })).toBeInTheDocument();
  });

  it('cuts the bouncing-ball clip into frames with the ball position of each', async () => {
    const user = userEvent.setup();
    render(<SequenceTypes />);
    await user.click(screen.getByRole('radio', { name: 'Video' }));
    // 9 frames over two bounces: x steps by 80/8 = 10; heights follow 30·|sin(π·u)| with u = 0, ¼, ½, ¾, 0, …
    const h = Math.round(30 * Math.SQRT1_2).toString();
    expect(sequenceBoxes()).toEqual([
      'x 10, height 0', `x 20, height ${h}`, 'x 30, height 30', `x 40, height ${h}`, 'x 50, height 0',
      `x 60, height ${h}`, 'x 70, height 30', `x 80, height ${h}`, 'x 90, height 0',
    ]);
    fireEvent.change(screen.getByRole('slider', { name: 'Frames in the clip' }), { target: { value: '3' } });
    expect(sequenceBoxes()).toEqual(['x 10, height 0', 'x 50, height 0', 'x 90, height 0']);
  });

  it('shows 20 daily prices from $100.00 and a new seeded history on request', async () => {
    const user = userEvent.setup();
    render(<SequenceTypes />);
    await user.click(screen.getByRole('radio', { name: 'Stock price' }));
    expect(sequenceBoxes()).toHaveLength(20);
    expect(sequenceBoxes()[0]).toBe('$100.00');
    const dayOne = (seed: number) => `$${(Math.round(100 * (1 + 0.001 + 0.02 * createRng(seed).gaussian()) * 100) / 100).toFixed(2)}`;
    expect(sequenceBoxes()[1]).toBe(dayOne(1));
    await user.click(screen.getByRole('button', { name: 'Another price history' }));
    expect(screen.getByText('Random seed 2')).toBeInTheDocument();
    expect(sequenceBoxes()[1]).toBe(dayOne(2));
    expect(screen.getByRole('img', { name: /starts at \$100\.00/ })).toBeInTheDocument();
  });

  it('moves between domains with the arrow keys like any radio group', async () => {
    const user = userEvent.setup();
    render(<SequenceTypes />);
    screen.getByRole('radio', { name: 'Text' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Audio' })).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Samples taken in one second' })).toBeInTheDocument();
  });
});
