import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import InductionHead from '../../../components/sims/induction-head/InductionHead';
import InductionHeadLazy from '../../../components/sims/induction-head';

afterEach(cleanup);

/** The visible text of one column in the row of a position. */
function cell(position: number, column: string): string {
  return document.querySelector(`tr[data-position="${position}"] [data-column="${column}"]`)?.textContent ?? '';
}

const slider = () => screen.getByRole('slider', { name: /Repeat length/ });

describe('InductionHead', () => {
  it('opens on five random tokens repeated, with the slider at 5 and the induction head shown', () => {
    render(<InductionHead />);
    expect(slider()).toHaveValue('5');
    expect(screen.getByRole('radio', { name: 'Layer 2: induction head' })).toBeChecked();
    // Seed 1 draws K A I P P; the start token and both copies make 11 tokens.
    expect(screen.getByText(/^Sequence:/)).toHaveTextContent('Sequence: <s> K A I P P K A I P P');
  });

  it('completes a repeat of five different tokens perfectly: 4 of 4, against 1/16 = 6.25% by chance', async () => {
    const user = userEvent.setup();
    render(<InductionHead />);
    await user.click(screen.getByRole('button', { name: 'New random tokens' }));
    // Seed 2 draws L F E I O: each token occurs once in the first copy, so every match is unique.
    expect(screen.getByText(/^Sequence:/)).toHaveTextContent('<s> L F E I O L F E I O');
    expect(screen.getByText(/During the repeat/)).toHaveTextContent(
      'During the repeat the model predicted 4 of 4 next tokens (100%). Guessing among 16 tokens would be right 1 time in 16 (6.25%).',
    );
    // Position 6 holds L; the L at position 1 was followed by F at position 2, so the head looks 4 back and copies F.
    expect(cell(6, 'looks-at')).toBe('2 (F)');
    expect(cell(6, 'predicted')).toBe('F (100%)');
    expect(cell(6, 'actual')).toBe('F right');
    expect(screen.getByText(/^Stripe:/)).toHaveTextContent('in 4 of 4 rows of the second copy the induction head looks 4 positions back (repeat length 5 − 1)');
  });

  it('moves the stripe with the slider: at repeat length 6 it sits 5 back, and a token seen twice can mislead it', () => {
    render(<InductionHead />);
    fireEvent.change(slider(), { target: { value: '6' } });
    expect(screen.getByText(/^Sequence:/)).toHaveTextContent('<s> K A I P P E K A I P P E');
    // K, A and I occur once in the first copy: the head looks 5 back and copies what followed.
    expect(cell(7, 'looks-at')).toBe('2 (A)');
    expect(cell(7, 'actual')).toBe('A right');
    expect(cell(8, 'actual')).toBe('I right');
    expect(cell(9, 'actual')).toBe('P right');
    // At position 11 (P) the earlier P's were followed by P, E and P: two thirds of the weight copies P, but E comes next.
    expect(cell(11, 'predicted')).toBe('P (67%)');
    expect(cell(11, 'actual')).toBe('E wrong');
    const rights = screen.getAllByText('right').length;
    expect(screen.getByText(/During the repeat/)).toHaveTextContent(`predicted ${rights} of 5 next tokens`);
  });

  it('shows the previous-token head of layer 1 looking exactly one position back', async () => {
    const user = userEvent.setup();
    render(<InductionHead />);
    await user.click(screen.getByRole('radio', { name: 'Layer 1: previous-token head' }));
    expect(screen.getByText(/^Stripe:/)).toHaveTextContent('in 4 of 4 rows of the second copy the previous-token head looks 1 position back');
    // Position 7 (A) looks at position 6 (K) with weight 1 / (1 + 7e⁻²⁰), shown as 100%.
    expect(cell(7, 'looks-at')).toBe('6 (K)');
    expect(cell(7, 'weight')).toBe('100%');
    expect(screen.getByRole('img', { name: /previous-token head over 11 tokens/ })).toHaveAccessibleName(
      /In 4 of the 4 scored rows of the second copy the strongest weight sits 1 position back/,
    );
  });

  it('keeps the slider between 2 and 12 so both copies fit the 25 positions of the model', () => {
    render(<InductionHead />);
    expect(slider()).toHaveAttribute('min', '2');
    expect(slider()).toHaveAttribute('max', '12');
    fireEvent.change(slider(), { target: { value: '12' } });
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 11);
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<InductionHeadLazy />);
    expect(await screen.findByRole('slider', { name: /Repeat length/ })).toBeInTheDocument();
  });
});
