import { describe, expect, it } from 'vitest';
import { emptyProgress, lessonStatus, migrateProgress, PROGRESS_VERSION, readProgress } from '../../app/stores/progressModel';

const lesson = { route: '/chapters/first-steps', questionKeys: ['q/a', 'q/b'] };

describe('progress data', () => {
  it('can migrate version 1 progress, keeping answers, visits and the last lesson', () => {
    const v1 = {
      answers: { 'q/a': { choices: [1], correct: true }, 'q/b': { choices: [0, 2], correct: false } },
      visited: ['/chapters/first-steps'],
      last: '/chapters/first-steps',
    };
    expect(migrateProgress(v1, 1)).toEqual({
      answers: { 'q/a': { selected: [1], correct: true, at: 0 }, 'q/b': { selected: [0, 2], correct: false, at: 0 } },
      visited: { '/chapters/first-steps': 0 },
      lastLesson: '/chapters/first-steps',
      exercises: {},
      attempts: {},
    });
  });

  it('refuses version 1 data whose answers are not lists of choices', () => {
    expect(() => migrateProgress({ answers: { 'q/a': { choices: 'one', correct: true } }, visited: [] }, 1)).toThrow(/expected shape/);
  });

  it('refuses attempts that are not whole tries of at least one with a first-try flag', () => {
    const base = { answers: {}, visited: {}, lastLesson: null, exercises: {} };
    expect(readProgress({ ...base, attempts: { 'q/a': { tries: 0, firstTry: true } } })).toBeNull();
    expect(readProgress({ ...base, attempts: { 'q/a': { tries: 1.5, firstTry: true } } })).toBeNull();
    expect(readProgress({ ...base, attempts: { 'q/a': { tries: 2 } } })).toBeNull();
    expect(readProgress({ ...base, attempts: { 'q/a': { tries: 2, firstTry: false } } })?.attempts).toEqual({ 'q/a': { tries: 2, firstTry: false } });
    expect(readProgress(base)?.attempts).toEqual({});
  });

  it('refuses a version it does not know, rather than guessing', () => {
    expect(() => migrateProgress(emptyProgress(), PROGRESS_VERSION + 1)).toThrow(/Unknown progress version/);
  });

  it('rejects current-version data with a non-finite time or a negative choice index', () => {
    expect(readProgress({ answers: { 'q/a': { selected: [0], correct: true, at: Number.NaN } }, visited: {}, lastLesson: null })).toBeNull();
    expect(readProgress({ answers: { 'q/a': { selected: [-1], correct: true, at: 1 } }, visited: {}, lastLesson: null })).toBeNull();
    expect(readProgress({ answers: {}, visited: {}, lastLesson: 3 })).toBeNull();
  });

  it('calls a lesson complete only when every one of its questions is answered correctly', () => {
    const one = { ...emptyProgress(), answers: { 'q/a': { selected: [0], correct: true, at: 1 } } };
    expect(lessonStatus(lesson, one)).toBe('visited');
    const wrong = { ...emptyProgress(), answers: { ...one.answers, 'q/b': { selected: [1], correct: false, at: 2 } } };
    expect(lessonStatus(lesson, wrong)).toBe('visited');
    const both = { ...emptyProgress(), answers: { ...one.answers, 'q/b': { selected: [2], correct: true, at: 2 } } };
    expect(lessonStatus(lesson, both)).toBe('complete');
  });

  it('calls an opened lesson visited and an unopened one not started', () => {
    expect(lessonStatus(lesson, emptyProgress())).toBe('not-started');
    expect(lessonStatus(lesson, { ...emptyProgress(), visited: { '/chapters/first-steps': 5 } })).toBe('visited');
  });

  it('calls a lesson with an exercise complete only once its questions are right and its exercise has passed', () => {
    const withExercise = { ...lesson, exerciseKeys: ['ex'] };
    const answers = { 'q/a': { selected: [0], correct: true, at: 1 }, 'q/b': { selected: [2], correct: true, at: 2 } };
    expect(lessonStatus(withExercise, { ...emptyProgress(), answers })).toBe('visited');
    const failing = { ex: { code: 'x', passed: false, passedCode: null, check: 'softmax', at: 3 } };
    expect(lessonStatus(withExercise, { ...emptyProgress(), answers, exercises: failing })).toBe('visited');
    const passing = { ex: { code: 'x', passed: true, passedCode: 'x', check: 'softmax', at: 3 } };
    expect(lessonStatus(withExercise, { ...emptyProgress(), answers, exercises: passing })).toBe('complete');
  });

  it('counts a lesson started once an exercise in it was tried, even without a visit', () => {
    const tried = { ex: { code: 'x', passed: false, passedCode: null, check: 'softmax', at: 3 } };
    expect(lessonStatus({ ...lesson, exerciseKeys: ['ex'] }, { ...emptyProgress(), exercises: tried })).toBe('visited');
  });

  it('rejects a saved exercise whose code is not text, and drops passed code for an exercise that has not passed', () => {
    const base = { answers: {}, visited: {}, lastLesson: null };
    expect(readProgress({ ...base, exercises: { ex: { code: 3, passed: false, passedCode: null, check: 'c', at: 1 } } })).toBeNull();
    expect(readProgress({ ...base, exercises: { ex: { code: 'a', passed: false, passedCode: 'a', check: 'c', at: 1 } } })?.exercises.ex.passedCode).toBeNull();
  });
});
