/** The four tokens of chapter 2's simulation. */
export const TOKENS = ['the', 'cat', 'sat', 'down'] as const;

// Chosen by hand for illustration, in two dimensions so they can be drawn. Read the axes loosely: x is "names a
// thing", y is "describes an action". A trained model learns such vectors with W_K and W_Q, and has 64 or more axes.

/** Each token's key k_j = x_j W_K: what it offers to a query that is looking. */
export const KEYS: readonly (readonly [number, number])[] = [
  [-1, 0.5],
  [1.5, 0.5],
  [0.5, 1.5],
  [-0.5, 1],
];

/** Each token's value v_j = x_j W_V: what it hands over when it is attended to. */
export const VALUES: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [0, 1],
  [0.5, 0.5],
];

/**
 * Each token's starting query q_i = x_i W_Q: what it is looking for. "sat" starts at (1.0, 0.5), looking mostly
 * for a thing: its subject.
 */
export const START_QUERIES: readonly (readonly [number, number])[] = [
  [1, 0],
  [0, 1],
  [1, 0.5],
  [0.5, 1],
];

/** The token selected when the page opens. */
export const START_TOKEN = 2;

/** The sliders and the plot share this range for each coordinate of the query. */
export const QUERY_LIMIT = 3;
