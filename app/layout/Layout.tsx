import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeBar } from './NoticeBar';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';
import { SearchButton } from '../search/SearchButton';
import { UpdateSlot } from '../pwa/UpdateSlot';

/** The frame of every page: skip link, header, chapter sidebar (collapsible on narrow screens) and main area. */
export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname, hash } = useLocation();
  useEffect(() => {
    setMenuOpen(false);
    if (!hash) window.scrollTo(0, 0);
  }, [pathname, hash]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="chapter-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <Link to="/" className="site-name">
          Transformer From Scratch
        </Link>
        <SearchButton />
        <ThemeToggle />
      </header>
      <NoticeBar />
      <UpdateSlot />
      <div className="shell">
        <nav id="chapter-nav" aria-label="Course" className={menuOpen ? 'sidebar open' : 'sidebar'}>
          <Sidebar />
        </nav>
        <main id="main" tabIndex={-1}>
          <ErrorBoundary resetKey={pathname}>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
    </>
  );
}
