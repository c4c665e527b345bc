import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { expectClean, VIEWS } from './support/lessonChecks';
import { answerQuestion, builtLessons, questionGroup, waitForLesson } from './support/lessons';

const lessons = builtLessons();
const chapter = lessons.find((l) => l.track === 'chapters' && l.order === 0)!;
const primer = lessons.find((l) => l.track === 'primer' && l.order === 1)!;

let instructor: Session;
let student: Session;
let link = '';
type ReportLine = { route: string; status: string; correct: number; total: number; questions: { key: string; tries: number; firstTry: boolean | null }[] };
let studentReport: { student: string; generatedAt: string; assignments: { title: string; routes: string[] }[]; lessons: ReportLine[] };
let studentReportPath = '';

/** Checks the page at both views (1280 px light, 360 px dark): axe, no sideways scroll, no console error. */
async function expectCleanInBothViews(session: Session): Promise<void> {
  for (const view of VIEWS) {
    await session.page.setViewportSize({ width: view.width, height: 900 });
    await session.page.emulateMedia({ colorScheme: view.colorScheme });
    await expectClean(session);
  }
  await session.page.setViewportSize({ width: 1280, height: 900 });
  await session.page.emulateMedia({ colorScheme: 'light' });
}

/** Clicks a button that downloads a file and returns the file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

/** The fields of one CSV line (RFC 4180 quoting), enough to read back what the page wrote. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  return [...fields, field];
}

/** A report like the student's, for another student, with every lesson's score changed as given. */
function otherReport(student: string, status: string, correct: (total: number) => number): string {
  const lessonsOut = studentReport.lessons.map((l) => ({ ...l, status, correct: correct(l.total), completedAt: null }));
  return JSON.stringify({ ...studentReport, student, lessons: lessonsOut });
}

beforeAll(async () => {
  instructor = await openSession();
  student = await openSession({ width: 360, colorScheme: 'dark' });
});

afterAll(async () => {
  await instructor?.close();
  await student?.close();
});

