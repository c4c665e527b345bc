import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { countAttempt } from './attempts';
import { emptyProgress, MAX_SAVED_CODE, migrateProgress, PROGRESS_VERSION, type ProgressData } from './progressModel';
import { BACKUP_PREFIX, createSafeStorage, type ProgressNotice, type StorageLike } from './safeStorage';

/** Key under which progress is saved. */
export const PROGRESS_KEY = 'tfs-progress';

/** Progress plus the actions that change it and any notices to show. */
export interface ProgressState extends ProgressData {
  notices: ProgressNotice[];
  recordAnswer(key: string, selected: number[], correct: boolean): void;
  /** Keeps an exercise's code, whether it has passed, and the code that passed. */
  saveExercise(id: string, entry: { code: string; passed: boolean; passedCode: string | null; check: string }): void;
  clearExercise(id: string): void;
  clearAnswer(key: string): void;
  visit(route: string): void;
  reset(): void;
  dismissNotice(notice: ProgressNotice): void;
  /** Puts back one lesson's answers and tries as an LMS kept them, and marks the exercises it says passed. */
  restoreLesson(questionKeys: readonly string[], work: RestoredWork): void;
  /** Replaces progress with imported progress, first keeping the current progress under a backup key. */
  importProgress(data: ProgressData): ImportResult;
}

/** A lesson's work as an LMS kept it (see app/lms/suspendData). */
export interface RestoredWork {
  answers: ProgressData['answers'];
  attempts: ProgressData['attempts'];
  passed: readonly string[];
}

/** What happened to an import: the key the previous progress was kept under (null when there was none to keep). */
export type ImportResult = { ok: true; backupKey: string | null } | { ok: false };

/** Where the store saves; tests pass a fake, the app passes `window.localStorage`. */
export interface ProgressStoreOptions {
  storage: () => StorageLike;
  now?: () => number;
}

/** A progress store with its persistence controls. */
export type ProgressStore = StoreApi<ProgressState> & {
  persist: { rehydrate(): Promise<void> | void; hasHydrated(): boolean };
  inMemory(): boolean;
};

/** Creates the persisted progress store (no React; the app wraps it in a hook). */
export function createProgressStore({ storage, now = Date.now }: ProgressStoreOptions): ProgressStore {
  const pending: ProgressNotice[] = [];
  let api: StoreApi<ProgressState> | null = null;
  const notify = (notice: ProgressNotice) => {
    if (!api) pending.push(notice);
    else if (!api.getState().notices.includes(notice)) api.setState({ notices: [...api.getState().notices, notice] });
  };
  const safe = createSafeStorage({ backing: storage, onNotice: notify, now });

  const store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        ...emptyProgress(),
        notices: [],
        recordAnswer: (key, selected, correct) =>
          set((s) => ({
            answers: { ...s.answers, [key]: { selected: [...selected], correct, at: now() } },
            attempts: { ...s.attempts, [key]: countAttempt(s.attempts[key], correct) },
          })),
        saveExercise: (id, { code, passed, passedCode, check }) =>
          set((s) => ({
            exercises: {
              ...s.exercises,
              [id]: { code: code.slice(0, MAX_SAVED_CODE), passed, passedCode: passed && passedCode !== null ? passedCode.slice(0, MAX_SAVED_CODE) : null, check, at: now() },
            },
          })),
        clearExercise: (id) =>
          set((s) => {
            const exercises = { ...s.exercises };
            delete exercises[id];
            return { exercises };
          }),
        clearAnswer: (key) =>
          set((s) => {
            const answers = { ...s.answers };
            delete answers[key];
            return { answers };
          }),
        visit: (route) => set((s) => ({ lastLesson: route, visited: s.visited[route] === undefined ? { ...s.visited, [route]: now() } : s.visited })),
        reset: () => set({ ...emptyProgress() }),
        restoreLesson: (questionKeys, work) =>
          set((s) => {
            const answers = { ...s.answers };
            const attempts = { ...s.attempts };
            for (const key of questionKeys) {
              delete answers[key];
              delete attempts[key];
              if (work.answers[key]) answers[key] = work.answers[key];
              if (work.attempts[key]) attempts[key] = work.attempts[key];
            }
            const exercises = { ...s.exercises };
            for (const id of work.passed) {
              const e = exercises[id];
              // The LMS keeps only that it passed; the code, when this browser has it, stays as it is.
              if (!e?.passed) exercises[id] = { code: e?.code ?? '', passed: true, passedCode: e?.code ?? null, check: e?.check ?? '', at: now() };
            }
            return { answers, attempts, exercises };
          }),
        dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
        importProgress: (data) => {
          const { answers, visited, lastLesson, exercises, attempts } = get();
          let backupKey: string | null = null;
          if (Object.keys(answers).length > 0 || Object.keys(visited).length > 0 || Object.keys(exercises).length > 0) {
            // Same key scheme and stored shape as the corrupt-data backup, so one way of recovering serves both.
            backupKey = `${BACKUP_PREFIX}${now()}`;
            try {
              storage().setItem(backupKey, JSON.stringify({ state: { answers, visited, lastLesson, exercises, attempts }, version: PROGRESS_VERSION }));
            } catch {
              return { ok: false }; // never overwrite what could not be kept
            }
          }
          set({ ...emptyProgress(), ...data });
          return { ok: true, backupKey };
        },
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: safe,
        partialize: (s): ProgressData => ({ answers: s.answers, visited: s.visited, lastLesson: s.lastLesson, exercises: s.exercises, attempts: s.attempts }),
        migrate: (persisted, version) => migrateProgress(persisted, version),
        // Replace rather than merge: what was saved is the whole truth about answers (another tab may have reset).
        merge: (persisted, current) => ({ ...current, ...emptyProgress(), ...(persisted as ProgressData) }),
      },
    ),
  );
  api = store;
  for (const n of pending) notify(n);
  return Object.assign(store, { inMemory: safe.inMemory }) as ProgressStore;
}

/** Keeps a store in step with other tabs: when they save progress, this tab re-reads it. */
export function syncAcrossTabs(store: ProgressStore, target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) void store.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
