import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import Attention from '../../../components/sims/forward-pass/attention';
import Embeddings from '../../../components/sims/forward-pass/embeddings';
import Prediction from '../../../components/sims/forward-pass/prediction';

afterEach(cleanup);

// The lessons import these lazy wrappers; each must load its real simulation in place of the placeholder.
describe('the forward-pass simulations, as the lessons import them', () => {
  it('loads the embeddings step with tok_emb editable', async () => {
    render(<Embeddings />);
    expect(await screen.findByRole('spinbutton', { name: 'tok_emb row 5 column 3' })).toHaveValue(0.4);
  });
  it('loads the attention step with W_Q editable', async () => {
    render(<Attention />);
    expect(await screen.findByRole('spinbutton', { name: 'W_Q row 0 column 0' })).toHaveValue(0.5);
  });
  it('loads the prediction step, which predicts “cat”', async () => {
    render(<Prediction />);
    expect(await screen.findByText('cat', { selector: '[data-summary="prediction"]' })).toBeInTheDocument();
  });
});
