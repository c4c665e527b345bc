import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LadderEmbed from '../../../components/sims/ladder-embed/LadderEmbed';
import { useEmbeddingStore } from '../../../components/sims/ladder-language/embeddingStore';
import { reference } from '../../engine/ladder/language-reference';

afterEach(() => {
  cleanup();
  useEmbeddingStore.getState().reset();
});

const PROMPT = ['a', 'fluffy', 'blue', 'creature'];
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

describe('LadderEmbed', () => {
  it('shows a slider for each of the 9 × 3 values of E, starting at the table the fit used', () => {
    render(<LadderEmbed />);
    expect(screen.getAllByRole('slider')).toHaveLength(27);
    // The hand-set row of "creature" is (1.0, 0.4, 0.3).
    expect(screen.getByRole('slider', { name: 'creature d₀' })).toHaveValue('1');
    expect(screen.getByRole('slider', { name: 'creature d₁' })).toHaveValue('0.4');
    expect(screen.getByRole('slider', { name: 'fluffy d₁' })).toHaveValue('1');
  });

  it('predicts "roamed" after "a fluffy blue creature" with P between 78% and 82%, as the reference computes', () => {
    render(<LadderEmbed />);
    const p = reference(PROMPT, true).probs[5];
    expect(p).toBeGreaterThan(0.78);
    expect(p).toBeLessThan(0.82);
    expect(screen.getByTestId('embed-p-roamed')).toHaveTextContent(pct(p));
    expect(screen.getByTestId('embed-prediction')).toHaveTextContent(`roamed (${pct(p)})`);
  });

  it('lets "forest" hijack the prediction when its d₂ is pushed to −3, and the restore button brings "roamed" back', async () => {
    const user = userEvent.setup();
    render(<LadderEmbed />);
    const slider = screen.getByRole('slider', { name: 'forest d₂' });
    fireEvent.change(slider, { target: { value: '-3' } });
    const E = useEmbeddingStore.getState().embeddings;
    expect(E[6]).toEqual([1, -0.4, -3]);
    const forest = reference(PROMPT, true, E).probs[6];
    expect(forest).toBeGreaterThan(0.5);
    expect(screen.getByTestId('embed-prediction')).toHaveTextContent(`forest (${pct(forest)})`);
    await user.click(screen.getByRole('button', { name: /Restore the fitted embeddings/ }));
    expect(screen.getByTestId('embed-prediction')).toHaveTextContent(/^.*roamed \(80\.0%\)$/);
    expect(screen.getByRole('button', { name: /Restore/ })).toBeDisabled();
  });

  it('moves a value and redraws that word’s point, keeping the other words where they were', () => {
    render(<LadderEmbed />);
    const slider = screen.getByRole('slider', { name: 'blue d₀' });
    fireEvent.change(slider, { target: { value: '0.6' } });
    expect(slider).toHaveValue('0.6');
    expect(screen.getByRole('img', { name: /Words as points/ })).toHaveAccessibleName(expect.stringContaining('fluffy (0.3, 1.0)'));
    expect(screen.getByRole('img', { name: /Words as points/ })).toHaveAccessibleName(expect.stringContaining('blue (0.6, 0.9)'));
  });
});
