import type { LessonStatus } from '../stores/progressModel';
import type { LmsField } from './lmsSession';

/** What the lesson tells the LMS after each change. */
export interface LessonScore {
  correct: number;
  total: number;
  exercisesPassed: number;
  /** Exercises that count here (0 in a lesson package without Python, where they cannot run). */
  exercisesTotal: number;
  status: LessonStatus;
}

/** SCORM 1.2's CMITimespan: `HHHH:MM:SS.SS`. */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval (ISO 8601 duration): `PT1H2M3.5S`. */
export function timespan2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}

/** A number as SCORM decimal text, without float noise: 0.8 rather than 0.8000000000000002. */
const decimal = (x: number) => String(Number(x.toFixed(4)));

/**
 * The values for a lesson's state. Score: questions answered right, of all questions. Complete (and passed) when
 * every question is right and every counted exercise passed, the course's own definition; incomplete otherwise.
 */
export function scoreValues(score: LessonScore): [LmsField, string][] {
  const complete = score.status === 'complete';
  const work = score.total + score.exercisesTotal;
  return [
    ['scoreMin', '0'],
    ['scoreMax', String(score.total)],
    ['scoreRaw', String(score.correct)],
    ['scoreScaled', decimal(score.total > 0 ? score.correct / score.total : complete ? 1 : 0)],
    ['lessonStatus', complete ? 'passed' : 'incomplete'],
    ['completion', complete ? 'completed' : 'incomplete'],
    ['success', complete ? 'passed' : 'unknown'],
    ['progress', decimal(work > 0 ? (score.correct + score.exercisesPassed) / work : 0)],
  ];
}
