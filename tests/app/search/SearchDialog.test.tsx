import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// The build serves the documents as virtual:search-index; here they come from the fixture lessons the app shows.
vi.mock('../../../app/search/indexDocuments', async () => {
  const { courseDocuments } = await import('../../../scripts/search/documents');
  return { documents: courseDocuments(process.cwd(), 'tests/fixtures/valid') };
});

beforeAll(() => {
  // jsdom has <dialog> but not its methods; these do what the browser does that the dialog relies on.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

beforeEach(() => {
  window.localStorage.clear();
});

/** Renders the whole app at a path. */
async function renderAppAt(path: string) {
  vi.resetModules();
  window.history.pushState({}, '', path);
  const { App } = await import('../../../app/App');
  return render(<App />);
}

/** Opens search with the / key and waits for the index, returning the search box. */
async function openSearch(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('/');
  const dialog = await screen.findByRole('dialog', { name: 'Search the course' });
  await within(dialog).findByText(/^Search every lesson/);
  return within(dialog).getByRole('combobox', { name: 'Search the course' });
}

describe('the search dialog', () => {
  it('opens with / with the search box focused, finds a word typed with a typo and marks it in the result', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const box = await openSearch(user);
    expect(box).toHaveFocus();
    await user.type(box, 'prodcts');
    const option = await screen.findByRole('option', { name: 'Dot products' });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    expect(within(option).getAllByText('products', { selector: 'mark' }).length).toBeGreaterThan(0);
    const group = screen.getByRole('group', { name: 'Chapter 0 · First steps' });
    expect(within(group).getAllByRole('option')[0]).toBe(option);
  });

  it('keeps what is typed straight after the shortcut, while the dialog is still loading', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    await user.keyboard('/prodcts');
    const dialog = await screen.findByRole('dialog', { name: 'Search the course' });
    const box = within(dialog).getByRole('combobox', { name: 'Search the course' });
    expect(box).toHaveValue('prodcts');
    expect(await within(dialog).findByRole('option', { name: 'Dot products' })).toHaveAttribute('aria-selected', 'true');
  });

  it('moves the active result with the arrow keys, wrapping at the ends', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const box = await openSearch(user);
    await user.type(box, 'fixture');
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    const active = () => box.getAttribute('aria-activedescendant');
    expect(active()).toBe(options[0].id);
    await user.keyboard('{ArrowDown}');
    expect(active()).toBe(options[1].id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toBe(options[options.length - 1].id);
  });

  it('opens the active result with Enter and lands on its section heading with focus', async () => {
    const user = userEvent.setup();
    await renderAppAt('/chapters/second-steps');
    await screen.findByRole('heading', { level: 1, name: 'Second steps' });
    const box = await openSearch(user);
    await user.type(box, 'smaller sect');
    await screen.findByRole('option', { name: 'A smaller section' });
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.pathname + window.location.hash).toBe('/chapters/first-steps#a-smaller-section');
    const heading = await screen.findByRole('heading', { level: 3, name: 'A smaller section' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('finds quiz questions by their prompt and choices', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const box = await openSearch(user);
    await user.type(box, 'alphabet');
    const group = await screen.findByRole('group', { name: 'Chapter 1 · Second steps' });
    expect(within(group).getByRole('option', { name: 'Check your understanding' })).toBeInTheDocument();
  });

  it('says when nothing matches and links the course page', async () => {
    const user = userEvent.setup();
    await renderAppAt('/chapters/first-steps');
    const box = await openSearch(user);
    await user.type(box, 'zzzzqq');
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('status')).toHaveTextContent('No results for “zzzzqq”.');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'course page' }));
    expect(window.location.pathname).toBe('/');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes with its Close button and gives focus back to the Search button that opened it', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const button = screen.getByRole('button', { name: 'Search' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Search the course' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('does not open when / is typed into a text field on the page', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    const field = document.createElement('input');
    document.body.append(field);
    await user.type(field, 'a/b');
    expect(field).toHaveValue('a/b');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    field.remove();
  });

  it('says when the index cannot be loaded, and loads it when the reader tries again', async () => {
    const user = userEvent.setup();
    const { default: SearchDialog } = await import('../../../app/search/SearchDialog');
    const { courseDocuments } = await import('../../../scripts/search/documents');
    let calls = 0;
    const load = async () => {
      calls++;
      if (calls === 1) throw new Error('the network is down');
      return courseDocuments(process.cwd(), 'tests/fixtures/valid');
    };
    render(
      <MemoryRouter>
        <SearchDialog onClose={() => {}} loadDocuments={load} />
      </MemoryRouter>,
    );
    const status = within(screen.getByRole('dialog')).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('The search index could not be loaded.'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(status).toHaveTextContent(/^Search every lesson/));
    await user.type(screen.getByRole('combobox'), 'dot');
    expect(await screen.findByRole('option', { name: 'Dot products' })).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
