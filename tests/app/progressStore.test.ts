import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION } from '../../app/stores/progressModel';
import { createProgressStore, PROGRESS_KEY, syncAcrossTabs } from '../../app/stores/progressStore';
import { BACKUP_PREFIX, type StorageLike } from '../../app/stores/safeStorage';

/** An in-memory Web Storage whose failures can be switched on. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  writes: string[] = [];
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.writes.push(key);
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const saved = (storage: FakeStorage) => JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null');

describe('the progress store', () => {
  it('saves an answer and a visit, and a new store on the same storage reads them back', () => {
    const storage = new FakeStorage();
    const first = createProgressStore({ storage: () => storage, now: () => 42 });
    first.getState().visit('/chapters/first-steps');
    first.getState().recordAnswer('q/a', [1], true);
    const second = createProgressStore({ storage: () => storage });
    expect(second.getState().answers).toEqual({ 'q/a': { selected: [1], correct: true, at: 42 } });
    expect(second.getState().lastLesson).toBe('/chapters/first-steps');
    expect(saved(storage).version).toBe(PROGRESS_VERSION);
  });

  it('keeps an exercise’s code and pass across a reload, and a pass survives later edits', () => {
    const storage = new FakeStorage();
    const first = createProgressStore({ storage: () => storage, now: () => 7 });
    first.getState().saveExercise('ch01-softmax', { code: 'def f(): pass', passed: true, passedCode: 'def f(): pass', check: 'softmax' });
    first.getState().saveExercise('ch01-softmax', { code: 'def f(): pass  # tidied', passed: true, passedCode: 'def f(): pass', check: 'softmax' });
    const second = createProgressStore({ storage: () => storage });
    expect(second.getState().exercises).toEqual({
      'ch01-softmax': { code: 'def f(): pass  # tidied', passed: true, passedCode: 'def f(): pass', check: 'softmax', at: 7 },
    });
  });

  it('upgrades version 2 progress in storage to version 3 without losing a quiz answer', () => {
    const storage = new FakeStorage();
    const v2 = { answers: { 'q/a': { selected: [1], correct: true, at: 5 } }, visited: { '/x': 3 }, lastLesson: '/x' };
    storage.data.set(PROGRESS_KEY, JSON.stringify({ version: 2, state: v2 }));
    const store = createProgressStore({ storage: () => storage });
    expect(store.getState().answers).toEqual(v2.answers);
    expect(store.getState().visited).toEqual(v2.visited);
    expect(store.getState().exercises).toEqual({});
    expect(store.getState().notices).toEqual([]);
    store.getState().visit('/y');
    expect(saved(storage).version).toBe(PROGRESS_VERSION);
  });

  it('upgrades version 3 progress (with exercises) to version 4 keeping every answer and exercise, with no tries known yet', () => {
    const storage = new FakeStorage();
    const v3 = {
      answers: { 'q/a': { selected: [1], correct: true, at: 5 } },
      visited: { '/x': 3 },
      lastLesson: '/x',
      exercises: { 'ex-1': { code: 'def f(): pass', passed: true, passedCode: 'def f(): pass', check: 'softmax', at: 6 } },
    };
    storage.data.set(PROGRESS_KEY, JSON.stringify({ version: 3, state: v3 }));
    const store = createProgressStore({ storage: () => storage });
    expect(store.getState().answers).toEqual(v3.answers);
    expect(store.getState().exercises).toEqual(v3.exercises);
    expect(store.getState().attempts).toEqual({});
    expect(store.getState().notices).toEqual([]);
    store.getState().visit('/y');
    expect(saved(storage).version).toBe(4);
  });

  it('counts every checked answer and remembers a wrong first try after a retry and a right answer', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage: () => storage });
    store.getState().recordAnswer('q/a', [0], false);
    store.getState().clearAnswer('q/a');
    store.getState().recordAnswer('q/a', [1], true);
    store.getState().recordAnswer('q/b', [2], true);
    expect(store.getState().attempts).toEqual({ 'q/a': { tries: 2, firstTry: false }, 'q/b': { tries: 1, firstTry: true } });
    expect(saved(storage).state.attempts).toEqual(store.getState().attempts);
  });

  it('can migrate version 1 progress found in storage on start', () => {
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, JSON.stringify({ version: 1, state: { answers: { 'q/a': { choices: [2], correct: true } }, visited: ['/x'], last: '/x' } }));
    const store = createProgressStore({ storage: () => storage });
    expect(store.getState().answers['q/a']).toEqual({ selected: [2], correct: true, at: 0 });
    expect(store.getState().lastLesson).toBe('/x');
    expect(store.getState().notices).toEqual([]);
  });

  it('backs up unreadable data before writing anything, starts fresh and raises one notice', () => {
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, '{not json');
    const store = createProgressStore({ storage: () => storage, now: () => 1700 });
    expect(storage.writes[0]).toBe(`${BACKUP_PREFIX}1700`);
    expect(storage.getItem(`${BACKUP_PREFIX}1700`)).toBe('{not json');
    expect(store.getState().answers).toEqual({});
    expect(store.getState().notices).toEqual(['corrupt']);
    store.getState().recordAnswer('q/a', [0], false);
    expect(saved(storage).state.answers['q/a'].selected).toEqual([0]);
  });

  it('treats well-formed JSON of the wrong shape as unreadable too', () => {
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, state: { answers: [] } }));
    const store = createProgressStore({ storage: () => storage, now: () => 5 });
    expect(store.getState().notices).toEqual(['corrupt']);
    expect(storage.getItem(`${BACKUP_PREFIX}5`)).toContain('"answers":[]');
  });

  it('keeps progress in memory with one notice when the browser blocks storage, and throws nothing', () => {
    const store = createProgressStore({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(() => store.getState().recordAnswer('q/a', [1], true)).not.toThrow();
    store.getState().recordAnswer('q/b', [0], true);
    expect(store.getState().answers['q/a'].correct).toBe(true);
    expect(store.getState().notices).toEqual(['unavailable']);
    expect(store.inMemory()).toBe(true);
  });

  it('falls back to memory with one notice when storage is full', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage: () => storage });
    storage.failWrites = true;
    store.getState().recordAnswer('q/a', [1], true);
    store.getState().recordAnswer('q/b', [1], true);
    expect(Object.keys(store.getState().answers)).toEqual(['q/a', 'q/b']);
    expect(store.getState().notices).toEqual(['unavailable']);
  });

  it('shows an answer given in another tab when that tab saves', async () => {
    const storage = new FakeStorage();
    const listeners: ((e: StorageEvent) => void)[] = [];
    const target = { addEventListener: (_: string, fn: (e: StorageEvent) => void) => listeners.push(fn), removeEventListener: () => {} };
    const here = createProgressStore({ storage: () => storage });
    syncAcrossTabs(here, target as unknown as Window);
    const there = createProgressStore({ storage: () => storage });
    there.getState().recordAnswer('q/a', [3], true);
    expect(here.getState().answers['q/a']).toBeUndefined();
    listeners.forEach((fn) => fn({ key: PROGRESS_KEY } as StorageEvent));
    await Promise.resolve();
    expect(here.getState().answers['q/a']?.selected).toEqual([3]);
  });

  it('erases answers, visits and the last lesson on reset', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage: () => storage });
    store.getState().visit('/a');
    store.getState().recordAnswer('q/a', [1], true);
    store.getState().reset();
    expect(saved(storage).state).toEqual({ answers: {}, visited: {}, lastLesson: null, exercises: {}, attempts: {} });
  });
});
