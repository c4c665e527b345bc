import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { answerQuestion, builtLessons, questionGroup, waitForLesson } from './support/lessons';

const lessons = builtLessons();
const routes = [
  { path: '/', heading: 'Transformer From Scratch', title: 'Transformer From Scratch' },
  ...lessons.map((l) => ({ path: l.route, heading: l.title, title: `${l.title} · Transformer From Scratch`, lesson: l })),
  { path: '/chapters/not-written-yet', heading: 'Page not found', title: 'Page not found · Transformer From Scratch' },
];

for (const view of [
  { width: 1280, colorScheme: 'light' as const },
  { width: 360, colorScheme: 'dark' as const },
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
      it(`renders ${route.path} by direct load with its title, no console error, no outside request and no axe violation before or after answering`, async () => {
        const { page } = session;
        session.errors.length = 0;
        await page.goto(session.baseUrl + route.path);
        await page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
        if (route.path.startsWith('/chapters/') && route.heading !== 'Page not found') await waitForLesson(page);
        expect(await page.title()).toBe(route.title);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        if ('lesson' in route && route.lesson) {
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
