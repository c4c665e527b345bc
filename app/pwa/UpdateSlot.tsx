import { useEffect, useState, type ComponentType } from 'react';

/** When the page is idle, so registering the worker never competes with the first render. */
function whenIdle(run: () => void): () => void {
  // Safari has no requestIdleCallback; a second after the first render does the same job there.
  if (typeof window.requestIdleCallback !== 'function') {
    const handle = window.setTimeout(run, 1000);
    return () => window.clearTimeout(handle);
  }
  const handle = window.requestIdleCallback(run, { timeout: 3000 });
  return () => window.cancelIdleCallback(handle);
}

/**
 * Where the update prompt appears. In a production build it loads the service-worker registration and the prompt
 * after the first render, on idle, so the first route pays nothing for them; the dev server registers nothing.
 */
export function UpdateSlot() {
  const [Prompt, setPrompt] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
    let live = true;
    const cancel = whenIdle(() => {
      void import('./boundPrompt').then(({ BoundUpdatePrompt }) => live && setPrompt(() => BoundUpdatePrompt));
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return Prompt ? <Prompt /> : null;
}
