import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ParameterShare from '../../../components/sims/parameter-share/ParameterShare';

afterEach(cleanup);

const cell = (column: string) => screen.getByRole('table').querySelector(`[data-column="${column}"]`)?.textContent;

describe('ParameterShare', () => {
  it('opens on GPT-2 small: 124,439,808 parameters, feed-forward 66.6% of the blocks and 45.5% of the model', () => {
    render(<ParameterShare />);
    expect(screen.getByRole('radio', { name: 'GPT-2 small' })).toBeChecked();
    expect(screen.getByTestId('total')).toHaveTextContent('124,439,808');
    // Per block: FFN 2·768·3072 + 3072 + 768 = 4,722,432 of 7,087,872; twelve blocks of FFN of the whole.
    expect(screen.getByTestId('ffn-blocks')).toHaveTextContent(((4_722_432 / 7_087_872) * 100).toFixed(1) + '%');
    expect(screen.getByTestId('ffn-total')).toHaveTextContent(((12 * 4_722_432) / 124_439_808 * 100).toFixed(1) + '%');
    expect(cell('embeddings-count')).toBe(((50257 + 1024) * 768).toLocaleString('en-US'));
    // 25 LayerNorms of 2 × 768 = 38,400 of 124 million: not zero, so not shown as 0.0%.
    expect(cell('norms-count')).toBe('38,400');
    expect(cell('norms-share')).toBe('under 0.1%');
    expect(cell('head-share')).toBe('0.0%');
  });

  it('shows GPT-3 at 174,604,259,328 parameters, two thirds of them in the feed-forward networks', async () => {
    const user = userEvent.setup();
    render(<ParameterShare />);
    await user.click(screen.getByRole('radio', { name: 'GPT-3 175B' }));
    expect(screen.getByTestId('total')).toHaveTextContent('174,604,259,328');
    expect(screen.getByTestId('total').parentElement).toHaveTextContent('174.6 billion');
    const c = 12288;
    expect(screen.getByTestId('ffn-blocks')).toHaveTextContent((((8 * c * c + 5 * c) / (12 * c * c + 13 * c)) * 100).toFixed(1));
    expect(screen.getByTestId('ffn-total')).toHaveTextContent('66.4%');
  });

  it('counts LLaMA 7B with an untied output layer of 32,000 × 4,096 and no position table', async () => {
    const user = userEvent.setup();
    render(<ParameterShare />);
    await user.click(screen.getByRole('radio', { name: 'LLaMA 7B' }));
    expect(screen.getByTestId('total')).toHaveTextContent('6,738,415,616');
    expect(cell('head-count')).toBe('131,072,000');
    expect(cell('embeddings-count')).toBe('131,072,000');
  });

  it('counts BERT-base as 109,482,240 with the pooler as its output layer', async () => {
    const user = userEvent.setup();
    render(<ParameterShare />);
    await user.click(screen.getByRole('radio', { name: 'BERT-base' }));
    expect(screen.getByTestId('total')).toHaveTextContent('109,482,240');
    expect(cell('head-count')).toBe((768 * 768 + 768).toLocaleString('en-US'));
  });
});

describe('ParameterShare per block', () => {
  it('sums one GPT-2 block as 2,362,368 + 4,722,432 + 3,072 = 7,087,872', () => {
    render(<ParameterShare />);
    expect(screen.getByTestId('per-block')).toHaveTextContent(
      `attention ${(4 * 768 * 768 + 4 * 768).toLocaleString('en-US')} + feed-forward ${(8 * 768 * 768 + 5 * 768).toLocaleString('en-US')} + norms 3,072 = 7,087,872`,
    );
  });
});
