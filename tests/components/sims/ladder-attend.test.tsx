import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import LadderAttend from '../../../components/sims/ladder-attend/LadderAttend';
import { useEmbeddingStore } from '../../../components/sims/ladder-language/embeddingStore';
import { reference } from '../../engine/ladder/language-reference';

afterEach(() => {
  cleanup();
  useEmbeddingStore.getState().reset();
});

const e = Math.exp;
const fix = (v: number, d: number) => v.toFixed(d).replace('-', '−');

function cell(word: string, column: string): string {
  const table = screen.getByRole('table', { name: /Attention from/ });
  const row = within(table).getByRole('rowheader', { name: word }).closest('tr');
  return row?.querySelector(`[data-column="${column}"]`)?.textContent ?? '';
}

describe('LadderAttend', () => {
  it('scores "creature" = (1, 0.4, 0.3) against each word by hand: a −0.6, fluffy 0.64, blue 0.74, itself 1.25', () => {
    render(<LadderAttend />);
    // a = (−0.6, −0.6, 0.8): −0.6 − 0.24 + 0.24; fluffy = (0.3, 1, −0.2): 0.3 + 0.4 − 0.06; blue = (0.5, 0.9, −0.4).
    expect(cell('a', 'score')).toBe('−0.600');
    expect(cell('fluffy', 'score')).toBe('0.640');
    expect(cell('blue', 'score')).toBe('0.740');
    expect(cell('creature', 'score')).toBe('1.250');
    expect(screen.getByTestId('attend-query')).toHaveTextContent('Q_creature = [1.00, 0.40, 0.30]');
  });

  it('turns the scores into α = softmax and shows Σα = 1.000, the nudge Δe and h₁ = x + Δe', () => {
    render(<LadderAttend />);
    const z = e(-0.6) + e(0.64) + e(0.74) + e(1.25);
    expect(cell('creature', 'alpha')).toBe((e(1.25) / z).toFixed(3));
    expect(cell('a', 'alpha')).toBe((e(-0.6) / z).toFixed(3));
    expect(screen.getByRole('table', { name: /Attention from/ }).querySelector('[data-column="alpha-sum"]')).toHaveTextContent('1.000');
    const d0 = (-0.6 * e(-0.6) + 0.3 * e(0.64) + 0.5 * e(0.74) + 1 * e(1.25)) / z;
    expect(screen.getByTestId('attend-delta')).toHaveTextContent(`Δe = [${fix(d0, 3)},`);
    expect(screen.getByTestId('attend-h1')).toHaveTextContent(`= [${fix(1 + d0, 3)},`);
  });

  it('recomputes everything when a prompt embedding moves, and shares the edit with the other rungs', () => {
    render(<LadderAttend />);
    expect(screen.getAllByRole('slider')).toHaveLength(12);
    fireEvent.change(screen.getByRole('slider', { name: 'fluffy d₀' }), { target: { value: '2' } });
    // fluffy = (2, 1, −0.2): score 2 + 0.4 − 0.06 = 2.34.
    expect(cell('fluffy', 'score')).toBe('2.340');
    const E = useEmbeddingStore.getState().embeddings;
    const ref = reference(['a', 'fluffy', 'blue', 'creature'], true, E);
    expect(cell('fluffy', 'alpha')).toBe(ref.alpha[1].toFixed(3));
    expect(screen.getByTestId('attend-h1')).toHaveTextContent(`= [${ref.h1.map((v) => fix(v, 3)).join(', ')}]`);
    expect(screen.getByRole('img', { name: /Arrows into/ })).toHaveAccessibleName(expect.stringContaining(`from fluffy, Q·K 2.34, weight α ${ref.alpha[1].toFixed(3)}`));
  });
});
