/** What scoring needs to know about one choice. */
export interface ScoredChoice {
  correct: boolean;
}

/** The verdict on one answer to a question. */
export interface QuestionScore {
  /** True when the selection is exactly the set of correct choices. */
  correct: boolean;
  /** Correct choices the learner did not select (indices). */
  missed: number[];
  /** Selected choices that are wrong (indices). */
  wrongPicks: number[];
}

/**
 * Scores a selection of choice indices against a question's choices.
 * A single-answer question is right when its one correct choice is the only pick; a "select all"
 * question is right only when every correct choice and no wrong one is picked.
 */
export function scoreQuestion(choices: readonly ScoredChoice[], selected: readonly number[]): QuestionScore {
  const picked = new Set(selected.filter((i) => Number.isInteger(i) && i >= 0 && i < choices.length));
  const missed: number[] = [];
  const wrongPicks: number[] = [];
  choices.forEach((choice, i) => {
    if (choice.correct && !picked.has(i)) missed.push(i);
    if (!choice.correct && picked.has(i)) wrongPicks.push(i);
  });
  return { correct: picked.size > 0 && missed.length === 0 && wrongPicks.length === 0, missed, wrongPicks };
}

/** Counts how many of a quiz's question keys have a correct stored answer. */
export function countCorrect(keys: readonly string[], isCorrect: (key: string) => boolean): number {
  return keys.reduce((n, key) => n + (isCorrect(key) ? 1 : 0), 0);
}
