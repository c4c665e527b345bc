import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Name of the site, the tail of every document title. */
export const SITE_NAME = 'Transformer From Scratch';

/**
 * Sets the document title and, after in-app navigation, moves focus to the page's heading so keyboard and
 * screen-reader users start at the new content. The first page load keeps the browser's own focus.
 */
export function usePageHeading(title: string | null) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    document.title = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
    if (location.key !== 'default' && !location.hash) ref.current?.focus();
  }, [title, location.key, location.hash]);
  return ref;
}
