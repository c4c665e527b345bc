/** The SCORM 1.2 runtime API an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 runtime API an LMS puts on a window as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(name: string): string;
  SetValue(name: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** An LMS API that was found, with the SCORM version it speaks. */
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How far up the frames the search goes; the SCORM run-time guides use 7 for 1.2 and 500 for 2004, we use 10. */
const MAX_HOPS = 10;

/** The API on one window, 2004 first; a cross-origin window (which throws on access) has none. */
function apiOn(win: Window): FoundApi | null {
  try {
    const w = win as Window & { API_1484_11?: Scorm2004Api; API?: Scorm12Api };
    if (w.API_1484_11 && typeof w.API_1484_11.Initialize === 'function') return { version: '2004', api: w.API_1484_11 };
    if (w.API && typeof w.API.LMSInitialize === 'function') return { version: '1.2', api: w.API };
  } catch {
    // Another origin's frame: not ours to read.
  }
  return null;
}

/** Walks from a window through its parents, then through its opener's; the standard search for an LMS's API. */
function searchFrom(start: Window | null): FoundApi | null {
  let win = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops += 1) {
    const found = apiOn(win);
    if (found) return found;
    let parent: Window | null = null;
    try {
      parent = win.parent && win.parent !== win ? win.parent : null;
    } catch {
      parent = null;
    }
    win = parent;
  }
  return null;
}

/** Finds the LMS's API from this window (its frame ancestors, then the window that opened it); null outside an LMS. */
export function findLmsApi(self: Window): FoundApi | null {
  const found = searchFrom(self);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = self.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchFrom(opener) : null;
}
