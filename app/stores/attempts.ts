/** How a question went over time: how many times an answer was checked, and whether the first check was right. */
export interface QuestionAttempts {
  tries: number;
  firstTry: boolean;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The most tries kept per question; a number past this says "struggled" as well as any larger one. */
export const MAX_TRIES = 999;

/** Reads saved attempts; a missing field (progress saved before attempts were kept) is none; null when malformed. */
export function readAttempts(x: unknown): Record<string, QuestionAttempts> | null {
  if (x === undefined) return {};
  if (!isRecord(x)) return null;
  const out: Record<string, QuestionAttempts> = {};
  for (const [key, a] of Object.entries(x)) {
    if (!isRecord(a) || !Number.isInteger(a.tries) || (a.tries as number) < 1 || typeof a.firstTry !== 'boolean') return null;
    out[key] = { tries: Math.min(a.tries as number, MAX_TRIES), firstTry: a.firstTry };
  }
  return out;
}

/** Attempts after one more checked answer; the first check of a question decides `firstTry` for good. */
export function countAttempt(previous: QuestionAttempts | undefined, correct: boolean): QuestionAttempts {
  return previous ? { tries: Math.min(previous.tries + 1, MAX_TRIES), firstTry: previous.firstTry } : { tries: 1, firstTry: correct };
}
