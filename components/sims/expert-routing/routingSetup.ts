/** The words tokens are drawn from; each keeps one fixed random vector, so the same word always routes the same way. */
export const WORDS = [
  'the', 'cat', 'river', 'runs', 'quickly', '42', '+', 'def', 'Paris', 'blue', '(', 'and', 'sang', 'seven', 'is', 'return',
];

/** The routing picture's fixed sizes: 8 tokens, vectors of 8 numbers, 8 experts, top-2. */
export const ROUTING = { tokens: 8, channels: 8, experts: 8, k: 2, embeddingSeed: 2024 } as const;
