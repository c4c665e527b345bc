import { useEffect } from 'react';

/**
 * Makes display formulas that are wider than the column reachable by keyboard, so they can be scrolled without a
 * mouse (WCAG 2.1.1). Formulas that fit stay out of the tab order. Rendered after the lesson body, so it runs once
 * the formulas are on the page, and again whenever a formula changes size (KaTeX's fonts arrive after the first
 * layout) or the window does.
 */
export function ScrollableFormulas() {
  useEffect(() => {
    const update = () => {
      for (const el of document.querySelectorAll<HTMLElement>('.lesson .katex-display')) {
        if (el.scrollWidth > el.clientWidth + 1) {
          el.tabIndex = 0;
          el.setAttribute('role', 'group');
          el.setAttribute('aria-label', 'Formula, scroll sideways to see all of it');
        } else if (el.hasAttribute('tabindex')) {
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
        }
      }
    };
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    for (const el of document.querySelectorAll('.lesson .katex-display > .katex')) observer?.observe(el);
    window.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
  return null;
}
