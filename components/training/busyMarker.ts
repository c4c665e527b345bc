/**
 * The attribute a training view puts on its status line while a run is going, so the page can tell (for example
 * before reloading for an update) that leaving now would stop training. One name, used by every training view.
 */
export const TRAINING_BUSY = { 'data-busy': 'training' } as const;

/** The selector that finds a running training view's status line. */
export const TRAINING_BUSY_SELECTOR = '[data-busy="training"]';
