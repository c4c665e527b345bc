import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from '../../../app/stores/progressModel';
import { createProgressStore, PROGRESS_KEY } from '../../../app/stores/progressStore';
import { BACKUP_PREFIX, type StorageLike } from '../../../app/stores/safeStorage';
import { buildProgressFile, previewImport, readProgressFile } from '../../../app/teach/progressFile';
import { buildReport } from '../../../app/teach/report';
import { CATALOG } from './lessons';

const answer = (correct: boolean, selected = [0]) => ({ selected, correct, at: 5 });
const progress = (answers: ProgressData['answers']): ProgressData => ({ ...emptyProgress(), answers });

/** An in-memory storage that can refuse writes. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  };
  removeItem = (key: string) => void this.data.delete(key);
}

describe('progress files', () => {
  it('round-trip progress through a file', () => {
    const data: ProgressData = {
      answers: { 'q1/a': answer(true) },
      visited: { '/chapters/one': 3 },
      lastLesson: '/chapters/one',
      exercises: { 'softmax-stable': { code: 'def softmax(z):\n    return z\n', passed: false, passedCode: null, check: 'softmax', at: 4 } },
      attempts: { 'q1/a': { tries: 2, firstTry: false } },
    };
    const text = JSON.stringify(buildProgressFile(data, 0));
    expect(readProgressFile(text, text.length)).toEqual({ ok: true, data });
  });

  it('upgrades a file holding version 1 progress, as stored progress is upgraded', () => {
    const file = { format: 'tfs-progress-file', exportedAt: 'x', progress: { version: 1, state: { answers: { 'q/a': { choices: [2], correct: true } }, visited: ['/x'], last: '/x' } } };
    const text = JSON.stringify(file);
    expect(readProgressFile(text, text.length)).toEqual({ ok: true, data: { answers: { 'q/a': { selected: [2], correct: true, at: 0 } }, visited: { '/x': 0 }, lastLesson: '/x', exercises: {}, attempts: {} } });
  });

  it('refuses a report, broken JSON, bad answers and oversized files with a reason', () => {
    const report = JSON.stringify(buildReport('Ada', CATALOG, emptyProgress(), 0));
    expect(readProgressFile(report, report.length)).toMatchObject({ ok: false, reason: expect.stringContaining('a progress report cannot be imported') });
    expect(readProgressFile('{', 1)).toEqual({ ok: false, reason: 'The file is not valid JSON.' });
    const bad = JSON.stringify({ format: 'tfs-progress-file', exportedAt: 'x', progress: { version: PROGRESS_VERSION, state: { answers: { a: { selected: [-1], correct: true, at: 1 } }, visited: {}, lastLesson: null } } });
    expect(readProgressFile(bad, bad.length)).toMatchObject({ ok: false, reason: expect.stringContaining('does not have the expected shape') });
    expect(readProgressFile('', 2_000_000)).toMatchObject({ ok: false, reason: expect.stringContaining('at most 1 MB') });
  });

  it('importing {"__proto__": {"polluted": 1}} is refused and pollutes nothing, even nested in the progress', () => {
    const text = '{"__proto__": {"polluted": 1}}';
    expect(readProgressFile(text, text.length).ok).toBe(false);
    const nested = `{"format":"tfs-progress-file","exportedAt":"x","progress":{"version":${PROGRESS_VERSION},"state":{"answers":{"__proto__":{"polluted":1},"q1/a":{"selected":[0],"correct":true,"at":5}},"visited":{},"lastLesson":null}}}`;
    const read = readProgressFile(nested, nested.length);
    expect(read).toEqual({ ok: true, data: progress({ 'q1/a': answer(true) }) });
    expect(read.ok && Object.getPrototypeOf(read.data.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the import preview', () => {
  it('lists answers added, changed and removed, and lessons that become or stop being complete', () => {
    const current = progress({ 'q1/a': answer(true), 'q1/b': answer(false), 'q3/a': answer(true) });
    const incoming = progress({ 'q1/a': answer(true), 'q1/b': answer(true), 'q2/a': answer(true) });
    expect(previewImport(current, incoming, CATALOG)).toEqual({
      added: ['q2/a'],
      changed: ['q1/b'],
      removed: ['q3/a'],
      nowComplete: ['One', 'Two'],
      noLongerComplete: ['Three'],
    });
  });

  it('counts a different choice as a change even when both answers are wrong', () => {
    const preview = previewImport(progress({ 'q1/a': answer(false, [1]) }), progress({ 'q1/a': answer(false, [2]) }), CATALOG);
    expect(preview.changed).toEqual(['q1/a']);
  });
});

describe('importing into the progress store', () => {
  it('replaces progress and keeps the previous progress under a backup key readable as stored progress', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage: () => storage, now: () => 1234 });
    store.getState().recordAnswer('q1/a', [1], false);
    const result = store.getState().importProgress(progress({ 'q2/a': answer(true) }));
    expect(result).toEqual({ ok: true, backupKey: `${BACKUP_PREFIX}1234` });
    expect(store.getState().answers).toEqual({ 'q2/a': answer(true) });
    expect(JSON.parse(storage.getItem(`${BACKUP_PREFIX}1234`)!)).toEqual({
      state: { answers: { 'q1/a': { selected: [1], correct: false, at: 1234 } }, visited: {}, lastLesson: null, exercises: {}, attempts: { 'q1/a': { tries: 1, firstTry: false } } },
      version: PROGRESS_VERSION,
    });
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.answers).toEqual({ 'q2/a': answer(true) });
  });

  it('changes nothing when the backup cannot be written', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage: () => storage, now: () => 1 });
    store.getState().recordAnswer('q1/a', [1], false);
    storage.failWrites = true;
    expect(store.getState().importProgress(progress({ 'q2/a': answer(true) }))).toEqual({ ok: false });
    expect(Object.keys(store.getState().answers)).toEqual(['q1/a']);
  });

  it('needs no backup when there is no progress yet', () => {
    const store = createProgressStore({ storage: () => new FakeStorage() });
    expect(store.getState().importProgress(progress({ 'q2/a': answer(true) }))).toEqual({ ok: true, backupKey: null });
  });
});
