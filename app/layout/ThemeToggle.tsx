import { useState } from 'react';
import { applyTheme, effectiveTheme, type Theme } from '../stores/theme';

/** A button that switches between light and dark themes and remembers the choice. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(effectiveTheme);
  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    setTheme(next);
  };
  return (
    <button type="button" className="theme-toggle" aria-pressed={theme === 'dark'} onClick={toggle}>
      Dark theme
    </button>
  );
}
