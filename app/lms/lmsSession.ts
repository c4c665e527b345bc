import type { FoundApi } from './findApi';

/** The data-model elements the course uses, by what they mean rather than by each version's name. */
export type LmsField = 'entry' | 'suspendData' | 'exit' | 'sessionTime' | 'scoreRaw' | 'scoreMin' | 'scoreMax' | 'scoreScaled' | 'lessonStatus' | 'completion' | 'success' | 'progress';

const NAMES_12: Partial<Record<LmsField, string>> = {
  entry: 'cmi.core.entry',
  suspendData: 'cmi.suspend_data',
  exit: 'cmi.core.exit',
  sessionTime: 'cmi.core.session_time',
  scoreRaw: 'cmi.core.score.raw',
  scoreMin: 'cmi.core.score.min',
  scoreMax: 'cmi.core.score.max',
  lessonStatus: 'cmi.core.lesson_status',
};

const NAMES_2004: Partial<Record<LmsField, string>> = {
  entry: 'cmi.entry',
  suspendData: 'cmi.suspend_data',
  exit: 'cmi.exit',
  sessionTime: 'cmi.session_time',
  scoreRaw: 'cmi.score.raw',
  scoreMin: 'cmi.score.min',
  scoreMax: 'cmi.score.max',
  scoreScaled: 'cmi.score.scaled',
  completion: 'cmi.completion_status',
  success: 'cmi.success_status',
  progress: 'cmi.progress_measure',
};

/** Most characters of suspend data each version guarantees to keep. */
export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

/** A talk with the LMS in one vocabulary for both versions; every call reports failure instead of throwing. */
export interface LmsSession {
  version: FoundApi['version'];
  initialize(): boolean;
  /** Whether this version has the field (SCORM 1.2 has no scaled score, success or progress measure). */
  has(field: LmsField): boolean;
  get(field: LmsField): string;
  set(field: LmsField, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** The LMS's last error as "code: words", for the notice. */
  lastError(): string;
}

/** SCORM's "true" and "false" come back as strings (or, from some runtimes, as booleans). */
const ok = (result: unknown) => String(result) === 'true';

/** Wraps an LMS API; an API method that throws counts as a failed call, so a broken LMS never breaks the lesson. */
export function createLmsSession(found: FoundApi): LmsSession {
  const names = found.version === '1.2' ? NAMES_12 : NAMES_2004;
  const guard = <T>(call: () => T, fallback: T): T => {
    try {
      return call();
    } catch {
      return fallback;
    }
  };
  const a = found.api as unknown as Record<string, (...args: string[]) => unknown>;
  const call = (v12: string, v2004: string, ...args: string[]) => a[found.version === '1.2' ? v12 : v2004](...args);
  return {
    version: found.version,
    initialize: () => guard(() => ok(call('LMSInitialize', 'Initialize', '')), false),
    has: (field) => names[field] !== undefined,
    get: (field) => (names[field] ? guard(() => String(call('LMSGetValue', 'GetValue', names[field]!) ?? ''), '') : ''),
    set: (field, value) => (names[field] ? guard(() => ok(call('LMSSetValue', 'SetValue', names[field]!, value)), false) : true),
    commit: () => guard(() => ok(call('LMSCommit', 'Commit', '')), false),
    terminate: () => guard(() => ok(call('LMSFinish', 'Terminate', '')), false),
    lastError: () =>
      guard(() => {
        const code = String(call('LMSGetLastError', 'GetLastError'));
        return `${code}: ${String(call('LMSGetErrorString', 'GetErrorString', code))}`;
      }, 'the LMS did not answer'),
  };
}
