import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AttentionStep from '../../../components/sims/forward-pass/attention/AttentionStep';
import EmbeddingsStep from '../../../components/sims/forward-pass/embeddings/EmbeddingsStep';
import PredictionStep from '../../../components/sims/forward-pass/prediction/PredictionStep';
import { forwardWeightsStore } from '../../../components/sims/forward-pass/shared/weightsStore';
import { SEED_WEIGHTS, withCell } from '../../../engine/forwardPass/weights';
import { reference } from '../../engine/forwardPass/reference';

afterEach(() => {
  cleanup();
  forwardWeightsStore.getState().restore();
});

/** The page's way of writing a number: three decimals and a true minus sign. */
const fmt = (v: number, d = 3) => {
  const t = v.toFixed(d);
  return Number(t) === 0 ? (0).toFixed(d) : t.replace('-', '−');
};
const cellText = (name: string) => document.querySelector(`[data-cell="${name}"]`)?.textContent ?? '';
const summary = (name: string) => document.querySelector(`[data-summary="${name}"]`)?.textContent ?? '';
const input = (label: string) => screen.getByRole('spinbutton', { name: label });

describe('forward pass: embeddings', () => {
  it('shows ids 0–3 and x for "on" = (−0.200, 0.300, 0.500, 0.100): tok_emb row 3 plus pos_emb row 3', () => {
    render(<EmbeddingsStep />);
    expect(['id-0', 'id-1', 'id-2', 'id-3'].map(cellText)).toEqual(['0', '1', '2', '3']);
    expect([0, 1, 2, 3].map((j) => cellText(`x-3-${j}`))).toEqual(['−0.200', '0.300', '0.500', '0.100']);
    expect(input('tok_emb row 3 column 1')).toHaveValue(0.2);
  });

  it('normalises each row: LN₁ for "the" is (0, −0.4, 0.5, −0.1) / √(0.105 + 1e-5)', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsStep />);
    await user.click(screen.getByRole('radio', { name: 'LayerNorm' }));
    const expected = [0, -0.4, 0.5, -0.1].map((d) => fmt(d / Math.sqrt(0.105 + 1e-5)));
    expect([0, 1, 2, 3].map((j) => cellText(`ln1-0-${j}`))).toEqual(expected);
    expect(cellText('mean-0')).toBe('0.3000');
    expect(cellText('variance-0')).toBe('0.1050');
  });

  it('recomputes x at once when a tok_emb cell is edited, and the edit reaches the attention lesson', () => {
    render(<EmbeddingsStep />);
    fireEvent.change(input('tok_emb row 3 column 0'), { target: { value: '1' } });
    expect(cellText('x-3-0')).toBe('1.000');
    cleanup();
    render(<AttentionStep />);
    const ref = reference(withCell(SEED_WEIGHTS, 'tokEmb', 3, 0, 1));
    expect(cellText('q-3-0')).toBe(fmt(ref.q[3][0]));
    expect(screen.getByText(/Some weights are edited/)).toBeInTheDocument();
  });

  it('explains empty and huge input, keeps the last good value in use and never shows NaN', () => {
    render(<EmbeddingsStep />);
    const cell = input('pos_emb row 3 column 1');
    fireEvent.change(cell, { target: { value: '' } });
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription(/pos_emb row 3 column 1: Enter a number; the last valid value is still in use/);
    expect(cellText('x-3-1')).toBe('0.300');
    fireEvent.change(cell, { target: { value: '1e6' } });
    expect(cell).toHaveAccessibleDescription(/Keep weights between −10 and 10/);
    expect(cellText('x-3-1')).toBe('0.300');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    fireEvent.change(cell, { target: { value: '0.5' } });
    expect(cell).not.toHaveAttribute('aria-invalid');
    expect(cellText('x-3-1')).toBe('0.700');
  });

  it('restores the seed’s weights and clears the inputs with one button', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsStep />);
    fireEvent.change(input('tok_emb row 0 column 0'), { target: { value: '2' } });
    fireEvent.change(input('tok_emb row 1 column 0'), { target: { value: '' } });
    expect(cellText('x-0-0')).toBe('2.100');
    await user.click(screen.getByRole('button', { name: 'Restore the seed’s weights' }));
    expect(cellText('x-0-0')).toBe('0.300');
    expect(input('tok_emb row 0 column 0')).toHaveValue(0.2);
    expect(input('tok_emb row 1 column 0')).toHaveValue(0.1);
    expect(input('tok_emb row 1 column 0')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('All weights are the seed’s.')).toBeInTheDocument();
  });

  it('highlights the token’s tok_emb cell and the position’s pos_emb cell when an x value is focused', () => {
    render(<EmbeddingsStep />);
    fireEvent.focus(document.querySelector('[data-cell="x-3-2"]')!);
    const marked = Array.from(document.querySelectorAll('[data-highlighted]'), (el) => el.getAttribute('data-cell'));
    expect(marked).toEqual(['tokEmb-3-2', 'posEmb-3-2']);
    expect(screen.getByText(/^x \(on, d2\) = 0\.500 comes from/)).toHaveTextContent(
      'x (on, d2) = 0.500 comes from tok_emb (3 · on, d2) and pos_emb (pos 3, d2), highlighted.',
    );
  });
  it('makes each computed table one Tab stop whose cells the arrow keys walk through', async () => {
    const user = userEvent.setup();
    render(<EmbeddingsStep />);
    const first = document.querySelector<HTMLElement>('[data-cell="x-0-0"]')!;
    expect(first).toHaveAttribute('tabindex', '0');
    expect(document.querySelector('[data-cell="x-0-1"]')).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    // Four presses down from row 0 stop at the last row, 3.
    expect(document.activeElement).toHaveAttribute('data-cell', 'x-3-1');
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(screen.getByText(/^x \(on, d1\) = 0\.300 comes from/)).toBeInTheDocument();
  });
});

