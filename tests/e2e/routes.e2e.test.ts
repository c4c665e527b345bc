import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { builtLessons, waitForLesson } from './support/lessons';

const lessons = builtLessons();
const routes = [
  { path: '/', heading: 'Transformer From Scratch', title: 'Transformer From Scratch' },
  ...lessons.map((l) => ({ path: l.route, heading: l.title, title: `${l.title} · Transformer From Scratch` })),
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
      it(`renders ${route.path} by direct load with its title, no console error, no outside request and no axe violation`, async () => {
        const { page } = session;
        session.errors.length = 0;
        await page.goto(session.baseUrl + route.path);
        await page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
        if (route.path.startsWith('/chapters/') && route.heading !== 'Page not found') await waitForLesson(page);
        expect(await page.title()).toBe(route.title);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(session.errors).toEqual([]);
        expect(session.offsiteRequests).toEqual([]);
      });
    }
  });
}
