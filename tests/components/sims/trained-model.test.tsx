import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AttentionWeightsSim from '../../../components/sims/attention-weights/AttentionWeightsSim';
import CausalMaskSim from '../../../components/sims/causal-mask/CausalMaskSim';
import AttentionSim from '../../../components/sims/forward-pass/attention/AttentionSim';
import EmbeddingsSim from '../../../components/sims/forward-pass/embeddings/EmbeddingsSim';
import PredictionSim from '../../../components/sims/forward-pass/prediction/PredictionSim';
import HeadPatternsSim from '../../../components/sims/head-patterns/HeadPatternsSim';
import { encodePrompt } from '../../../components/sims/trained-model/prompt';
import { trainedModelSource } from '../../../components/sims/trained-model/source';
import { trainedViewStore } from '../../../components/sims/trained-model/viewStore';
import type { TrainedLabModel } from '../../../components/lab/trainedModel';
import { createGpt } from '../../../engine/gpt/forward';
import { traceBlock } from '../../../engine/gpt/trace';
import { createRng } from '../../../engine/random';

const VOCABULARY = '.abcdefghijklmnopqrstuvwxyz';

/** A names-shaped model (vocab 27) with random weights, gains and biases, so every number differs from its neighbours. */
function fakeLab(): TrainedLabModel {
  const model = createGpt({ vocabSize: 27, contextLength: 8, width: 16, heads: 2, layers: 2, initStd: 0.5, seed: 5 });
  const rng = createRng(11);
  for (let i = 0; i < model.params.data.length; i++) model.params.data[i] += rng.gaussian(0, 0.2);
  return { model, step: 120, vocabulary: VOCABULARY, boundary: '.', corpusName: 'the names' };
}

const originalLoad = trainedModelSource.load;
let lab: TrainedLabModel;

beforeEach(() => {
  lab = fakeLab();
  trainedModelSource.load = async () => lab;
});

afterEach(() => {
  cleanup();
  trainedModelSource.load = originalLoad;
  trainedViewStore.getState().reset();
});

/** The page's way of writing a number: three decimals and a true minus sign. */
const fmt = (v: number, d = 3) => {
  const t = v.toFixed(d);
  return Number(t) === 0 ? (0).toFixed(d) : t.replace('-', '−');
};
const cellText = (name: string) => document.querySelector(`[data-cell="${name}"]`)?.textContent ?? '';
const LAB_OPTION = 'Your Lab model (step 120, trained on the names)';

async function switchToLab(prompt?: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('radio', { name: LAB_OPTION }));
  if (prompt !== undefined) {
    const box = screen.getByRole('textbox', { name: 'Prompt' });
    await user.clear(box);
    await user.type(box, prompt);
  }
  return user;
}

describe('encodePrompt', () => {
  it('puts the boundary first, reads capitals as lower case, names unknown characters once and caps at the context', () => {
    const encoded = encodePrompt('Em1m!1', VOCABULARY, '.', 8);
    expect(encoded.tokens.join('')).toBe('.emm');
    expect(encoded.ids).toEqual([0, 5, 13, 13]);
    expect(encoded.unknown).toEqual(['1', '!']);
    expect(encoded.truncated).toBe(false);
    const long = encodePrompt('abcdefghij', VOCABULARY, '.', 8);
    expect(long.ids).toHaveLength(8);
    expect(long.truncated).toBe(true);
    expect(encodePrompt('ab', 'abc', null, 4).ids).toEqual([0, 1]);
  });
});

