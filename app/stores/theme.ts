/** Key of the saved theme choice. */
export const THEME_KEY = 'tfs-theme';

/** A colour theme. */
export type Theme = 'light' | 'dark';

/** The theme the learner chose, or null to follow the system. Never throws when storage is blocked. */
export function savedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** The theme on screen: the saved choice, else the system preference. */
export function effectiveTheme(): Theme {
  return savedTheme() ?? (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/** Shows and remembers a theme (remembering is best effort; the page still switches when storage is blocked). */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    window.localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Blocked storage: the choice lasts for this page view.
  }
}
