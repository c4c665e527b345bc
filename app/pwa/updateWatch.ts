import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** What the update prompt shows. */
export type UpdateStatus =
  /** Nothing new, or the reader dismissed the prompt. */
  | 'current'
  /** A new version is installed and waiting for the reader's go-ahead. */
  | 'waiting'
  /** Another tab already switched to the new version; this page still runs the old one until reloaded. */
  | 'switched-elsewhere';

/** vite-plugin-pwa's registerSW, passed in so tests can drive the watch without a service worker. */
export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** The page's side of updates: a status to render, and the two things the reader can do about it. */
export interface UpdateWatch {
  getStatus(): UpdateStatus;
  subscribe(listener: () => void): () => void;
  /** The reader asked for the new version: activate it (the page reloads once it takes control). */
  reload(): void;
  /** The reader said not now: hide the prompt until the next new version. */
  dismiss(): void;
}

/** How often an open page asks the server for a new version, besides whenever the page becomes visible again. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Where the watch reloads the page and schedules checks; tests pass fakes. */
export interface WatchHost {
  reloadPage(): void;
  online(): boolean;
  every(ms: number, run: () => Promise<void>): void;
  onVisible(run: () => Promise<void>): void;
}

const browserHost: WatchHost = {
  reloadPage: () => window.location.reload(),
  online: () => navigator.onLine,
  every: (ms, run) => void window.setInterval(() => void run(), ms),
  onVisible: (run) => document.addEventListener('visibilitychange', () => void (document.visibilityState === 'visible' && run())),
};

/**
 * Registers the service worker in prompt mode and turns its events into a status. The page never reloads unless
 * this page's reader pressed Reload: when another tab activates the new version, this one only says so.
 */
export function createUpdateWatch(registerSW: RegisterSW, host: WatchHost = browserHost): UpdateWatch {
  let status: UpdateStatus = 'current';
  let requestedHere = false;
  const listeners = new Set<() => void>();
  const set = (next: UpdateStatus) => {
    status = next;
    listeners.forEach((listener) => listener());
  };

  const activate = registerSW({
    onNeedRefresh: () => set('waiting'),
    // Called instead of a reload when the new version takes control of this page.
    onNeedReload: () => (requestedHere ? host.reloadPage() : set('switched-elsewhere')),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      const check = async () => {
        if (!host.online()) return;
        try {
          await registration.update();
        } catch {
          // A dropped connection or a server mid-deploy: the next visible or hourly check tries again.
        }
      };
      host.every(CHECK_EVERY_MS, check);
      host.onVisible(check);
    },
  });

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload() {
      if (status === 'switched-elsewhere') return host.reloadPage();
      requestedHere = true;
      void activate(true);
    },
    dismiss: () => set('current'),
  };
}
