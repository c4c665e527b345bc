import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Renders the whole app at a path, with fresh stores read from the current localStorage. */
async function renderAppAt(path: string) {
  vi.resetModules();
  window.history.pushState({}, '', path);
  const { App } = await import('../../../app/App');
  return render(<App />);
}

/** A JSON file as the browser's file input would hand it over. */
const jsonFile = (name: string, value: unknown) => new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

beforeEach(() => {
  window.localStorage.clear();
});

describe('assignment links in the app', () => {
  it('opens a tampered link with the good lessons and a notice, and keeps it on the course page until dismissed', async () => {
    const user = userEvent.setup();
    await renderAppAt('/assignment?l=c1.c9.%3Cimg%20src%3Dx%3E.c0&t=%3Cb%3EWeek%3C%2Fb%3E&d=2026-99-01');
    expect(await screen.findByRole('heading', { level: 1, name: 'Assignment: <b>Week</b>' })).toBeInTheDocument();
    expect(document.querySelector('main b, main img')).toBeNull();
    expect(screen.getByText('2 entries of this link did not name a lesson of this course and were left out.')).toBeInTheDocument();
    expect(screen.getByText('The due date in this link is not a real date, so no due date is shown.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '' });
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['First steps', 'Second steps']);
    expect(screen.getByText('0 of 2 lessons complete')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Go to the course page' }));
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Assignment: <b>Week</b>' })).closest('section')!;
    await user.click(within(panel).getByRole('button', { name: 'Dismiss the assignment' }));
    expect(screen.queryByRole('heading', { name: 'Assignment: <b>Week</b>' })).toBeNull();
    expect(JSON.parse(window.localStorage.getItem('tfs-assignment')!)).toMatchObject({ version: 2, items: [{ dismissed: true }] });
  });

  it('refuses an oversized link with a notice and no crash', async () => {
    await renderAppAt(`/assignment?l=${'c0.'.repeat(3000)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This assignment link could not be opened' })).toBeInTheDocument();
    expect(screen.getByText(/longer than 4,000 characters, far more than a real one/)).toBeInTheDocument();
    expect(window.localStorage.getItem('tfs-assignment')).toBeNull();
  });
});

describe('moving progress', () => {
  const file = (answers: Record<string, unknown>) =>
    jsonFile('progress.json', { format: 'tfs-progress-file', exportedAt: 'x', progress: { version: 2, state: { answers, visited: {}, lastLesson: null } } });
  const before = { state: { answers: { 'fixture-second/a': { selected: [1], correct: false, at: 1 } }, visited: {}, lastLesson: null, exercises: {}, attempts: {} }, version: 4 };

  it('previews an import, and cancelling changes nothing', async () => {
    window.localStorage.setItem('tfs-progress', JSON.stringify(before));
    const user = userEvent.setup();
    await renderAppAt('/report');
    const right = (selected: number) => ({ selected: [selected], correct: true, at: 2 });
    await user.upload(await screen.findByLabelText('Import a progress file'), file({ 'fixture-second/a': right(0), 'fixture-second/b': right(1), 'fixture-second/c': right(2) }));
    const preview = await screen.findByRole('group', { name: 'Importing progress.json will change:' });
    expect(within(preview).getByText('1 answer changed')).toBeInTheDocument();
    expect(within(preview).getByText('2 answers added')).toBeInTheDocument();
    expect(within(preview).getByText('Become complete: Second steps')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import cancelled; nothing was changed.')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem('tfs-progress')!).state).toEqual(before.state);
  });

  it('replaces progress on confirmation and keeps the old progress under a backup key', async () => {
    window.localStorage.setItem('tfs-progress', JSON.stringify(before));
    const user = userEvent.setup();
    await renderAppAt('/report');
    await user.upload(await screen.findByLabelText('Import a progress file'), file({ 'fixture-second/a': { selected: [0], correct: true, at: 2 } }));
    await user.click(await screen.findByRole('button', { name: 'Replace my progress' }));
    expect(await screen.findByText(/^Progress imported\. Your previous progress is kept in this browser under tfs-progress-backup-\d+\.$/)).toBeInTheDocument();
    const backups = Object.keys(window.localStorage).filter((k) => k.startsWith('tfs-progress-backup-'));
    expect(backups.map((k) => JSON.parse(window.localStorage.getItem(k)!))).toEqual([before]);
    expect(JSON.parse(window.localStorage.getItem('tfs-progress')!).state.answers['fixture-second/a'].correct).toBe(true);
  });

  it('refuses {"__proto__": {"polluted": 1}} with a reason and pollutes nothing', async () => {
    const user = userEvent.setup();
    await renderAppAt('/report');
    await user.upload(await screen.findByLabelText('Import a progress file'), jsonFile('evil.json', '{"__proto__": {"polluted": 1}}'));
    expect(await screen.findByText(/^evil\.json: The file is not a progress file from this course/)).toBeInTheDocument();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** A version 1 report (as older course builds wrote them) with the first lesson complete. */
const v1Report = (student: string) => ({
  format: 'tfs-progress-report',
  version: 1,
  student,
  generatedAt: '2026-11-23T15:00:00.000Z',
  lessons: [{ route: '/chapters/first-steps', title: 'First steps', status: 'complete', correct: 3, total: 3, completedAt: null }],
});

describe('the class page', () => {
  it('lists a polluting file with its reason and loads the good one', async () => {
    const user = userEvent.setup();
    await renderAppAt('/teach/class');
    const good = v1Report('Ada');
    await user.upload(await screen.findByLabelText(/Report files/), [jsonFile('evil.json', '{"__proto__": {"polluted": 1}}'), jsonFile('ada.json', good)]);
    expect(await screen.findByText('Loaded 1 of 2 files; 1 could not be used (listed below).')).toBeInTheDocument();
    const failures = screen.getByRole('region', { name: 'Files that could not be used' });
    expect(within(failures).getByRole('listitem').textContent).toBe('evil.json is not a progress report from this course; ask the student to download their report from the report page (/report).');
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toContain('Complete 3/3 tries not recorded');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the class and its assignment across a reload until Clear the class, and refuses a pasted non-link', async () => {
    const user = userEvent.setup();
    await renderAppAt('/teach/class');
    await user.upload(await screen.findByLabelText(/Report files/), [jsonFile('ada.json', v1Report('Ada')), jsonFile('bo.json', v1Report('Bo'))]);
    await screen.findByText('Loaded 2 of 2 files.');
    await user.type(screen.getByLabelText('Assignment link'), 'https://example.org/report');
    await user.click(screen.getByRole('button', { name: 'Show this assignment' }));
    expect(screen.getByText(/^This is not an assignment link\./)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Assignment link'));
    await user.type(screen.getByLabelText('Assignment link'), 'https://example.org/assignment?l=c-first-steps&t=Week');
    await user.click(screen.getByRole('button', { name: 'Show this assignment' }));
    expect(screen.getByText('The table shows Week (1 lesson).')).toBeInTheDocument();
    cleanup();
    await renderAppAt('/teach/class');
    expect(await screen.findByText('The table shows Week (1 lesson).')).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Adaada.json', 'Bobo.json']);
    await user.click(screen.getByRole('button', { name: 'Clear the class' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(window.localStorage.getItem('tfs-class')).toBeNull();
  });
});
