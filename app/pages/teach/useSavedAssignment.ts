import { useSyncExternalStore } from 'react';
import { lessons } from 'virtual:lessons';
import type { Assignment } from '../../teach/assignmentLink';
import { ASSIGNMENT_KEY, ASSIGNMENT_VERSION, readSavedAssignments, withDismissed, withOpened, type SavedAssignment } from '../../teach/savedAssignment';

const listeners = new Set<() => void>();
let cache: { raw: string | null; value: SavedAssignment[] } | null = null;

/** The raw saved string; null when there is none or the browser blocks storage. */
function readRaw(): string | null {
  try {
    return window.localStorage.getItem(ASSIGNMENT_KEY);
  } catch {
    return null;
  }
}

function snapshot(): SavedAssignment[] {
  const raw = readRaw();
  if (!cache || cache.raw !== raw) cache = { raw, value: readSavedAssignments(raw, lessons) };
  return cache.value;
}

function write(items: SavedAssignment[]): void {
  try {
    window.localStorage.setItem(ASSIGNMENT_KEY, JSON.stringify({ version: ASSIGNMENT_VERSION, items }));
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

const none: SavedAssignment[] = [];

/** The assignments this student opened, most recent first (each kept until dismissed). */
export function useSavedAssignments(): SavedAssignment[] {
  return useSyncExternalStore(subscribe, snapshot, () => none);
}

/** The saved assignments right now, outside React (for the report). */
export function savedAssignmentsNow(): SavedAssignment[] {
  return snapshot();
}

/** Remembers an assignment the student has just opened, shown until they dismiss it. */
export function saveAssignment(assignment: Assignment): void {
  write(withOpened(snapshot(), assignment));
}

/** Puts an assignment away; it stays saved so reopening the same link shows it again. */
export function dismissAssignment(assignment: Assignment): void {
  write(withDismissed(snapshot(), assignment));
}
