import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LadderMlp from '../../../components/sims/ladder-mlp/LadderMlp';
import { useEmbeddingStore } from '../../../components/sims/ladder-language/embeddingStore';
import { reference } from '../../engine/ladder/language-reference';

afterEach(() => {
  cleanup();
  useEmbeddingStore.getState().reset();
});

const PROMPT = ['a', 'fluffy', 'blue', 'creature'];
const VOCAB = ['a', 'the', 'fluffy', 'blue', 'creature', 'roamed', 'forest', 'slept', 'river'];
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const fix = (v: number, d: number) => v.toFixed(d).replace('-', '−');

describe('LadderMlp', () => {
  it('shows each neuron’s W₁h₁ + b₁ and marks the ones above 0 as fired, as the reference computes', () => {
    render(<LadderMlp />);
    const ref = reference(PROMPT, true);
    const table = screen.getByRole('table', { name: /six ReLU neurons/ });
    ref.pre.forEach((z, j) => {
      const row = within(table).getByRole('rowheader', { name: String(j + 1) }).closest('tr')!;
      expect(row.querySelector('[data-column="pre"]')).toHaveTextContent(fix(z, 3));
      expect(row.querySelector('[data-column="fired"]')).toHaveTextContent(z > 0 ? 'fired' : 'silent');
    });
    const fired = ref.pre.map((z, j) => (z > 0 ? `neuron ${j + 1}` : '')).filter(Boolean);
    expect(screen.getByRole('img', { name: /six ReLU neurons/ })).toHaveAccessibleName(expect.stringContaining(`Fired: ${fired.join(', ')}`));
    expect(screen.getByTestId('mlp-h2')).toHaveTextContent(`h₁ + Δ = [${ref.h2.map((v) => fix(v, 3)).join(', ')}]`);
  });

  it('predicts roamed at about 80% with the MLP on, and something else when it is bypassed', () => {
    render(<LadderMlp />);
    const on = reference(PROMPT, true).probs;
    const off = reference(PROMPT, false).probs;
    expect(on[5]).toBeGreaterThan(0.78);
    expect(on[5]).toBeLessThan(0.82);
    expect(screen.getByTestId('mlp-on')).toHaveTextContent(`Next word, MLP on: roamed (${pct(on[5])})`);
    const best = off.indexOf(Math.max(...off));
    expect(VOCAB[best]).not.toBe('roamed');
    expect(screen.getByTestId('mlp-off')).toHaveTextContent(`Next word, bypassed: ${VOCAB[best]} (${pct(off[best])})`);
  });

  it('switches the probability table and h₂ to the attention output alone when "Bypass the MLP" is ticked', async () => {
    const user = userEvent.setup();
    render(<LadderMlp />);
    const first = () => within(screen.getByRole('table', { name: /Next-word probabilities/ })).getAllByRole('rowheader')[0];
    expect(first()).toHaveTextContent('roamed');
    await user.click(screen.getByRole('checkbox', { name: 'Bypass the MLP' }));
    const off = reference(PROMPT, false);
    const best = off.probs.indexOf(Math.max(...off.probs));
    expect(screen.getByRole('table', { name: /with the MLP bypassed/ })).toBeInTheDocument();
    expect(first()).toHaveTextContent(VOCAB[best]);
    expect(screen.getByTestId('mlp-h2')).toHaveTextContent(`h₂ = h₁ = [${off.h1.map((v) => fix(v, 3)).join(', ')}]`);
    expect(screen.getByTestId('mlp-delta')).toHaveTextContent('skipped');
  });
});
