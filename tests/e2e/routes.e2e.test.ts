import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { answerQuestion, builtLessons, questionGroup, waitForLesson } from './support/lessons';

const lessons = builtLessons();
const routes = [
  { path: '/', heading: 'Transformer From Scratch', title: 'Transformer From Scratch' },
  ...lessons.map((l) => ({ path: l.route, heading: l.title, title: `${l.title} · Transformer From Scratch`, lesson: l })),
  { path: '/chapters/not-written-yet', heading: 'Page not found', title: 'Page not found · Transformer From Scratch' },
];

// Answering is checked in the first view on every lesson, and in the second on the first lesson only, to keep the run short.
for (const view of [
  { width: 1280, colorScheme: 'light' as const, answerOn: () => true },
  { width: 360, colorScheme: 'dark' as const, answerOn: (path: string) => path === lessons[0]?.route },
]) {
  describe(`every route at ${view.width} px in the ${view.colorScheme} theme`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession(view);
    });
    afterAll(async () => {
      await session.close();
    });

    for (const route of routes) {
      const answering = 'lesson' in route && view.answerOn(route.path);
      it(`renders ${route.path} by direct load with its title, no console error, no outside request and no axe violation${answering ? ', before and after answering' : ''}`, async () => {
        const { page } = session;
        session.errors.length = 0;
        await page.goto(session.baseUrl + route.path);
        await page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
        if ('lesson' in route) await waitForLesson(page);
        expect(await page.title()).toBe(route.title);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        if (answering && 'lesson' in route && route.lesson) {
          // Answer one question wrongly and one rightly, so both kinds of feedback are checked too.
          const [wrong, right] = route.lesson.questions;
          await answerQuestion(page, wrong, false);
          await answerQuestion(page, right, true);
          await questionGroup(page, right).locator('xpath=ancestor::form').getByRole('status').getByText('Correct.').waitFor();
          expect(await axeViolations(page), 'after answering').toEqual([]);
        }
        expect(session.errors).toEqual([]);
        expect(session.offsiteRequests).toEqual([]);
      });
    }
  });
}