describe('instructors and students', () => {
  it('makes an assignment link on /teach that names every lesson in under 2,000 characters', async () => {
    const { page } = instructor;
    await page.goto(instructor.baseUrl + '/teach');
    await page.getByRole('heading', { level: 1, name: 'Make an assignment' }).waitFor();
    await expectCleanInBothViews(instructor);
    const selectAll = page.getByRole('button', { name: /^Select all/ });
    while ((await selectAll.count()) > 0) await selectAll.first().click();
    const everything = await page.locator('.teach-link a').textContent();
    expect(everything!.length).toBeLessThan(2000);
    const clear = page.getByRole('button', { name: /^Clear/ });
    while ((await clear.count()) > 0) await clear.first().click();
    await page.getByText('Pick at least one lesson to get a link.').waitFor();
    await page.getByRole('checkbox', { name: chapter.title }).check();
    await page.getByRole('checkbox', { name: primer.title }).check();
    await page.getByLabel('Title (optional)').fill('Week 1: <b>sequences</b>');
    await page.getByLabel('Due date (optional)').fill('2026-12-01');
    link = (await page.locator('.teach-link a').textContent())!;
    expect(new URL(link).pathname).toBe('/assignment');
    // Codes name the lesson's slug, so renumbering a lesson does not change what a shared link opens.
    expect(new URL(link).searchParams.get('l')).toBe(`c-${chapter.slug}.p-${primer.slug}`);
    await expectCleanInBothViews(instructor);
  });

  it('shows a student the assignment as a checklist with their progress, also on the course page after a lesson', async () => {
    const { page } = student;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Assignment: Week 1: <b>sequences</b>' }).waitFor();
    expect(await page.locator('b').count()).toBe(0);
    await page.getByText('0 of 2 lessons complete · due 1 December 2026').waitFor();
    // The due day is past, so the checklist says so.
    await page.getByText('overdue').first().waitFor();
    await expectCleanInBothViews(student);
    await page.getByRole('main').getByRole('link', { name: chapter.title }).click();
    await waitForLesson(page);
    // The first question is got wrong once, then right: the report keeps both tries.
    const [first, ...rest] = chapter.questions;
    await answerQuestion(page, first, false);
    await questionGroup(page, first).locator('xpath=ancestor::form').getByRole('button', { name: 'Try again' }).click();
    await answerQuestion(page, first, true);
    for (const question of rest) await answerQuestion(page, question, true);
    await page.getByText(`All ${chapter.questions.length} questions answered correctly.`).waitFor();
    await page.goto(student.baseUrl + '/');
    await page.getByText('1 of 2 lessons complete · due 1 December 2026').waitFor();
    await expectCleanInBothViews(student);
  });

  it('lets the student download a progress report naming them, with the lesson complete', async () => {
    const { page } = student;
    await page.goto(student.baseUrl + '/report');
    await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();
    await page.getByRole('button', { name: 'Download report' }).click();
    await page.getByText('Type your name first').waitFor();
    await page.getByLabel('Your name').fill('  Ada Lovelace ');
    await page.getByRole('heading', { level: 1, name: 'Progress report for Ada Lovelace' }).waitFor();
    await expectCleanInBothViews(student);
    const file = await download(page, 'Download report');
    expect(file.name).toMatch(/^progress-report-ada-lovelace-\d{4}-\d\d-\d\d\.json$/);
    studentReport = JSON.parse(file.text);
    studentReportPath = file.path;
    expect(studentReport.student).toBe('Ada Lovelace');
    const line = studentReport.lessons.find((l) => l.route === chapter.route)!;
    expect(line).toMatchObject({ status: 'complete', correct: chapter.questions.length, total: chapter.questions.length });
    expect(line.questions[0]).toEqual({ key: chapter.questions[0].key, tries: 2, firstTry: false });
    expect(studentReport.assignments.map((a) => a.title)).toEqual(['Week 1: <b>sequences</b>']);
  });

  it('loads the report with two others on /teach/class, names the bad file and why, and exports the table as CSV', async () => {
    const { page } = instructor;
    await page.goto(instructor.baseUrl + '/teach/class');
    await page.getByRole('heading', { level: 1, name: 'Class progress' }).waitFor();
    await expectCleanInBothViews(instructor);
    await page.getByLabel(/Report files/).setInputFiles([
      { name: 'ada.json', mimeType: 'application/json', buffer: readFileSync(studentReportPath) },
      { name: 'grace.json', mimeType: 'application/json', buffer: Buffer.from(otherReport('=HYPERLINK("x")', 'visited', () => 1)) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "tfs-progress-report", "vers') },
    ]);
    await page.getByText('Loaded 2 of 3 files; 1 could not be used (listed below).').waitFor();
    const failure = page.getByRole('region', { name: 'Files that could not be used' }).getByRole('listitem');
    expect(await failure.textContent()).toBe('broken.json is not valid JSON (the file may be cut short or not a report).');
    const rows = page.locator('.class-table tbody tr');
    expect(await rows.count()).toBe(2);
    // Sorted by name: "=HYPERLINK…" comes before "Ada…".
    expect(await rows.nth(1).locator('th').textContent()).toContain('Ada Lovelace');
    const column = (await page.locator('.class-table thead th').allTextContents()).findIndex((t) => t.startsWith(chapter.title));
    const n = chapter.questions.length;
    const adaCell = await rows.nth(1).locator('th, td').nth(column).textContent();
    expect(adaCell).toBe(`Complete ${n}/${n} right first try ${n - 1} of ${n} · tries 2${' 1'.repeat(n - 1)}`);
    expect(await rows.nth(0).locator('th, td').nth(column).textContent()).toMatch(new RegExp(`^Started 1/${n}`));
    const header = page.locator('.class-table thead th').nth(column);
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await rows.nth(0).locator('th').textContent()).toContain('Ada Lovelace');
    await expectCleanInBothViews(instructor);
    const csv = await download(page, 'Download as CSV');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',').slice(0, 4)).toEqual(['Student', 'Report generated', 'Lessons complete', 'Lessons in table']);
    expect(lines[1]).toMatch(new RegExp(`^Ada Lovelace,[^,]+,1,`));
    expect(lines[2].startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
  });

  it('merges two reports of one student, shows only the assigned lessons with due status, and keeps the class after a reload', async () => {
    const { page } = instructor;
    const older = JSON.stringify({ ...studentReport, generatedAt: '2026-11-01T09:00:00.000Z', lessons: studentReport.lessons.map((l) => ({ ...l, status: 'not-started', correct: 0, completedAt: null })) });
    await page.getByLabel(/Report files/).setInputFiles([{ name: 'ada-older.json', mimeType: 'application/json', buffer: Buffer.from(older) }]);
    await page.getByText('Loaded 1 of 1 files.').waitFor();
    await page.getByText('Ada Lovelace: 2 reports, showing ada.json (newest), set aside ada-older.json').waitFor();
    const rows = page.locator('.class-table tbody tr');
    expect(await rows.count()).toBe(2);
    await page.getByRole('button', { name: 'Show Week 1: <b>sequences</b> (2 lessons, due 1 December 2026)' }).click();
    await page.getByText('The table shows Week 1: <b>sequences</b> (2 lessons, due 1 December 2026).').waitFor();
    const headers = async () => (await page.locator('.class-table thead th').allTextContents()).map((t) => t.replace(/\s*[▲▼↕]$/, ''));
    expect(await headers()).toEqual(['Student', 'Lessons complete', 'Due', chapter.title, primer.title]);
    const ada = rows.filter({ hasText: 'Ada Lovelace' });
    expect(await ada.locator('td').nth(0).textContent()).toBe('1 of 2');
    expect(await ada.locator('td').nth(1).textContent()).toBe('overdue');
    await expectCleanInBothViews(instructor);

    await page.reload();
    await page.getByText('The table shows Week 1: <b>sequences</b> (2 lessons, due 1 December 2026).').waitFor();
    expect(await rows.count()).toBe(2);
    expect(await headers()).toEqual(['Student', 'Lessons complete', 'Due', chapter.title, primer.title]);

    const csv = await download(page, 'Download as CSV');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.text.slice(1).split('\r\n').filter((l) => l !== '').map(csvFields);
    expect(lines).toHaveLength(2);
    const scoreColumn = header.indexOf(`${chapter.title}: score`);
    const statusColumn = header.indexOf(`${chapter.title}: status`);
    expect(header.filter((h) => h.endsWith(': score'))).toEqual([`${chapter.title}: score`, `${primer.title}: score`]);
    const adaLine = lines.find((l) => l[0] === 'Ada Lovelace')!;
    expect(adaLine[statusColumn]).toBe('Complete');
    expect(adaLine[scoreColumn]).toBe(String(chapter.questions.length));
    expect(adaLine[header.indexOf(`${chapter.title}: right first try`)]).toBe(String(chapter.questions.length - 1));
    expect(adaLine[header.indexOf('Due status')]).toBe('overdue');
    for (const line of lines) expect(Number.isFinite(Number(line[scoreColumn]))).toBe(true);
  });

  it('loads a report dropped onto the drop zone', async () => {
    const { page } = instructor;
    await page.getByRole('button', { name: 'Clear the class' }).click();
    const text = readFileSync(studentReportPath, 'utf8');
    const dataTransfer = await page.evaluateHandle((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer });
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByText('Loaded 1 of 1 files.').waitFor();
    expect(await page.locator('.class-table tbody th').textContent()).toBe('Ada Lovelacedropped.json');
  });

  it('opens a tampered link with a notice instead of crashing', async () => {
    const { page } = student;
    await page.goto(`${student.baseUrl}/assignment?l=c0.zz.%3Cscript%3E.c0&d=2026-02-30`);
    // zz names no lesson, <script> is not a lesson code, and the second c0 repeats the first.
    await page.getByText('3 entries of this link did not name a lesson of this course and were left out.').waitFor();
    await page.getByText('The due date in this link is not a real date').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Your assignment' }).waitFor();
    await page.goto(`${student.baseUrl}/assignment?l=${'c0.'.repeat(2000)}`);
    await page.getByRole('heading', { level: 1, name: 'This assignment link could not be opened' }).waitFor();
    await expectCleanInBothViews(student);
  });

  // Speed is not asserted here (a busy machine would make it flaky); the time is printed for the notes.
  it('loads 500 report files into a 500-row table', async () => {
    const { page } = instructor;
    await page.goto(instructor.baseUrl + '/teach/class');
    await page.getByRole('heading', { level: 1, name: 'Class progress' }).waitFor();
    const clear = page.getByRole('button', { name: 'Clear the class' });
    if ((await clear.count()) > 0) await clear.click();
    const files = Array.from({ length: 500 }, (_, i) => ({
      name: `student-${String(i).padStart(3, '0')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(otherReport(`Student ${i}`, i % 2 ? 'complete' : 'visited', (total) => i % (total + 1))),
    }));
    const started = Date.now();
    await page.getByLabel(/Report files/).setInputFiles(files);
    await page.getByText('Loaded 500 of 500 files.').waitFor({ timeout: 30_000 });
    const elapsed = Date.now() - started;
    console.log(`500 reports loaded and tabled in ${elapsed} ms`);
    expect(await page.locator('.class-table tbody tr').count()).toBe(500);
  });
});
