import { useSyncExternalStore } from 'react';
import { lessons } from 'virtual:lessons';
import { ASSIGNMENT_KEY, ASSIGNMENT_VERSION, readSavedAssignment, type SavedAssignment } from '../../teach/savedAssignment';
import type { Assignment } from '../../teach/assignmentLink';

const listeners = new Set<() => void>();
let cache: { raw: string | null; value: SavedAssignment | null } | null = null;

/** The raw saved string; null when there is none or the browser blocks storage. */
function readRaw(): string | null {
  try {
    return window.localStorage.getItem(ASSIGNMENT_KEY);
  } catch {
    return null;
  }
}

function snapshot(): SavedAssignment | null {
  const raw = readRaw();
  if (!cache || cache.raw !== raw) cache = { raw, value: readSavedAssignment(raw, lessons) };
  return cache.value;
}

function write(saved: SavedAssignment): void {
  try {
    window.localStorage.setItem(ASSIGNMENT_KEY, JSON.stringify(saved));
  } catch {
    // Blocked storage: the assignment still shows on the page that opened it, it just is not remembered.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => (e.key === ASSIGNMENT_KEY || e.key === null) && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The assignment this student opened last (kept across visits until dismissed). */
export function useSavedAssignment(): SavedAssignment | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** Remembers an assignment the student has just opened, shown until they dismiss it. */
export function saveAssignment(assignment: Assignment): void {
  write({ version: ASSIGNMENT_VERSION, assignment, dismissed: false });
}

/** Puts the assignment away; it stays saved so reopening the same link shows it again. */
export function dismissAssignment(saved: SavedAssignment): void {
  write({ ...saved, dismissed: true });
}
