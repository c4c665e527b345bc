import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecoderStack from '../../../components/sims/decoder-stack/DecoderStack';
import LazyDecoderStack from '../../../components/sims/decoder-stack';

afterEach(cleanup);

const items = () => within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);

describe('DecoderStack', () => {
  it('shows the translation design first: an encoder, and a decoder block of three sub-layers with cross-attention', () => {
    render(<DecoderStack />);
    expect(screen.getByRole('radio', { name: 'Encoder–decoder (translation)' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Each decoder block has 3 sub-layers');
    expect(items()).toContain('Decoder: Cross-attention, Q here; K, V from encoder (with a residual connection)');
    expect(items()).toContain('Encoder: Self-attention, no mask: sees everything');
  });

  it('drops the encoder and cross-attention in the decoder-only design, leaving two sub-layers, chosen by keyboard', async () => {
    const user = userEvent.setup();
    render(<DecoderStack />);
    screen.getByRole('radio', { name: 'Encoder–decoder (translation)' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Decoder-only (GPT, LLaMA)' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Each block has 2 sub-layers');
    expect(items()).toEqual([
      'Input, prompt + tokens so far',
      'Masked self-attention, looks only backward (with a residual connection)',
      'Feed-forward network, on each token separately (with a residual connection)',
      'Next-token logits, LayerNorm, then × W_vocab',
    ]);
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<LazyDecoderStack />);
    expect(await screen.findByRole('radio', { name: 'Decoder-only (GPT, LLaMA)' })).toBeInTheDocument();
  });
});
