/** d_k = 2^exponent; the slider runs over exponents 0 … 9, so d_k runs 1, 2, 4, … 512. */
export const EXPONENTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
/** The exponent the page opens on (d_k = 4: small enough that softmax still spreads). */
export const START_EXPONENT = 2;
/** How many keys the query is compared with. */
export const TOKENS = 8;
/** How many random pairs measure the spread of q · k at each d_k. */
export const PAIRS = 1000;
/** Seed of the generator: the same d_k always shows the same vectors. */
export const SEED = 2017;
/** How many fresh draws the average largest weight is taken over. */
export const TRIALS = 200;
