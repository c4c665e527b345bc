import type { QuestionAttempts } from '../stores/attempts';
import type { ProgressData, SavedAnswer } from '../stores/progressModel';

/** One lesson's work as the LMS keeps it between sessions. */
export interface LessonWork {
  answers: Record<string, SavedAnswer>;
  attempts: Record<string, QuestionAttempts>;
  /** Exercise ids that have passed (their code stays in the browser: it would not fit the LMS's limit). */
  passed: string[];
}

/** Version of the suspend-data shape, its first field, so a later course can read what an earlier one left. */
const SUSPEND_VERSION = 1;

/** A question as stored: chosen indices (null when cleared to try again), right (1/0), tries, right first (1/0). */
type Packed = [number[] | null, 0 | 1, number, 0 | 1];

/** The lesson's part of the progress, for the given question and exercise keys. */
export function lessonWork(data: ProgressData, questionKeys: readonly string[], exerciseKeys: readonly string[]): LessonWork {
  const answers: LessonWork['answers'] = {};
  const attempts: LessonWork['attempts'] = {};
  for (const key of questionKeys) {
    if (data.answers[key]) answers[key] = data.answers[key];
    if (data.attempts[key]) attempts[key] = data.attempts[key];
  }
  return { answers, attempts, passed: exerciseKeys.filter((id) => data.exercises[id]?.passed) };
}

/** Packs a lesson's work into a short string (compact JSON) for `cmi.suspend_data`. */
export function encodeSuspendData(work: LessonWork): string {
  const q: Record<string, Packed> = {};
  for (const key of new Set([...Object.keys(work.answers), ...Object.keys(work.attempts)])) {
    const a = work.answers[key];
    const t = work.attempts[key];
    q[key] = [a ? a.selected : null, a?.correct ? 1 : 0, t?.tries ?? 0, t?.firstTry ? 1 : 0];
  }
  return JSON.stringify({ v: SUSPEND_VERSION, q, x: work.passed });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIndexList = (x: unknown): x is number[] => Array.isArray(x) && x.length <= 50 && x.every((i) => Number.isInteger(i) && i >= 0 && i < 50);

/** One packed question back as an answer and attempts; null when it is not in the packed shape. */
function unpack(p: unknown, at: number): { answer?: SavedAnswer; attempts?: QuestionAttempts } | null {
  if (!Array.isArray(p) || p.length !== 4) return null;
  const [selected, correct, tries, first] = p as unknown[];
  if ((selected !== null && !isIndexList(selected)) || (correct !== 0 && correct !== 1) || (first !== 0 && first !== 1)) return null;
  if (!Number.isInteger(tries) || (tries as number) < 0 || (tries as number) > 999) return null;
  return {
    answer: selected === null ? undefined : { selected: [...selected], correct: correct === 1, at },
    attempts: (tries as number) > 0 ? { tries: tries as number, firstTry: first === 1 } : undefined,
  };
}

/**
 * Reads suspend data back, keeping only the lesson's own keys; null when it is empty or not ours (a different
 * course's data, or damaged), so the lesson starts fresh rather than half-restored.
 */
export function decodeSuspendData(text: string, questionKeys: readonly string[], exerciseKeys: readonly string[], at: number): LessonWork | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.v !== SUSPEND_VERSION || !isRecord(value.q) || !Array.isArray(value.x)) return null;
  const work: LessonWork = { answers: {}, attempts: {}, passed: exerciseKeys.filter((id) => (value.x as unknown[]).includes(id)) };
  for (const key of questionKeys) {
    if (!Object.hasOwn(value.q, key)) continue;
    const one = unpack(value.q[key], at);
    if (!one) return null;
    if (one.answer) work.answers[key] = one.answer;
    if (one.attempts) work.attempts[key] = one.attempts;
  }
  return work;
}
