import { useEffect, useState } from 'react';
import { progressStore } from '../stores/useProgress';
import { connectLms, type LmsLesson } from './connect';
import { findLmsApi } from './findApi';

/** Where the lesson stands with the LMS, for the page's one quiet line. */
export type LmsState = { kind: 'none' } | { kind: 'connected'; version: '1.2' | '2004' } | { kind: 'trouble'; detail: string };

/** Connects the lesson to the LMS that launched it, if any; outside an LMS it does nothing at all. */
export function useLmsConnection(lesson: LmsLesson | null): LmsState {
  const [state, setState] = useState<LmsState>({ kind: 'none' });
  useEffect(() => {
    if (!lesson) return;
    const found = findLmsApi(window);
    if (!found) return;
    setState({ kind: 'connected', version: found.version });
    const leave = connectLms({ found, store: progressStore, lesson, onTrouble: (detail) => setState({ kind: 'trouble', detail }) });
    return leave;
  }, [lesson]);
  return state;
}
