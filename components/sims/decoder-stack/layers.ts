/** The two designs the diagram compares. */
export type Design = 'encoder-decoder' | 'decoder-only';

/** One box of the diagram: what it is, and whether it sits inside the repeated block. */
export interface Stage {
  label: string;
  /** A short note under the label. */
  note: string;
  kind: 'io' | 'attention' | 'cross' | 'ffn';
  /** Wrapped in a residual connection (with a LayerNorm before it). */
  residual: boolean;
}

/** The decoder column, top to bottom, for each design. */
export const DECODER: Record<Design, readonly Stage[]> = {
  'encoder-decoder': [
    { label: 'Decoder input', note: 'the tokens written so far', kind: 'io', residual: false },
    { label: 'Masked self-attention', note: 'looks only backward', kind: 'attention', residual: true },
    { label: 'Cross-attention', note: 'Q here; K, V from encoder', kind: 'cross', residual: true },
    { label: 'Feed-forward network', note: 'same as the encoder’s', kind: 'ffn', residual: true },
    { label: 'Next-token logits', note: 'LayerNorm, then × W_vocab', kind: 'io', residual: false },
  ],
  'decoder-only': [
    { label: 'Input', note: 'prompt + tokens so far', kind: 'io', residual: false },
    { label: 'Masked self-attention', note: 'looks only backward', kind: 'attention', residual: true },
    { label: 'Feed-forward network', note: 'on each token separately', kind: 'ffn', residual: true },
    { label: 'Next-token logits', note: 'LayerNorm, then × W_vocab', kind: 'io', residual: false },
  ],
};

/** The encoder column of the encoder-decoder design, top to bottom. */
export const ENCODER: readonly Stage[] = [
  { label: 'Source sentence', note: 'read whole', kind: 'io', residual: false },
  { label: 'Self-attention', note: 'no mask: sees everything', kind: 'attention', residual: true },
  { label: 'Feed-forward network', note: 'on each token separately', kind: 'ffn', residual: true },
  { label: 'Encoder output', note: 'K and V for cross-attention', kind: 'io', residual: false },
];
