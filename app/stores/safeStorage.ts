import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateProgress, type ProgressData } from './progressModel';

/** The part of the Web Storage API progress needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why the course could not use saved progress as-is. */
export type ProgressNotice = 'corrupt' | 'unavailable';

/** Prefix of the key under which unreadable progress is kept before starting fresh. */
export const BACKUP_PREFIX = 'tfs-progress-backup-';

/** Options for the safe storage. */
export interface SafeStorageOptions {
  /** Returns the browser storage, or throws when the browser blocks it. */
  backing: () => StorageLike;
  /** Told once per kind of trouble, so the page can say what happened. */
  onNotice: (notice: ProgressNotice) => void;
  /** Clock for backup keys. */
  now?: () => number;
}

/** Reads a stored string as `{ state, version }`, or null when it is not something progress could come from. */
function parseStored(raw: string): StorageValue<ProgressData> | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { state, version } = value as { state?: unknown; version?: unknown };
    if (typeof version !== 'number') return null;
    migrateProgress(state, version); // throws when the data cannot be read at this version
    return { state: state as ProgressData, version };
  } catch {
    return null;
  }
}

/**
 * A zustand persist storage that never throws: unreadable data is backed up and replaced by fresh progress, and when
 * the browser blocks or fills its storage, progress lives in memory for the session. Each trouble is reported once.
 */
export function createSafeStorage({ backing, onNotice, now = Date.now }: SafeStorageOptions): PersistStorage<ProgressData> & {
  inMemory(): boolean;
} {
  const memory = new Map<string, string>();
  let store: StorageLike | null = null;
  let fellBack = false;
  const fallBack = () => {
    if (!fellBack) onNotice('unavailable');
    fellBack = true;
    store = null;
  };
  try {
    store = backing();
    store.getItem('tfs-probe'); // some browsers hand out storage objects that throw on first use
  } catch {
    fallBack();
  }

  const read = (name: string): string | null => {
    if (store) {
      try {
        return store.getItem(name);
      } catch {
        fallBack();
      }
    }
    return memory.get(name) ?? null;
  };

  return {
    inMemory: () => store === null,
    getItem(name) {
      const raw = read(name);
      if (raw === null) return null;
      const parsed = parseStored(raw);
      if (parsed) return parsed;
      // Keep the unreadable data before anything overwrites it, then start fresh.
      try {
        store?.setItem(`${BACKUP_PREFIX}${now()}`, raw);
        store?.removeItem(name);
      } catch {
        fallBack();
      }
      memory.delete(name);
      onNotice('corrupt');
      return null;
    },
    setItem(name, value) {
      const raw = JSON.stringify(value);
      if (store) {
        try {
          store.setItem(name, raw);
          return;
        } catch {
          fallBack();
        }
      }
      memory.set(name, raw);
    },
    removeItem(name) {
      memory.delete(name);
      try {
        store?.removeItem(name);
      } catch {
        fallBack();
      }
    },
  };
}