describe('forward pass: attention', () => {
  const ref = reference(SEED_WEIGHTS);

  it('computes Q, the causal weights and h₁ as the hand-written reference does', async () => {
    const user = userEvent.setup();
    render(<AttentionStep />);
    expect([0, 1, 2, 3].map((j) => cellText(`q-3-${j}`))).toEqual(ref.q[3].map((v) => fmt(v)));
    await user.click(screen.getByRole('radio', { name: 'Scores and weights' }));
    expect([0, 1, 2, 3].map((j) => cellText(`weights-0-${j}`))).toEqual(['1.000', '0.000', '0.000', '0.000']);
    expect(cellText('masked-1-2')).toBe('masked');
    expect([0, 1, 2, 3].map((j) => cellText(`weights-3-${j}`))).toEqual(ref.weights[3].map((v) => fmt(v)));
    await user.click(screen.getByRole('radio', { name: 'Output and residual' }));
    expect([0, 1, 2, 3].map((j) => cellText(`h1-3-${j}`))).toEqual(ref.h1[3].map((v) => fmt(v)));
  });

  it('sets the computed attention output for "on" beside the seed’s printed one, which differs', async () => {
    const user = userEvent.setup();
    render(<AttentionStep />);
    await user.click(screen.getByRole('radio', { name: 'Output and residual' }));
    const table = document.querySelector('[data-stage="seed-compare"]') as HTMLElement;
    expect(within(table).getByRole('row', { name: /seed prints/ })).toHaveTextContent('0.140.190.220.24');
    expect([0, 1, 2, 3].map((j) => cellText(`compare-${j}`))).toEqual(ref.attnOut[3].map((v) => fmt(v, 2)));
    expect(cellText('compare-0')).toBe('−0.33');
  });

  it('highlights LN₁ row "on" and W_Q column 1 when Q (on, d1) is hovered', () => {
    render(<AttentionStep />);
    fireEvent.mouseEnter(document.querySelector('[data-cell="q-3-1"]')!);
    const marked = Array.from(document.querySelectorAll('[data-highlighted]'), (el) => el.getAttribute('data-cell'));
    expect(marked).toEqual(['ln1-3-0', 'ln1-3-1', 'ln1-3-2', 'ln1-3-3', 'wQ-0-1', 'wQ-1-1', 'wQ-2-1', 'wQ-3-1']);
    expect(screen.getByText(/comes from LN₁\(x\) row “on” and W_Q column d1/)).toBeInTheDocument();
    // The four products behind the cell, LN₁(on)_k × W_Q[k][1], and their sum.
    const ln = ref.ln1[3];
    const column = SEED_WEIGHTS.wQ.map((r) => r[1]);
    const line = ln.map((a, k) => `${fmt(a)} × ${fmt(column[k])}`).join(' + ');
    expect(document.querySelector('[data-terms]')).toHaveTextContent(`${line} = ${fmt(ref.q[3][1])}`);
  });
});

describe('forward pass: prediction', () => {
  it('predicts "cat" and scores the target "mat" with the reference’s probability and loss', () => {
    render(<PredictionStep />);
    const ref = reference(SEED_WEIGHTS);
    expect(summary('prediction')).toBe('cat');
    expect(summary('target-prob')).toBe(`${(ref.probs[4] * 100).toFixed(1)}%`);
    expect(summary('loss')).toBe(fmt(ref.loss));
    expect([0, 1, 2, 3].map((j) => cellText(`mlpOut-3-${j}`))).toEqual(ref.mlpOut[3].map((v) => fmt(v)));
  });

  it('reproduces the seed’s MLP output (0.04, 0.17, 0.09, −0.04) from the seed’s own h₁', () => {
    render(<PredictionStep />);
    expect(summary('seed-mlp')).toContain('gives (0.04, 0.17, 0.09, −0.04). The seed prints (0.04, 0.17, 0.09, −0.04): the same');
  });

  it('changes the prediction to "mat" when W_lm row 2, column "mat" goes from 0.2 to 1.2, as the logits say', async () => {
    const user = userEvent.setup();
    render(<PredictionStep />);
    await user.click(screen.getByRole('radio', { name: 'Logits, softmax and loss' }));
    const before = reference(SEED_WEIGHTS);
    fireEvent.change(input('W_lm row 2 column 4'), { target: { value: '1.2' } });
    const after = reference(withCell(SEED_WEIGHTS, 'wLm', 2, 4, 1.2));
    // Only the "mat" logit moves, by h₂(on)[2] × 1.0.
    expect(after.logits[4] - before.logits[4]).toBeCloseTo(before.h2[3][2], 12);
    expect(cellText('logits-0-4')).toBe(fmt(after.logits[4]));
    expect(cellText('logits-0-1')).toBe(fmt(before.logits[1]));
    expect(summary('prediction')).toBe('mat');
    expect(summary('loss')).toBe(fmt(after.loss));
  });

  it('says when an edited W_1 no longer reproduces the seed’s MLP output', () => {
    render(<PredictionStep />);
    fireEvent.change(input('W_1 row 0 column 1'), { target: { value: '3' } });
    expect(summary('seed-mlp')).toContain('no longer the same, because W_1 or W_2 is edited');
  });
});
