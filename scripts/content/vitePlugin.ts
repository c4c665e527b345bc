import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContent, type ContentReport } from './checkContent.ts';
import { formatProblem, splitEntry } from './manifest.ts';

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

/** Source of `virtual:lessons`: the light manifest and one lazy loader per lesson (one chunk each). */
function moduleSource(report: ContentReport): string {
  const loaders = report.lessons.map((l) => `  ${JSON.stringify(l.route)}: () => import(${JSON.stringify(importPath(l.file))}),`);
  return [
    `export const lessons = ${JSON.stringify(report.lessons.map((l) => splitEntry(l).summary))};`,
    `export const lessonLoaders = {\n${loaders.join('\n')}\n};`,
    REFRESH_IGNORES_FRONTMATTER,
  ].join('\n');
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
 * A build with any problem fails, listing all of them at once.
 */
export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  let report: ContentReport = { lessons: [], problems: [] };
  let server: ViteDevServer | null = null;

  const refresh = () => {
    report = checkContent(root, contentDir);
    if (report.problems.length > 0 && server) {
      server.config.logger.error(describeProblems(report));
      server.ws.send({ type: 'error', err: { message: describeProblems(report), stack: '' } });
    }
  };

  return {
    name: 'tfs-lessons',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
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
      // In dev the error reaches the browser's overlay, so authors see every problem where they are looking.
      if (report.problems.length > 0) this.error(describeProblems(report));
      return id === RESOLVED_ID ? moduleSource(report) : detailsSource(report);
    },
  };
}
