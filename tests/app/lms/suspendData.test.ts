import { describe, expect, it } from 'vitest';
import { timespan12, timespan2004 } from '../../../app/lms/cmiValues';
import { findLmsApi } from '../../../app/lms/findApi';
import { decodeSuspendData, encodeSuspendData } from '../../../app/lms/suspendData';

const keys = ['q/a', 'q/b', 'q/c'];

describe('suspend data', () => {
  it('round-trips answers, tries and passed exercises of the lesson', () => {
    const work = {
      answers: { 'q/a': { selected: [2], correct: true, at: 9 }, 'q/b': { selected: [0, 1], correct: false, at: 9 } },
      attempts: { 'q/a': { tries: 3, firstTry: false }, 'q/c': { tries: 1, firstTry: false } },
      passed: ['ex-1'],
    };
    const text = encodeSuspendData(work);
    expect(decodeSuspendData(text, keys, ['ex-1', 'ex-2'], 9)).toEqual(work);
  });

  it('ignores keys of other lessons and starts fresh on data that is not ours', () => {
    const text = encodeSuspendData({ answers: { 'other/x': { selected: [0], correct: true, at: 1 } }, attempts: {}, passed: [] });
    expect(decodeSuspendData(text, keys, [], 1)).toEqual({ answers: {}, attempts: {}, passed: [] });
    expect(decodeSuspendData('', keys, [], 1)).toBeNull();
    expect(decodeSuspendData('bookmark=page3', keys, [], 1)).toBeNull();
    expect(decodeSuspendData('{"v":1,"q":{"q/a":[[-1],1,1,1]},"x":[]}', keys, [], 1)).toBeNull();
    expect(decodeSuspendData('{"v":2,"q":{},"x":[]}', keys, [], 1)).toBeNull();
  });
});

describe('session time', () => {
  it('writes SCORM 1.2 timespans and SCORM 2004 durations', () => {
    expect(timespan12(3_723_450)).toBe('0001:02:03.45');
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(timespan2004(1500)).toBe('PT1.5S');
  });
});

describe('finding the LMS API', () => {
  /** A window-like frame with a parent, possibly holding an API. */
  const frame = (parent: object | null, extra: object = {}) => {
    const w: Record<string, unknown> = { ...extra };
    w.parent = parent ?? w;
    return w as unknown as Window;
  };

  it('finds API_1484_11 or API up the parent frames, 2004 first, and nothing outside an LMS', () => {
    const api12 = { LMSInitialize: () => 'true' };
    const api2004 = { Initialize: () => 'true' };
    const top = frame(null, { API: api12 });
    const lessonFrame = frame(frame(top));
    expect(findLmsApi(lessonFrame)).toEqual({ version: '1.2', api: api12 });
    const both = frame(frame(null, { API: api12, API_1484_11: api2004 }));
    expect(findLmsApi(both)?.version).toBe('2004');
    expect(findLmsApi(frame(frame(null)))).toBeNull();
  });

  it('looks in the window that opened the lesson, and passes over frames of another origin', () => {
    const api12 = { LMSInitialize: () => 'true' };
    const opener = frame(null, { API: api12 });
    const popup = frame(null, { opener });
    expect(findLmsApi(popup)?.version).toBe('1.2');
    const foreign = {} as Record<string, unknown>;
    Object.defineProperty(foreign, 'API', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
    foreign.parent = foreign;
    expect(findLmsApi(frame(foreign))).toBeNull();
  });
});

describe('suspend data of the real lessons', () => {
  it('fits SCORM 1.2’s 4,096 characters for the largest lesson, even with every choice picked and 99 tries each', async () => {
    const { readFileSync } = await import('node:fs');
    const { checkContent } = await import('../../../scripts/content/checkContent');
    const { parseLesson } = await import('../../../scripts/content/parseLesson');
    const lengths = checkContent(process.cwd(), 'content').lessons.map((lesson) => {
      const questions = parseLesson(readFileSync(lesson.file, 'utf8')).quizzes.flatMap((quiz) => quiz.details.map((d) => ({ key: `${quiz.id}/${d.id}`, choices: d.labels.length })));
      const answers = Object.fromEntries(questions.map((q) => [q.key, { selected: Array.from({ length: q.choices }, (_, i) => i), correct: true, at: 1 }]));
      const attempts = Object.fromEntries(questions.map((q) => [q.key, { tries: 99, firstTry: false }]));
      return { route: lesson.route, length: encodeSuspendData({ answers, attempts, passed: lesson.exerciseKeys }).length };
    });
    const largest = lengths.reduce((a, b) => (b.length > a.length ? b : a));
    console.log(`largest suspend data: ${largest.length} characters (${largest.route}), limit 4096 in SCORM 1.2 and 64000 in 2004`);
    expect(largest.length).toBeLessThan(4096);
  });
});
