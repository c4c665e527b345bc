import { readAttempts, type QuestionAttempts } from './attempts';

/** The version of the persisted progress shape; bump it and add a step to `migrateProgress` when it changes. */
export const PROGRESS_VERSION = 4;

/** A saved answer: the chosen choice indices, whether they were right, and when (ms since epoch). */
export interface SavedAnswer {
  selected: number[];
  correct: boolean;
  at: number;
}

/**
 * A code exercise as last left: the code in the editor, whether it has passed (it stays passed while the student
 * goes on editing), the code of the latest passing run (what a figure runs as "your function"), the checker, and when.
 */
export interface SavedExercise {
  code: string;
  passed: boolean;
  passedCode: string | null;
  /** The checker it was run against, so a figure can find the student's own function for the same job. */
  check: string;
  at: number;
}

/** The longest code kept per exercise; an editor holding more is cut here when saved. */
export const MAX_SAVED_CODE = 20_000;

/** Everything the course remembers about a learner. */
export interface ProgressData {
  /** Answers by progress key `<quizId>/<questionId>`. */
  answers: Record<string, SavedAnswer>;
  /** Lesson routes visited, with the time of the first visit. */
  visited: Record<string, number>;
  /** Route of the lesson visited most recently. */
  lastLesson: string | null;
  /** Code exercises by exercise id. */
  exercises: Record<string, SavedExercise>;
  /** Tries per question by progress key; kept when an answer is cleared to try again, so struggling shows. */
  attempts: Record<string, QuestionAttempts>;
}

/** Progress for someone who has not started. */
export function emptyProgress(): ProgressData {
  return { answers: {}, visited: {}, lastLesson: null, exercises: {}, attempts: {} };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIndexList = (x: unknown): x is number[] => Array.isArray(x) && x.every((i) => Number.isInteger(i) && i >= 0);

/** Checks a value against the current shape; null when anything is off, so bad data is never half-used. */
export function readProgress(x: unknown): ProgressData | null {
  if (!isRecord(x) || !isRecord(x.answers) || !isRecord(x.visited)) return null;
  if (x.lastLesson !== null && typeof x.lastLesson !== 'string') return null;
  const answers: Record<string, SavedAnswer> = {};
  for (const [key, a] of Object.entries(x.answers)) {
    if (!isRecord(a) || !isIndexList(a.selected) || typeof a.correct !== 'boolean' || !Number.isFinite(a.at)) return null;
    answers[key] = { selected: [...a.selected], correct: a.correct, at: Number(a.at) };
  }
  const visited: Record<string, number> = {};
  for (const [route, at] of Object.entries(x.visited)) {
    if (typeof at !== 'number' || !Number.isFinite(at)) return null;
    visited[route] = at;
  }
  const exercises: Record<string, SavedExercise> = {};
  // Progress written before exercises existed, or by hand, may leave the field out: that is no exercise yet.
  const savedExercises = x.exercises === undefined ? {} : x.exercises;
  if (!isRecord(savedExercises)) return null;
  for (const [id, e] of Object.entries(savedExercises)) {
    if (!isRecord(e) || typeof e.code !== 'string' || typeof e.passed !== 'boolean' || typeof e.check !== 'string' || !Number.isFinite(e.at)) return null;
    if (e.passedCode !== null && typeof e.passedCode !== 'string') return null;
    const passedCode = e.passed && typeof e.passedCode === 'string' ? e.passedCode.slice(0, MAX_SAVED_CODE) : null;
    exercises[id] = { code: e.code.slice(0, MAX_SAVED_CODE), passed: e.passed, passedCode, check: e.check, at: Number(e.at) };
  }
  const attempts = readAttempts(x.attempts);
  if (!attempts) return null;
  return { answers, visited, lastLesson: x.lastLesson, exercises, attempts };
}

/**
 * Version 1 kept `choices` instead of `selected`, no answer times, visited routes as a list and `last` for the
 * last lesson. Upgrades it to version 2; times that were never recorded become 0.
 */
function fromVersion1(x: unknown): unknown {
  if (!isRecord(x) || !isRecord(x.answers) || !Array.isArray(x.visited)) return null;
  const answers = Object.fromEntries(
    Object.entries(x.answers).map(([key, a]) => [key, isRecord(a) ? { selected: a.choices, correct: a.correct, at: 0 } : a]),
  );
  const visited = Object.fromEntries(x.visited.filter((r): r is string => typeof r === 'string').map((r) => [r, 0]));
  return { answers, visited, lastLesson: typeof x.last === 'string' ? x.last : null };
}

/** Version 2 had no code exercises; version 3 adds them, empty. */
function fromVersion2(x: unknown): unknown {
  return isRecord(x) ? { ...x, exercises: {} } : null;
}

/** Version 3 kept no tries; version 4 counts them from now on (earlier answers have no attempts, shown as unknown). */
function fromVersion3(x: unknown): unknown {
  return isRecord(x) ? { ...x, attempts: {} } : null;
}

/** Brings stored progress of any known version up to the current shape; throws when it cannot be read. */
export function migrateProgress(persisted: unknown, version: number): ProgressData {
  let state = persisted;
  if (version < 1 || version > PROGRESS_VERSION || !Number.isInteger(version)) throw new Error(`Unknown progress version ${version}`);
  if (version <= 1) state = fromVersion1(state);
  if (version <= 2) state = fromVersion2(state);
  if (version <= 3) state = fromVersion3(state);
  const data = readProgress(state);
  if (!data) throw new Error(`Progress saved as version ${version} does not have the expected shape`);
  return data;
}

/** Where a learner stands in one lesson. */
export type LessonStatus = 'not-started' | 'visited' | 'complete';

/** What a lesson asks of a learner: its questions and its code exercises. */
export interface LessonWork {
  route: string;
  questionKeys: readonly string[];
  exerciseKeys?: readonly string[];
}

/**
 * A lesson is complete when every one of its questions has a correct answer and every one of its exercises has
 * passed; visited once opened (or once anything in it was tried).
 */
export function lessonStatus(lesson: LessonWork, data: ProgressData): LessonStatus {
  const exercises = lesson.exerciseKeys ?? [];
  const any = lesson.questionKeys.length + exercises.length > 0;
  const done = any && lesson.questionKeys.every((k) => data.answers[k]?.correct) && exercises.every((id) => data.exercises[id]?.passed);
  if (done) return 'complete';
  const tried = lesson.questionKeys.some((k) => data.answers[k]) || exercises.some((id) => data.exercises[id]);
  return data.visited[lesson.route] !== undefined || tried ? 'visited' : 'not-started';
}

/** How many of a lesson's exercises have passed. */
export function passedCount(exerciseKeys: readonly string[] | undefined, data: ProgressData): number {
  return (exerciseKeys ?? []).filter((id) => data.exercises[id]?.passed).length;
}

/** How many of a lesson's questions are answered correctly. */
export function correctCount(questionKeys: readonly string[], data: ProgressData): number {
  return questionKeys.filter((k) => data.answers[k]?.correct).length;
}
