import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LadderGenerate from '../../../components/sims/ladder-generate/LadderGenerate';
import { useEmbeddingStore } from '../../../components/sims/ladder-language/embeddingStore';
import { reference } from '../../engine/ladder/language-reference';

afterEach(() => {
  cleanup();
  useEmbeddingStore.getState().reset();
});

const PROMPT = ['a', 'fluffy', 'blue', 'creature'];
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

function cell(word: string, column: string): string {
  const table = screen.getByRole('table', { name: /Next-word logits/ });
  const row = within(table).getByRole('rowheader', { name: word }).closest('tr');
  return row?.querySelector(`[data-column="${column}"]`)?.textContent ?? '';
}

describe('LadderGenerate', () => {
  it('greedily rolls "a fluffy blue creature" out to "roamed the forest", one press per word', async () => {
    const user = userEvent.setup();
    render(<LadderGenerate />);
    const button = screen.getByRole('button', { name: 'Generate next word' });
    await user.click(button);
    await user.click(button);
    await user.click(button);
    expect(screen.getByTestId('generate-text')).toHaveTextContent(/^a fluffy blue creature roamed the forest$/);
    const steps = within(screen.getByRole('list', { name: /rollout/ })).getAllByRole('listitem');
    expect(steps.map((s) => s.querySelector('strong')?.textContent)).toEqual(['roamed', 'the', 'forest']);
    expect(steps[0]).toHaveTextContent(`P ${pct(reference(PROMPT, true).probs[5])}`);
  });

  it('shows each word’s logit h₂·E[word] and its probability at T = 1 and at the chosen T', () => {
    render(<LadderGenerate />);
    const ref = reference(PROMPT, true);
    expect(cell('roamed', 'logit')).toBe(ref.logits[5].toFixed(2).replace('-', '−'));
    expect(cell('roamed', 'p1')).toBe(pct(ref.probs[5]));
    fireEvent.change(screen.getByRole('slider', { name: 'T (temperature)' }), { target: { value: '2' } });
    const hot = reference(PROMPT, true, undefined, 2);
    expect(screen.getByRole('slider', { name: 'T (temperature)' })).toHaveValue('2');
    expect(cell('roamed', 'pt')).toBe(pct(hot.probs[5]));
    expect(cell('slept', 'pt')).toBe(pct(hot.probs[7]));
    expect(cell('roamed', 'p1')).toBe(pct(ref.probs[5]));
  });

  it('samples the same words again after starting over with the same seed', async () => {
    const user = userEvent.setup();
    render(<LadderGenerate />);
    await user.click(screen.getByRole('radio', { name: /sampling/ }));
    const button = screen.getByRole('button', { name: 'Generate next word' });
    for (let i = 0; i < 4; i++) await user.click(button);
    const first = screen.getByTestId('generate-text').textContent;
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByTestId('generate-text')).toHaveTextContent(/^a fluffy blue creature$/);
    for (let i = 0; i < 4; i++) await user.click(button);
    expect(screen.getByTestId('generate-text').textContent).toBe(first);
  });

  it('refuses a seed that is not a whole number, with a reason, and disables sampling until it is fixed', async () => {
    const user = userEvent.setup();
    render(<LadderGenerate />);
    await user.click(screen.getByRole('radio', { name: /sampling/ }));
    const seed = screen.getByRole('textbox', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '4.5');
    expect(seed).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/must be a whole number/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate next word' })).toBeDisabled();
    await user.clear(seed);
    await user.type(seed, '3');
    expect(screen.getByRole('button', { name: 'Generate next word' })).toBeEnabled();
  });
});
