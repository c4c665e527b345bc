import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Renders the whole app at a path, with a fresh progress store read from the current localStorage. */
async function renderAppAt(path: string) {
  vi.resetModules();
  window.history.pushState({}, '', path);
  const { App } = await import('../../app/App');
  return render(<App />);
}

/** Answers a question of the rendered lesson by choice labels. */
async function answer(user: ReturnType<typeof userEvent.setup>, prompt: RegExp, labels: string[]) {
  const group = await screen.findByRole('group', { name: prompt });
  for (const label of labels) await user.click(within(group).getByLabelText(label));
  await user.click(within(group.closest('form')!).getByRole('button', { name: 'Check answer' }));
}

beforeEach(() => {
  window.localStorage.clear();
  document.title = '';
});

describe('the app', () => {
  it('lists eleven chapter slots, written lessons as links and the rest as in preparation', async () => {
    await renderAppAt('/');
    const list = screen.getByRole('heading', { name: 'Chapters', level: 2 }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem')).toHaveLength(11);
    expect(within(list).getByRole('link', { name: 'First steps' })).toHaveAttribute('href', '/chapters/first-steps');
    expect(within(list).getAllByText('In preparation')).toHaveLength(9);
    expect(screen.getByText(/Start with chapter 0/)).toBeInTheDocument();
  });

  it('links to the Lab from the course page and from the sidebar', async () => {
    await renderAppAt('/');
    expect(screen.getByRole('link', { name: 'open the Lab' })).toHaveAttribute('href', '/lab');
    const nav = screen.getByRole('navigation', { name: 'Course' });
    expect(within(nav).getByRole('link', { name: 'Train a tiny GPT' })).toHaveAttribute('href', '/lab');
  });

  it('changes the title and moves focus to the heading when the learner follows a sidebar link', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const nav = screen.getByRole('navigation', { name: 'Course' });
    await user.click(within(nav).getByRole('link', { name: /Second steps/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Second steps' });
    // The title and focus are set in an effect after the heading commits, so wait for that state.
    await waitFor(() => expect(document.title).toBe('Second steps · Transformer From Scratch'));
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('marks a lesson complete in the sidebar and on the course page once every question is right', async () => {
    const user = userEvent.setup();
    await renderAppAt('/chapters/first-steps');
    await answer(user, /sky/, ['Blue']);
    await answer(user, /even/, ['2', '4']);
    await answer(user, /1 \+ 1/, ['2']);
    const nav = screen.getByRole('navigation', { name: 'Course' });
    expect(within(nav).getByRole('link', { name: /First steps/ })).toHaveTextContent('(complete)');
    await user.click(screen.getByRole('link', { name: 'Transformer From Scratch' }));
    expect(await screen.findByText(/Continue where you left off/)).toHaveTextContent('First steps');
    expect(screen.getByText(/3 of 3 questions right/)).toHaveTextContent('Complete');
  });

  it('offers previous and next links at the foot of a lesson', async () => {
    const user = userEvent.setup();
    await renderAppAt('/chapters/first-steps');
    const foot = await screen.findByRole('navigation', { name: 'Previous and next chapters' });
    await user.click(within(foot).getByRole('link', { name: /Next Second steps/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Second steps' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Previous and next chapters' })).getByRole('link', { name: /Previous First steps/ })).toBeInTheDocument();
  });

  it('lists the sections of a lesson with links to their anchors', async () => {
    await renderAppAt('/chapters/first-steps');
    const toc = await screen.findByRole('navigation', { name: 'On this page' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#dot-products', '#check-your-understanding']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dot products' })).toHaveAttribute('id', 'dot-products');
    const learn = screen.getByRole('region', { name: 'You will learn' });
    expect(within(learn).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Read a lesson written in MDX', 'Answer a quiz and keep the answer']);
  });

  it('answers an unknown address with a 404 that links back to the course', async () => {
    await renderAppAt('/chapters/no-such-chapter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/chapters/no-such-chapter')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the course page' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page not found · Transformer From Scratch');
  });

  it('shows a notice and starts fresh when saved progress is unreadable', async () => {
    window.localStorage.setItem('tfs-progress', '{"version": 2, "state": ');
    await renderAppAt('/');
    expect(screen.getByText(/could not be read, so the course has started afresh/)).toBeInTheDocument();
    const backups = Object.keys(window.localStorage).filter((k) => k.startsWith('tfs-progress-backup-'));
    expect(backups).toHaveLength(1);
    expect(window.localStorage.getItem(backups[0])).toBe('{"version": 2, "state": ');
  });

  it('erases progress only after the learner confirms', async () => {
    const user = userEvent.setup();
    await renderAppAt('/chapters/second-steps');
    await answer(user, /first letter/, ['A']);
    await user.click(screen.getByRole('link', { name: 'Transformer From Scratch' }));
    await user.click(await screen.findByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Keep progress' }));
    expect(screen.getByText(/1 of 3 questions right/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    expect(screen.getByRole('button', { name: 'Erase progress' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Erase progress' }));
    expect(screen.getByText('Progress erased.')).toBeInTheDocument();
    expect(screen.getAllByText(/0 of 3 questions right/)).toHaveLength(2);
  });

  it('switches to the dark theme and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem('tfs-theme')).toBe('dark');
    await act(async () => {});
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });
});
