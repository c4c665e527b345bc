import type { ProgressStore } from '../stores/progressStore';
import { lessonStatus, passedCount, type ProgressData } from '../stores/progressModel';
import { scoreValues, timespan12, timespan2004 } from './cmiValues';
import type { FoundApi } from './findApi';
import { createLmsSession, SUSPEND_LIMIT, type LmsSession } from './lmsSession';
import { decodeSuspendData, encodeSuspendData, lessonWork } from './suspendData';

/** The lesson a package launches, as the LMS adapter needs it. */
export interface LmsLesson {
  route: string;
  questionKeys: readonly string[];
  /** Exercises that count towards completion here: none in a lesson package without Python. */
  exerciseKeys: readonly string[];
}

/** Options of a connection: the API found, the progress store, the lesson, and what to do when the LMS fails. */
export interface ConnectOptions {
  found: FoundApi;
  store: ProgressStore;
  lesson: LmsLesson;
  /** Told once, the first time the LMS refuses a call; the lesson and the local progress carry on regardless. */
  onTrouble: (detail: string) => void;
  now?: () => number;
}

/** The suspend data for the lesson, short enough for the version's limit (tries are left out if they would not fit). */
function suspendFor(data: ProgressData, lesson: LmsLesson, version: LmsSession['version']): string {
  const work = lessonWork(data, lesson.questionKeys, lesson.exerciseKeys);
  const full = encodeSuspendData(work);
  return full.length <= SUSPEND_LIMIT[version] ? full : encodeSuspendData({ ...work, attempts: {} });
}

/**
 * Connects a lesson to its LMS: resumes the answers the LMS kept, reports score, status, progress and suspend data
 * and commits after every change, and on leaving records the session time and terminates. Returns `leave`.
 */
export function connectLms({ found, store, lesson, onTrouble, now = Date.now }: ConnectOptions): () => void {
  const session = createLmsSession(found);
  let troubled = false;
  const trouble = () => {
    if (!troubled) onTrouble(session.lastError());
    troubled = true;
  };
  if (!session.initialize()) {
    trouble();
    return () => {};
  }
  const started = now();
  const kept = decodeSuspendData(session.get('suspendData'), lesson.questionKeys, lesson.exerciseKeys, now());
  // The LMS is the record for this learner; with nothing kept there, what this browser has is reported instead.
  if (kept) store.getState().restoreLesson(lesson.questionKeys, kept);

  let last = '';
  const report = (data: ProgressData) => {
    const suspend = suspendFor(data, lesson, session.version);
    const status = lessonStatus(lesson, data);
    if (`${status}|${suspend}` === last) return;
    last = `${status}|${suspend}`;
    const score = {
      correct: lesson.questionKeys.filter((k) => data.answers[k]?.correct).length,
      total: lesson.questionKeys.length,
      exercisesPassed: passedCount(lesson.exerciseKeys, data),
      exercisesTotal: lesson.exerciseKeys.length,
      status,
    };
    let fine = session.set('suspendData', suspend);
    for (const [field, value] of scoreValues(score)) if (session.has(field)) fine = session.set(field, value) && fine;
    fine = session.commit() && fine;
    if (!fine) trouble();
  };
  report(store.getState());
  const unsubscribe = store.subscribe((state) => report(state));

  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    unsubscribe();
    window.removeEventListener('pagehide', leave);
    const ms = now() - started;
    let fine = session.set('sessionTime', session.version === '1.2' ? timespan12(ms) : timespan2004(ms));
    // Suspend, so the next launch resumes with the answers rather than starting a new attempt.
    fine = session.set('exit', 'suspend') && fine;
    fine = session.commit() && fine;
    fine = session.terminate() && fine;
    if (!fine) trouble();
  };
  window.addEventListener('pagehide', leave);
  return leave;
}
