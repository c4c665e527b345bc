import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { checkContent, LESSON_FILE, type ContentReport } from './checkContent.ts';
import { formatProblem, splitEntry } from './manifest.ts';

/** The page a lesson with problems shows in development instead of its body (which might not even compile). */
const PROBLEMS_PAGE = fileURLToPath(new URL('../../components/course/LessonProblems.tsx', import.meta.url));

const VIRTUAL_ID = 'virtual:lessons';
const RESOLVED_ID = '\0virtual:lessons';
const DETAILS_ID = 'virtual:lesson-details';
const RESOLVED_DETAILS_ID = '\0virtual:lesson-details';

/** Options for the lessons plugin. */
export interface LessonsPluginOptions {
  /** Folder holding the tracks, relative to the Vite root. Defaults to `content`. */
  contentDir?: string;
}

/** Renders a report's problems as one message: a count, then one `file:line:column message` per line. */
export function describeProblems(report: ContentReport): string {
  const n = report.problems.length;
  return `Lesson content has ${n} problem${n === 1 ? '' : 's'}:\n${report.problems.map(formatProblem).join('\n')}`;
}

/** The URL Vite serves a lesson file from: root-relative, or through /@fs for a folder outside the root. */
function importPath(file: string): string {
  return path.isAbsolute(file) ? `/@fs${file.split(path.sep).join('/')}` : `/${file}`;
}

// MDX modules also export `frontmatter`, a new object on every edit; React Refresh would treat that as an
// incompatible export and reload the page, so in development it is told to ignore it (the manifest carries it).
const REFRESH_IGNORES_FRONTMATTER = `if (import.meta.hot) window.__getReactRefreshIgnoredExports = ({ id }) => (/\\.mdx($|\\?)/.test(id) ? ['frontmatter'] : []);`;

/**
 * An error that prints as the checker's lines alone: Vite prints a failed build's stack, and a stack here would only
 * bury the lines an author needs under the plugin's own frames.
 */
export function contentError(report: ContentReport): Error {
  const error = new Error(describeProblems(report));
  error.stack = error.message;
  // The CLI prints the error with util.inspect, which would add brackets and the class name around the lines.
  Object.defineProperty(error, Symbol.for('nodejs.util.inspect.custom'), { value: () => error.message });
  return error;
}

/** The loader of one lesson: its own chunk, or in development for a lesson with problems, the page listing them. */
function loaderSource(lesson: ContentReport['lessons'][number], problems: string[] | undefined): string {
  if (!problems) return `() => import(${JSON.stringify(importPath(lesson.file))})`;
  return `() => import(${JSON.stringify(importPath(PROBLEMS_PAGE))}).then((m) => ({ default: m.lessonWithProblems(${JSON.stringify(problems)}) }))`;
}

/** Source of `virtual:lessons`: the light manifest and one lazy loader per lesson (one chunk each). */
function moduleSource(report: ContentReport, dev = false): string {
  const problemsByFile = new Map<string, string[]>();
  if (dev) for (const p of report.problems) problemsByFile.set(p.file, [...(problemsByFile.get(p.file) ?? []), formatProblem(p)]);
  const loaders = report.lessons.map((l) => `  ${JSON.stringify(l.route)}: ${loaderSource(l, problemsByFile.get(l.file))},`);
  return [
    `export const lessons = ${JSON.stringify(report.lessons.map((l) => splitEntry(l).summary))};`,
    `export const lessonLoaders = {\n${loaders.join('\n')}\n};`,
    REFRESH_IGNORES_FRONTMATTER,
  ].join('\n');
}

/**
 * In development, a lesson whose frontmatter could not be read still gets a route and a place in the course (named
 * after its file), so opening it shows its problems instead of "page not found".
 */
export function withUnreadLessons(report: ContentReport): ContentReport {
  const read = new Set(report.lessons.map((l) => l.file));
  const routes = new Set(report.lessons.map((l) => l.route));
  const unread = [...new Set(report.problems.map((p) => p.file))].flatMap((file) => {
    const [name = '', track = ''] = file.split('/').reverse();
    const match = LESSON_FILE.exec(name);
    const route = `/${track}/${match?.[2]}`;
    if (read.has(file) || !match || routes.has(route)) return [];
    return [{
      track, slug: match[2], route, file, title: `${name} (has problems)`, summary: 'This lesson has problems to fix; open it to see them.',
      order: Number(match[1]), objectives: [], minutes: 1, headings: [], quizzes: [], questionKeys: [], exerciseKeys: [],
    }];
  });
  return { ...report, lessons: [...report.lessons, ...unread] };
}

/** Source of `virtual:lesson-details`: objectives and headings by route, for the lesson page only. */
function detailsSource(report: ContentReport): string {
  const details = Object.fromEntries(report.lessons.map((l) => [l.route, splitEntry(l).details]));
  return `export const lessonDetails = ${JSON.stringify(details)};`;
}

/** Both virtual modules as the browser would get them, to tell whether an edit changed either. */
function manifestSources(report: ContentReport): string {
  return `${moduleSource(report)}\n${detailsSource(report)}\n${report.problems.map(formatProblem).join('\n')}`;
}

/**
 * Finds every lesson, checks it against the lesson contract and serves `virtual:lessons`.
 * A build with any problem fails before it starts (so no file of an earlier build, the service worker included, is
 * rewritten), listing all of them at once. In development a lesson with problems shows them in its place while the
 * rest of the site keeps working, and the terminal prints them once per change.
 */
export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  let report: ContentReport = { lessons: [], problems: [] };
  let server: ViteDevServer | null = null;
  let lastLogged = '';
  let building = false;

  const refresh = () => {
    report = checkContent(root, contentDir);
    const printed = report.problems.length > 0 ? describeProblems(report) : '';
    if (server && printed !== lastLogged && printed) server.config.logger.error(printed, { timestamp: true });
    lastLogged = printed;
  };

  return {
    name: 'tfs-lessons',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      if (!building) return;
      refresh();
      if (report.problems.length > 0) throw contentError(report);
    },
    buildStart() {
      // A build checked the lessons a moment ago, in configResolved; the dev server and the tests check them here.
      if (building) return;
      refresh();
      if (report.problems.length > 0 && !server) this.error(describeProblems(report));
    },
    configureServer(dev) {
      server = dev;
      const dir = path.resolve(root, contentDir);
      dev.watcher.add(dir);
      // A lesson edit that leaves the manifest as it was (body text, formulas, simulations) reaches the page
      // through the MDX module's own hot update; only a change the manifest shows (a new lesson, its
      // frontmatter, headings or quiz ids) reloads the page, because every page reads the manifest.
      const onChange = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.mdx')) return;
        const before = manifestSources(report);
        refresh();
        if (manifestSources(report) === before) return;
        for (const id of [RESOLVED_ID, RESOLVED_DETAILS_ID]) {
          const mod = dev.moduleGraph.getModuleById(id);
          if (mod) dev.moduleGraph.invalidateModule(mod);
        }
        dev.ws.send({ type: 'full-reload' });
      };
      dev.watcher.on('add', onChange);
      dev.watcher.on('unlink', onChange);
      dev.watcher.on('change', onChange);
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === DETAILS_ID ? RESOLVED_DETAILS_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_DETAILS_ID) return null;
      // A build never gets here with a problem; in development each broken lesson shows its own problems instead.
      if (report.problems.length > 0 && !server) this.error(describeProblems(report));
      const shown = server ? withUnreadLessons(report) : report;
      return id === RESOLVED_ID ? moduleSource(shown, server !== null) : detailsSource(shown);
    },
  };
}
