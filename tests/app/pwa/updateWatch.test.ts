import { describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { CHECK_EVERY_MS, createUpdateWatch, type WatchHost } from '../../../app/pwa/updateWatch';

/** A registerSW stand-in: keeps the callbacks so the test can play the service worker's part. */
function fakeWorker() {
  let options: RegisterSWOptions = {};
  const activate = vi.fn(async () => undefined);
  const registerSW = (given: RegisterSWOptions) => {
    options = given;
    return activate;
  };
  return { registerSW, activate, events: () => options };
}

function fakeHost(online = true) {
  const timers: { ms: number; run: () => Promise<void> }[] = [];
  const visible: (() => Promise<void>)[] = [];
  const host: WatchHost = {
    reloadPage: vi.fn(),
    online: () => online,
    every: (ms, run) => void timers.push({ ms, run }),
    onVisible: (run) => void visible.push(run),
  };
  return { host, timers, visible };
}

describe('the update watch', () => {
  it('says a new version is waiting, and activates it only when the reader asks, reloading once it takes control', () => {
    const worker = fakeWorker();
    const { host } = fakeHost();
    const watch = createUpdateWatch(worker.registerSW, host);
    expect(watch.getStatus()).toBe('current');
    worker.events().onNeedRefresh?.();
    expect(watch.getStatus()).toBe('waiting');
    expect(worker.activate).not.toHaveBeenCalled();
    expect(host.reloadPage).not.toHaveBeenCalled();
    watch.reload();
    expect(worker.activate).toHaveBeenCalledTimes(1);
    expect(host.reloadPage).not.toHaveBeenCalled();
    worker.events().onNeedReload?.();
    expect(host.reloadPage).toHaveBeenCalledTimes(1);
  });

  it('does not reload a page whose reader did not ask when another tab activates the new version, and says so', () => {
    const worker = fakeWorker();
    const { host } = fakeHost();
    const watch = createUpdateWatch(worker.registerSW, host);
    worker.events().onNeedRefresh?.();
    worker.events().onNeedReload?.();
    expect(host.reloadPage).not.toHaveBeenCalled();
    expect(watch.getStatus()).toBe('switched-elsewhere');
    // The new version already controls the page, so Reload only needs to reload.
    watch.reload();
    expect(host.reloadPage).toHaveBeenCalledTimes(1);
    expect(worker.activate).not.toHaveBeenCalled();
  });

  it('hides the prompt when dismissed and tells every subscriber, until the next version arrives', () => {
    const worker = fakeWorker();
    const watch = createUpdateWatch(worker.registerSW, fakeHost().host);
    const listener = vi.fn();
    const unsubscribe = watch.subscribe(listener);
    worker.events().onNeedRefresh?.();
    watch.dismiss();
    expect(watch.getStatus()).toBe('current');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    worker.events().onNeedRefresh?.();
    expect(watch.getStatus()).toBe('waiting');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('asks the server for a new version hourly and when the page is shown again, but not while offline', async () => {
    const update = vi.fn(async () => undefined);
    const registration = { update } as unknown as ServiceWorkerRegistration;
    for (const online of [true, false]) {
      update.mockClear();
      const worker = fakeWorker();
      const { host, timers, visible } = fakeHost(online);
      createUpdateWatch(worker.registerSW, host);
      worker.events().onRegisteredSW?.('/sw.js', registration);
      expect(timers.map((t) => t.ms)).toEqual([CHECK_EVERY_MS]);
      await timers[0].run();
      await visible[0]();
      expect(update).toHaveBeenCalledTimes(online ? 2 : 0);
    }
  });

  it('swallows a failed check, so a dropped connection never reaches the console as an error', async () => {
    const update = vi.fn(async () => {
      throw new TypeError('Failed to update a ServiceWorker: network error');
    });
    const worker = fakeWorker();
    const { host, timers } = fakeHost();
    createUpdateWatch(worker.registerSW, host);
    worker.events().onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
    await expect(timers[0].run()).resolves.toBeUndefined();
    expect(update).toHaveBeenCalledTimes(1);
  });
});
