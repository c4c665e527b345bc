import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it, vi } from 'vitest';
import { connectLms, type LmsLesson } from '../../../app/lms/connect';
import type { FoundApi } from '../../../app/lms/findApi';
import { createProgressStore } from '../../../app/stores/progressStore';
import type { StorageLike } from '../../../app/stores/safeStorage';

/** localStorage stand-in for one browser profile. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

const lesson: LmsLesson = { route: '/chapters/one', questionKeys: ['q1/a', 'q1/b'], exerciseKeys: [] };
const quiet = { logLevel: 5 as const };

/** Every value the runtime was given, by element (exit and session time are write-only in the data model). */
function written(api: { on(event: string, cb: (el: string, value: string) => void): void }, event: string): Record<string, string> {
  const seen: Record<string, string> = {};
  api.on(event, (el, value) => {
    seen[el] = value;
  });
  return seen;
}

/** A clock that moves on by a fixed step each time it is read, so session time is known. */
function steppingClock(start: number, stepMs: number): () => number {
  let t = start - stepMs;
  return () => (t += stepMs);
}

describe('a lesson in an LMS (SCORM 1.2, scorm-again as the LMS)', () => {
  it('reports score, status and suspend data on every answer, and session time and suspend on leaving', () => {
    const api = new Scorm12API(quiet);
    const store = createProgressStore({ storage: () => new FakeStorage() });
    const onTrouble = vi.fn();
    const seen = written(api, 'LMSSetValue.cmi.*');
    const leave = connectLms({ found: { version: '1.2', api } as FoundApi, store, lesson, onTrouble, now: steppingClock(1000, 61_000) });
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    store.getState().recordAnswer('q1/a', [0], false);
    store.getState().clearAnswer('q1/a');
    store.getState().recordAnswer('q1/a', [1], true);
    expect(api.cmi.core.score.raw).toBe('1');
    expect(api.cmi.core.score.max).toBe('2');
    store.getState().recordAnswer('q1/b', [2], true);
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(api.cmi.core.score.raw).toBe('2');
    expect(JSON.parse(api.cmi.suspend_data)).toMatchObject({ v: 1, q: { 'q1/a': [[1], 1, 2, 0], 'q1/b': [[2], 1, 1, 1] } });
    leave();
    expect(seen['cmi.core.exit']).toBe('suspend');
    expect(seen['cmi.core.session_time']).toMatch(/^0000:0\d:\d\d\.\d\d$/);
    expect(onTrouble).not.toHaveBeenCalled();
  });

  it('puts back the answers the LMS kept when the student comes back, replacing what this browser had', () => {
    const first = new Scorm12API(quiet);
    const store = createProgressStore({ storage: () => new FakeStorage() });
    const leave = connectLms({ found: { version: '1.2', api: first } as FoundApi, store, lesson, onTrouble: () => {} });
    store.getState().recordAnswer('q1/a', [1], true);
    leave();
    const kept = first.cmi.suspend_data;

    const again = new Scorm12API(quiet);
    again.loadFromJSON({ cmi: { suspend_data: kept, core: { entry: 'resume' } } });
    const elsewhere = createProgressStore({ storage: () => new FakeStorage() });
    elsewhere.getState().recordAnswer('q1/b', [0], false);
    connectLms({ found: { version: '1.2', api: again } as FoundApi, store: elsewhere, lesson, onTrouble: () => {} });
    expect(elsewhere.getState().answers['q1/a']?.selected).toEqual([1]);
    expect(elsewhere.getState().answers['q1/b']).toBeUndefined();
  });

  it('says once when the LMS refuses values, and keeps every answer in the browser', () => {
    const api = new Scorm12API(quiet);
    api.LMSSetValue = () => 'false';
    const storage = new FakeStorage();
    const store = createProgressStore({ storage: () => storage });
    const onTrouble = vi.fn();
    connectLms({ found: { version: '1.2', api } as FoundApi, store, lesson, onTrouble });
    store.getState().recordAnswer('q1/a', [1], true);
    store.getState().recordAnswer('q1/b', [0], false);
    expect(onTrouble).toHaveBeenCalledTimes(1);
    expect(Object.keys(JSON.parse(storage.getItem('tfs-progress')!).state.answers)).toEqual(['q1/a', 'q1/b']);
  });

  it('carries on when an LMS call throws', () => {
    const api = new Scorm12API(quiet);
    api.LMSCommit = () => {
      throw new Error('network down');
    };
    const store = createProgressStore({ storage: () => new FakeStorage() });
    const onTrouble = vi.fn();
    const leave = connectLms({ found: { version: '1.2', api } as FoundApi, store, lesson, onTrouble });
    expect(() => store.getState().recordAnswer('q1/a', [1], true)).not.toThrow();
    expect(() => leave()).not.toThrow();
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });
});

describe('a lesson in an LMS (SCORM 2004, scorm-again as the LMS)', () => {
  it('reports completion, success, scaled score and progress, and an ISO 8601 session time', () => {
    const api = new Scorm2004API(quiet);
    const store = createProgressStore({ storage: () => new FakeStorage() });
    const withExercise = { ...lesson, exerciseKeys: ['ex-1'] };
    const seen = written(api, 'SetValue.cmi.*');
    const leave = connectLms({ found: { version: '2004', api } as FoundApi, store, lesson: withExercise, onTrouble: () => {}, now: steppingClock(0, 1500) });
    store.getState().recordAnswer('q1/a', [1], true);
    store.getState().recordAnswer('q1/b', [1], true);
    expect(api.cmi.completion_status).toBe('incomplete');
    expect(api.cmi.score.scaled).toBe('1');
    expect(api.cmi.progress_measure).toBe('0.6667');
    store.getState().saveExercise('ex-1', { code: 'x', passed: true, passedCode: 'x', check: 'softmax' });
    expect(api.cmi.completion_status).toBe('completed');
    expect(api.cmi.success_status).toBe('passed');
    leave();
    expect(seen['cmi.exit']).toBe('suspend');
    expect(seen['cmi.session_time']).toMatch(/^PT\d+(\.\d+)?S$/);
  });
});
