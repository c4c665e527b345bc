import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import RnnVsTransformer from '../../../components/sims/rnn-vs-transformer';
import SequenceTypes from '../../../components/sims/sequence-types';
import TokenSimilarity from '../../../components/sims/token-similarity';

afterEach(cleanup);

// The lessons import these lazy wrappers; each must load its real simulation in place of the placeholder.
describe('the simulations of chapters 0 and 1, as lessons import them', () => {
  it('loads the Sequence types simulation with its domain choices', async () => {
    render(<SequenceTypes />);
    expect(await screen.findByRole('radio', { name: 'Stock price' })).toBeInTheDocument();
  });
  it('loads the RNN versus transformer picture with its step button', async () => {
    render(<RnnVsTransformer />);
    expect(await screen.findByRole('button', { name: 'Run one step' })).toBeInTheDocument();
  });
  it('loads the Token similarity simulation with "it" selected', async () => {
    render(<TokenSimilarity />);
    expect(await screen.findByRole('button', { name: /^it, score/ })).toHaveAttribute('aria-pressed', 'true');
  });
});
