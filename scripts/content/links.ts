import type { ContentProblem } from './manifest.ts';
import { editDistance } from './nearest.ts';
import type { LessonLink } from './references.ts';

/** Pages of the app that are not lessons; a lesson may link to them (their anchors are not checked). */
export const APP_ROUTES = ['/', '/lab', '/lab/induction', '/gallery', '/teach', '/teach/class', '/assignment', '/report'];

/** Anchors every lesson page has besides its headings: the ids the template's blocks put on the page. */
export const BLOCK_ANCHORS = ['you-will-learn', 'recap'];

/** What link resolution needs to know about one lesson. */
export interface LinkTarget {
  file: string;
  route: string;
  /** Anchors on the lesson's page: its heading ids and the template blocks' ids. */
  anchors: Set<string>;
  links: LessonLink[];
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const BASE = 'http://course.invalid';

/** The route a lesson file's name stands for, when an author links to `02-bend.mdx` instead of `/ladder/bend`. */
function routeOfFileLink(pathname: string, targets: LinkTarget[]): string | null {
  const name = pathname.split('/').pop() ?? '';
  const hit = targets.find((t) => t.file.endsWith(`/${name}`) || t.file.endsWith(`/${name}.mdx`));
  return hit ? hit.route : null;
}

/**
 * Anchors a mistyped one was probably meant to be, closest first: those within a typo's reach (a third of its length,
 * at least 2 edits, so `one-vector-at-time` finds `one-vector-at-a-time`), then those that contain it or it contains.
 */
function nearestAnchors(hash: string, anchors: string[]): string[] {
  const reach = Math.max(2, Math.floor(hash.length / 3));
  const scored = anchors
    .map((anchor) => ({ anchor, distance: editDistance(hash, anchor) }))
    .filter(({ anchor, distance }) => distance <= reach || anchor.includes(hash) || hash.includes(anchor))
    .sort((a, b) => a.distance - b.distance || a.anchor.localeCompare(b.anchor));
  return scored.slice(0, 3).map((s) => s.anchor);
}

/** The problem with one link, or null when it lands on a page (and, with a hash, on an anchor of a lesson). */
function linkProblem(link: LessonLink, from: LinkTarget, byRoute: Map<string, LinkTarget>, targets: LinkTarget[]): string | null {
  if (EXTERNAL.test(link.href)) return null;
  if (link.href.trim() === '') return 'link has an empty address';
  let url: URL;
  let hash: string;
  try {
    url = new URL(link.href, BASE + from.route);
    hash = decodeURIComponent(url.hash.slice(1));
  } catch {
    return `link "${link.href}" is not a valid address`;
  }
  const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
  const target = byRoute.get(pathname);
  if (!target) {
    if (APP_ROUTES.includes(pathname)) return null;
    const fileRoute = routeOfFileLink(pathname, targets);
    if (fileRoute) return `link "${link.href}" points at a lesson file; link to its route ${fileRoute} instead`;
    return `link "${link.href}" goes to ${pathname}, which is not a lesson or a page of the course`;
  }
  if (hash && !target.anchors.has(hash)) {
    const near = nearestAnchors(hash, [...target.anchors]);
    const hint = near.length > 0 ? ` (did you mean ${near.map((a) => `#${a}`).join(', ')}?)` : '';
    const all = [...target.anchors].filter((a) => !BLOCK_ANCHORS.includes(a));
    return `link "${link.href}": ${target.route} has no heading with the anchor #${hash}${hint}; the anchors there are ${all.map((a) => `#${a}`).join(', ') || 'none'}`;
  }
  return null;
}

/** Resolves every lesson's internal links against the lesson routes, app pages and heading anchors. */
export function checkLinks(targets: LinkTarget[]): ContentProblem[] {
  const byRoute = new Map(targets.map((t) => [t.route, t]));
  const problems: ContentProblem[] = [];
  for (const from of targets) {
    for (const link of from.links) {
      const message = linkProblem(link, from, byRoute, targets);
      if (message) problems.push({ file: from.file, line: link.line, column: link.column, message });
    }
  }
  return problems;
}
