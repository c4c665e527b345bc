import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import EncoderFlow from '../../../components/sims/encoder-flow/EncoderFlow';
import { FLOW_INPUT, FLOW_WEIGHTS } from '../../../components/sims/encoder-flow/flowModel';
import { toRows, type Matrix } from '../../../engine/matrix';

afterEach(cleanup);

// The block written out longhand with plain arrays, sharing no code with the engine: the weights and the input
// are data; every stage below is recomputed here from the formulas in the chapter.
const rows = (m: Matrix) => toRows(m);
const times = (x: number[][], w: number[][]) => x.map((r) => w[0].map((_, j) => r.reduce((s, v, k) => s + v * w[k][j], 0)));
const plus = (a: number[][], b: number[][]) => a.map((r, i) => r.map((v, j) => v + b[i][j]));
function norm(x: number[][], gain: ArrayLike<number>, bias: ArrayLike<number>) {
  return x.map((r) => {
    const mean = r.reduce((a, b) => a + b, 0) / r.length;
    const variance = r.reduce((a, b) => a + (b - mean) ** 2, 0) / r.length;
    return r.map((v, j) => ((v - mean) / Math.sqrt(variance + 1e-5)) * gain[j] + bias[j]);
  });
}
function attention(x: number[][]) {
  const { wQ, wK, wV, wO, heads } = FLOW_WEIGHTS.attention;
  const [q, k, v] = [wQ, wK, wV].map((w) => times(x, rows(w)));
  const hs = x[0].length / heads;
  const concat = x.map(() => [] as number[]);
  const weights: number[][][] = [];
  for (let h = 0; h < heads; h++) {
    const cols = (m: number[][]) => m.map((r) => r.slice(h * hs, (h + 1) * hs));
    const [qh, kh, vh] = [cols(q), cols(k), cols(v)];
    const w = qh.map((qi) => {
      const e = kh.map((kj) => Math.exp(qi.reduce((s, a, c) => s + a * kj[c], 0) / Math.sqrt(hs)));
      const total = e.reduce((a, b) => a + b, 0);
      return e.map((x) => x / total);
    });
    weights.push(w);
    times(w, vh).forEach((r, i) => concat[i].push(...r));
  }
  return { output: times(concat, rows(wO)), weights };
}
const gelu = (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
const x = rows(FLOW_INPUT);
const w = FLOW_WEIGHTS;
const n1 = norm(x, w.norm1.gain, w.norm1.bias);
const att = attention(n1);
const h = plus(x, att.output);
const n2 = norm(h, w.norm2.gain, w.norm2.bias);
const hidden = times(n2, rows(w.ffn.w1)).map((r) => r.map((v, j) => gelu(v + w.ffn.b1[j])));
const ffn = times(hidden, rows(w.ffn.w2)).map((r) => r.map((v, j) => v + w.ffn.b2[j]));
const out = plus(h, ffn);
const EXPECTED = [x, n1, att.output, h, n2, hidden, ffn, out];
const NAMES = ['Input x', 'LayerNorm 1', 'Multi-head attention', '+ residual', 'LayerNorm 2', 'FFN: 8 → 32, GELU', 'FFN: 32 → 8', '+ residual = output'];

const shown = (v: number[]) => `[${v.map((n) => n.toFixed(2).replace('-', '−').replace(/^−0\.00$/, '0.00')).join(', ')}]`;

describe('EncoderFlow', () => {
  it('starts at the input of "cat" and steps through all eight stages with the numbers worked out longhand', async () => {
    const user = userEvent.setup();
    render(<EncoderFlow />);
    expect(screen.getByRole('radio', { name: '“cat”' })).toBeChecked();
    for (let step = 0; step < EXPECTED.length; step++) {
      expect(screen.getByText(/^Step \d of 7/)).toHaveTextContent(`Step ${step} of 7: ${NAMES[step]}`);
      expect(screen.getByTestId('current-vector')).toHaveTextContent(shown(EXPECTED[step][1]));
      if (step < EXPECTED.length - 1) await user.click(screen.getByRole('button', { name: 'Step forward' }));
    }
    expect(screen.getByRole('button', { name: 'Step forward' })).toBeDisabled();
    // The disabled button cannot hold focus; the keyboard lands on "Step back", and Reset hands it back.
    expect(screen.getByRole('button', { name: 'Step back' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('button', { name: 'Step forward' })).toHaveFocus();
  });

  it('shows each head’s attention weights for the token at the attention step', async () => {
    const user = userEvent.setup();
    render(<EncoderFlow />);
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    const [w1, w2] = att.weights.map((head) => head[1].map((v) => v.toFixed(2)));
    expect(screen.getByText(/^Attention weights of/)).toHaveTextContent(`head 1: the ${w1[0]}, cat ${w1[1]}, sat ${w1[2]}; head 2: the ${w2[0]}, cat ${w2[1]}, sat ${w2[2]}`);
  });

  it('adds exactly what each sub-layer made to the stream: the table’s rows grow one per step', async () => {
    const user = userEvent.setup();
    render(<EncoderFlow />);
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Step forward' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    // x + attention, row by row, is what the residual step shows.
    expect(table.querySelector('[data-step="residual1"]')).toHaveTextContent(shown(x[1].map((v, j) => v + att.output[1][j])));
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/^Step \d of 7/)).toHaveTextContent('Step 0 of 7: Input x');
    expect(screen.getByRole('button', { name: 'Step forward' })).toHaveFocus();
  });

  it('follows another token when picked, keeping the step', async () => {
    const user = userEvent.setup();
    render(<EncoderFlow />);
    for (let i = 0; i < 7; i++) await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('radio', { name: '“sat”' }));
    expect(screen.getByTestId('current-vector')).toHaveTextContent(shown(out[2]));
  });
});
