import { describe, expect, it } from 'vitest';
import { forwardInto, forwardSequence } from '../../../engine/gpt/forward';
import { traceBlock } from '../../../engine/gpt/trace';
import { createWorkspace } from '../../../engine/gpt/workspace';
import { randomisedModel } from './helpers';

// vocab 7, context 5, width 8, 2 heads of size 4, 2 layers, float32, every weight random.
const model = randomisedModel();
const prompt = [3, 0, 6, 2];
const { width: C, heads: H } = model.config;
const hs = C / H;

/** Float32 agreement: relative error below 1e-5 (plus a small absolute floor for values near 0). */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(expected)));
}

describe('traceBlock', () => {
  it('gives the same logits as forwardSequence and as a batch of two sequences through forwardInto', () => {
    const trace = traceBlock(model, prompt, 0);
    const single = forwardSequence(model, prompt);
    trace.logits.forEach((row, t) => expect(Array.from(row)).toEqual(Array.from(single.logits[t])));
    // The prompt as the second sequence of a batch, as training sees it: the same numbers to float32 precision.
    const ws = createWorkspace(model.config, 2, prompt.length);
    const batched = forwardInto(model, ws, [1, 1, 4, 5, ...prompt]);
    const V = model.config.vocabSize;
    for (let t = 0; t < prompt.length; t++) {
      for (let v = 0; v < V; v++) expectClose(trace.logits[t][v], batched[(prompt.length + t) * V + v]);
    }
  });

  it('turns the logits into probabilities that sum to 1 and rank the tokens as the logits do', () => {
    const { logits, probabilities } = traceBlock(model, prompt, 1);
    for (let t = 0; t < prompt.length; t++) {
      expectClose(probabilities[t].reduce((s, p) => s + p, 0), 1);
      const byLogit = Array.from(logits[t]).indexOf(Math.max(...logits[t]));
      const byProb = Array.from(probabilities[t]).indexOf(Math.max(...probabilities[t]));
      expect(byProb).toBe(byLogit);
      // softmax by hand for one entry: e^(z_0 − max) / Σ e^(z_v − max)
      const max = Math.max(...logits[t]);
      const sum = Array.from(logits[t]).reduce((s, z) => s + Math.exp(z - max), 0);
      expectClose(probabilities[t][0], Math.exp(logits[t][0] - max) / sum);
    }
  });

  it('adds token row and position row into the embedding, and normalises it with mean and 1/σ worked out by hand', () => {
    const trace = traceBlock(model, prompt, 0);
    const p = model.params;
    for (let t = 0; t < prompt.length; t++) {
      for (let c = 0; c < C; c++) {
        expect(trace.tokenEmbedding[t][c]).toBe(p.tokenEmbedding[prompt[t] * C + c]);
        expect(trace.positionEmbedding[t][c]).toBe(p.positionEmbedding[t * C + c]);
        expectClose(trace.embedding[t][c], trace.tokenEmbedding[t][c] + trace.positionEmbedding[t][c]);
      }
      const row = Array.from(trace.input[t]);
      const mean = row.reduce((s, x) => s + x, 0) / C;
      const variance = row.reduce((s, x) => s + (x - mean) ** 2, 0) / C;
      const rstd = 1 / Math.sqrt(variance + model.config.layerNormEpsilon);
      expectClose(trace.ln1.mean[t], mean);
      expectClose(trace.ln1.rstd[t], rstd);
      const g = p.layers[0].ln1Gain;
      const b = p.layers[0].ln1Bias;
      expectClose(trace.ln1.output[t][5], (row[5] - mean) * rstd * g[5] + b[5]);
    }
  });

  it('makes Q, K and V as LN₁ × W + b: one entry of each checked by hand', () => {
    const layer = 1;
    const trace = traceBlock(model, prompt, layer);
    const { qkvWeight: W, qkvBias: b } = model.params.layers[layer];
    const t = 2;
    const h = 1;
    const j = 3;
    const dot = (column: number) => trace.ln1.output[t].reduce((s, x, c) => s + x * W[c * 3 * C + column], 0) + b[column];
    expectClose(trace.heads[h].q[t][j], dot(h * hs + j));
    expectClose(trace.heads[h].k[t][j], dot(C + h * hs + j));
    expectClose(trace.heads[h].v[t][j], dot(2 * C + h * hs + j));
  });

  it('scales the scores by 1/√hs, masks later keys with −∞ and gives weights that are their softmax, rows summing to 1', () => {
    for (const head of traceBlock(model, prompt, 0).heads) {
      for (let i = 0; i < prompt.length; i++) {
        for (let j = 0; j < prompt.length; j++) {
          const qk = head.q[i].reduce((s, q, d) => s + q * head.k[j][d], 0);
          expectClose(head.scores[i][j], qk / Math.sqrt(hs));
          if (j > i) {
            expect(head.masked[i][j]).toBe(-Infinity);
            expect(head.weights[i][j]).toBe(0);
          } else {
            expect(head.masked[i][j]).toBe(head.scores[i][j]);
          }
        }
        const visible = Array.from(head.masked[i].subarray(0, i + 1));
        const max = Math.max(...visible);
        const sum = visible.reduce((s, z) => s + Math.exp(z - max), 0);
        visible.forEach((z, j) => expectClose(head.weights[i][j], Math.exp(z - max) / sum));
        expectClose(head.weights[i].reduce((s, w) => s + w, 0), 1);
      }
    }
  });

  it('builds each head’s output as weights · V, and the block as input + projection, then + MLP(GELU)', () => {
    const layer = 0;
    const trace = traceBlock(model, prompt, layer);
    const w = model.params.layers[layer];
    const T = prompt.length;
    for (let h = 0; h < H; h++) {
      const head = trace.heads[h];
      for (let t = 0; t < T; t++) {
        for (let d = 0; d < hs; d++) {
          const sum = head.weights[t].reduce((s, wt, j) => s + wt * head.v[j][d], 0);
          expectClose(head.output[t][d], sum);
          expect(trace.attention[t][h * hs + d]).toBe(head.output[t][d]);
        }
      }
    }
    const t = T - 1;
    const c = 2;
    expectClose(trace.projection[t][c], trace.attention[t].reduce((s, x, k) => s + x * w.projWeight[k * C + c], 0) + w.projBias[c]);
    for (let k = 0; k < C; k++) {
      expectClose(trace.afterAttention[t][k], trace.input[t][k] + trace.projection[t][k]);
      expectClose(trace.output[t][k], trace.afterAttention[t][k] + trace.mlp[t][k]);
    }
    const f = 7;
    expectClose(trace.fc[t][f], trace.ln2.output[t].reduce((s, x, k) => s + x * w.fcWeight[k * 4 * C + f], 0) + w.fcBias[f]);
    const x = trace.fc[t][f];
    expectClose(trace.gelu[t][f], 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))));
    expectClose(trace.mlp[t][c], trace.gelu[t].reduce((s, g, k) => s + g * w.outWeight[k * C + c], 0) + w.outBias[c]);
  });

  it('works for every layer of a 2-layer model: block 0’s output is block 1’s input, and the weights match forwardSequence', () => {
    const first = traceBlock(model, prompt, 0);
    const second = traceBlock(model, prompt, 1);
    expect(second.input.map((r) => Array.from(r))).toEqual(first.output.map((r) => Array.from(r)));
    const single = forwardSequence(model, prompt);
    for (const trace of [first, second]) {
      for (let h = 0; h < H; h++) {
        expect(trace.heads[h].weights.map((r) => Array.from(r))).toEqual(single.attention[trace.layer][h].map((r) => Array.from(r)));
      }
    }
    // The last block's output is what the final LayerNorm reads.
    const row = Array.from(second.output[0]);
    const mean = row.reduce((s, x) => s + x, 0) / C;
    expectClose(second.finalNorm.mean[0], mean);
  });

  it('rejects an empty prompt, one longer than the context, an out-of-range or fractional id, and a missing layer', () => {
    expect(() => traceBlock(model, [], 0)).toThrow(RangeError);
    expect(() => traceBlock(model, [0, 1, 2, 3, 4, 5], 0)).toThrow(/1 to 5 tokens/);
    expect(() => traceBlock(model, [0, 7], 0)).toThrow(/ids must be integers from 0 to 6/);
    expect(() => traceBlock(model, [0, 1.5], 0)).toThrow(RangeError);
    expect(() => traceBlock(model, [0, 1], 2)).toThrow(/layer must be an integer from 0 to 1/);
    expect(() => traceBlock(model, [0, 1], -1)).toThrow(RangeError);
  });
});
