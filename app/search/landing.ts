/** How long to wait for a lesson's body to load before giving up on focusing its section. */
const LANDING_TIMEOUT_MS = 15_000;

/** Scrolls a section's heading to the top of the view and gives it focus, so reading (and Tab) starts there. */
export function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/**
 * After navigating to `#anchor`, waits for the section's heading to be on the page and focuses it. Lesson bodies
 * load lazily, and the page being left may have a heading with the same id (every lesson has a recap), so the
 * caller passes that old element as `stale` and it is never taken for the new one.
 */
export function landOnSection(anchor: string, stale: Element | null): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const heading = document.getElementById(anchor);
    if (heading && heading !== stale) return focusHeading(heading);
    if (Date.now() - started < LANDING_TIMEOUT_MS) timer = setTimeout(attempt, 30);
  };
  attempt();
  return () => clearTimeout(timer);
}
