import { useCallback, useEffect, useRef, useState } from 'react';
import { descentStep, runDescent, runStatus, type Bowl, type Point, type RunLimits, type RunStatus } from '../../../engine/gradientDescent';

/** The most steps one run takes before it stops on its own. */
export const MAX_STEPS = 300;
// One step per this many milliseconds while playing: fast enough to finish, slow enough to follow the zig-zag.
const STEP_MS = 80;

/** A run's state: the path so far (start first), how it stands, and whether it is animating. */
export interface DescentRun {
  path: Point[];
  status: RunStatus;
  playing: boolean;
}

/** Steps a gradient-descent run on demand or by animation frames; a finished run never takes another step. */
export function useDescentRun(bowl: Bowl, rate: number, limits: RunLimits, start: Point) {
  const [run, setRun] = useState<DescentRun>(() => ({ path: [start], status: runStatus(bowl, start, limits), playing: false }));
  const frame = useRef<number | null>(null);

  const step = useCallback(() => {
    setRun((r) => {
      if (r.status !== 'running' || r.path.length > MAX_STEPS) return { ...r, playing: false };
      const next = descentStep(bowl, r.path[r.path.length - 1], rate);
      const status = runStatus(bowl, next, limits);
      // A ball thrown past the rim (or to a non-finite place) stays at its last point inside: nothing non-finite is kept.
      if (status === 'diverged') return { ...r, status, playing: false };
      const path = [...r.path, next];
      return { path, status, playing: r.playing && status === 'running' && path.length <= MAX_STEPS };
    });
  }, [bowl, rate, limits]);

  const drop = useCallback(
    (p: Point, play: boolean) => setRun({ path: [p], status: runStatus(bowl, p, limits), playing: play }),
    [bowl, limits],
  );
  const setPlaying = useCallback((playing: boolean) => setRun((r) => ({ ...r, playing: playing && r.status === 'running' })), []);
  /** Runs to the end at once, without animation (for reduced motion). */
  const finish = useCallback(() => {
    setRun((r) => {
      const rest = runDescent(bowl, r.path[r.path.length - 1], rate, limits, MAX_STEPS + 1 - r.path.length);
      return { path: [...r.path, ...rest.path.slice(1)], status: rest.status, playing: false };
    });
  }, [bowl, rate, limits]);

  useEffect(() => {
    if (!run.playing) return;
    let last = -Infinity;
    const tick = (time: number) => {
      if (time - last >= STEP_MS) {
        last = time;
        step();
      }
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, [run.playing, step]);

  return { run, step, drop, setPlaying, finish };
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}
