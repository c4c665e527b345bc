import { START_TOKEN } from '../../../engine/induction';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** How a token id is written on screen: the start token as <s>, ordinary tokens 1 … V as the letters A, B, C, … */
export function tokenLabel(id: number): string {
  return id === START_TOKEN ? '<s>' : (LETTERS[id - 1] ?? `#${id}`);
}