describe('the weights switch', () => {
  it('keeps the teaching weights and says to train in the Lab first when no model is saved', async () => {
    trainedModelSource.load = async () => null;
    render(<EmbeddingsSim />);
    const option = await screen.findByRole('radio', { name: 'Your Lab model (none in this browser yet)' });
    expect(option).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Teaching weights' })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Train a model in the Lab first' })).toHaveAttribute('href', '/lab');
    // The teaching figure is there, whole, with its editable tok_emb.
    expect(screen.getByRole('spinbutton', { name: 'tok_emb row 3 column 0' })).toHaveValue(-0.2);
    expect(document.querySelector('[data-testid="fp-lab"]')).toBeNull();
  });

  it('says it is looking while the model loads, and why when it cannot be read', async () => {
    trainedModelSource.load = () => new Promise(() => {});
    render(<CausalMaskSim />);
    expect(screen.getByRole('radio', { name: 'Your Lab model (looking for it…)' })).toBeDisabled();
    expect(screen.getByText('Looking for a model trained in the Lab…')).toBeInTheDocument();
    cleanup();
    trainedModelSource.load = async () => {
      throw new Error('the storage is blocked');
    };
    render(<CausalMaskSim />);
    expect(await screen.findByText(/could not be read \(the storage is blocked\)/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Causal mask' })).toBeInTheDocument();
  });

  it('shows the traced embeddings and LayerNorm of a typed prompt, wide rows first cut to 8 columns with a way to show all', async () => {
    render(<EmbeddingsSim />);
    const user = await switchToLab('Emm');
    const trace = traceBlock(lab.model, [0, 5, 13, 13], 0);
    expect(screen.getByTestId('tm-tokens').textContent).toBe('.emm');
    expect(cellText('lab-ids-3-0')).toBe('13');
    expect([0, 1, 2, 7].map((j) => cellText(`lab-x-3-${j}`))).toEqual([0, 1, 2, 7].map((j) => fmt(trace.embedding[3][j])));
    expect(cellText('lab-x-3-8')).toBe('');
    const xTable = screen.getByRole('table', { name: /x = tok_emb\[id\] \+ pos_emb\[position\]/ });
    await user.click(within(xTable.closest('.tm-matrix') as HTMLElement).getByRole('button', { name: 'Show all 16 columns' }));
    expect(cellText('lab-x-3-15')).toBe(fmt(trace.embedding[3][15]));
    expect(Number(document.querySelector('[data-cell="lab-x-3-15"]')?.getAttribute('data-value'))).toBe(trace.embedding[3][15]);

    await user.click(screen.getByRole('radio', { name: 'LayerNorm' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Layer' }), '2 of 2');
    const second = traceBlock(lab.model, [0, 5, 13, 13], 1);
    expect(cellText('lab-ln1-2-4')).toBe(fmt(second.ln1.output[2][4]));
    expect(cellText('lab-ln1-stats-2-0')).toBe(fmt(second.ln1.mean[2], 4));
  });

  it('names the characters it leaves out and says when the prompt is cut to the context', async () => {
    render(<EmbeddingsSim />);
    await switchToLab('em 1m');
    expect(screen.getByTestId('tm-prompt-note').textContent).toBe('Left out, the model has no token for them: space, “1”.');
    expect(screen.getByTestId('tm-tokens').textContent).toBe('.emm');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'abcdefgh');
    expect(screen.getByTestId('tm-prompt-note').textContent).toContain('Only the first 7 characters fit the context of 8 tokens.');
  });

  it('shows one head’s Q, K, V, scores and weights as traceBlock computes them, and keeps the choice for the next lesson', async () => {
    render(<AttentionSim />);
    const user = await switchToLab('anna');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Head' }), '2 of 2');
    const ids = [0, 1, 14, 14, 1];
    const trace = traceBlock(lab.model, ids, 0);
    const head = trace.heads[1];
    expect(cellText('lab-q-4-0')).toBe(fmt(head.q[4][0]));
    expect(cellText('lab-k-2-3')).toBe(fmt(head.k[2][3]));
    expect(cellText('lab-v-1-7')).toBe(fmt(head.v[1][7]));
    expect(document.querySelector('[data-summary="lab-q-last"]')?.getAttribute('data-value')).toBe(String(head.q[4][0]));

    await user.click(screen.getByRole('radio', { name: 'Scores and weights' }));
    expect(cellText('lab-scores-1-3')).toBe(fmt(head.scores[1][3], 2));
    expect(cellText('lab-masked-1-3')).toBe('−∞');
    expect(cellText('lab-weights-4-2')).toBe(fmt(head.weights[4][2], 2));
    const row = Array.from(head.weights[4]).reduce((s, w) => s + w, 0);
    expect(row).toBeCloseTo(1, 6);
    cleanup();
    // The next lesson opens on the Lab model with the same prompt.
    render(<PredictionSim />);
    await screen.findByRole('radio', { name: LAB_OPTION, checked: true });
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('anna');
  });

  it('predicts the next character with the probability traceBlock gives, after all blocks, and shows the MLP of the block', async () => {
    render(<PredictionSim />);
    const user = await switchToLab('emm');
    await user.click(screen.getByRole('radio', { name: 'Logits and softmax' }));
    const { probabilities, logits } = traceBlock(lab.model, [0, 5, 13, 13], 0);
    const p = probabilities[3];
    const best = Array.from(p).indexOf(Math.max(...p));
    expect(screen.getByText(VOCABULARY[best], { selector: '[data-summary="lab-prediction"]' })).toBeInTheDocument();
    expect(document.querySelector('[data-summary="lab-top-prob"]')?.textContent).toBe(`${fmt(p[best] * 100, 1)}%`);
    expect(cellText('lab-next-26-0')).toBe(fmt(logits[3][26]));
    expect(cellText('lab-next-0-1')).toBe(fmt(p[0]));
    await user.click(screen.getByRole('radio', { name: 'LayerNorm and MLP' }));
    const block = traceBlock(lab.model, [0, 5, 13, 13], 0);
    expect(cellText('lab-ln2-stats-1-1')).toBe(fmt(block.ln2.rstd[1], 4));
    expect(cellText('lab-fc-2-5')).toBe(fmt(block.fc[2][5]));
    expect(cellText('lab-gelu-2-5')).toBe(fmt(block.gelu[2][5]));
    expect(cellText('lab-mlp-3-0')).toBe(fmt(block.mlp[3][0]));
    expect(cellText('lab-h2-3-0')).toBe(fmt(block.output[3][0]));
  });
});

describe('the chapters’ attention figures on the Lab model', () => {
  it('chapter 2 and 3: the heatmap is the picked layer and head’s real weights, with a sentence per row', async () => {
    for (const Figure of [AttentionWeightsSim, HeadPatternsSim]) {
      render(<Figure />);
      const user = await switchToLab('bob');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Layer' }), '2 of 2');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Head' }), '2 of 2');
      const head = traceBlock(lab.model, [0, 2, 15, 2], 1).heads[1];
      for (let i = 0; i < 4; i++) for (let j = 0; j <= i; j++) expect(cellText(`lab-weights-${i}-${j}`)).toBe(fmt(head.weights[i][j], 2));
      expect(screen.getByRole('table', { name: /Weights after softmax, layer 2, head 2 at step 120/ })).toBeInTheDocument();
      expect(screen.getByTestId('tm-attention-summary').textContent).toMatch(/^“\.” \(position 0\) looks most at “\.” \(position 0, 100\.0%\); /);
      cleanup();
      trainedViewStore.getState().reset();
    }
  });

  it('chapter 6: scores before the mask, −∞ after it, and weights of exactly 0 right of the diagonal', async () => {
    render(<CausalMaskSim />);
    const user = await switchToLab('eve');
    const head = traceBlock(lab.model, [0, 5, 22, 5], 0).heads[0];
    expect(cellText('lab-weights-0-3')).toBe('masked');
    await user.click(screen.getByRole('radio', { name: 'Scores before the mask' }));
    expect(cellText('lab-scores-0-3')).toBe(fmt(head.scores[0][3], 2));
    await user.click(screen.getByRole('radio', { name: 'Scores after the mask' }));
    expect(cellText('lab-masked-0-3')).toBe('−∞');
    expect(cellText('lab-masked-3-0')).toBe(fmt(head.scores[3][0], 2));
  });
});
