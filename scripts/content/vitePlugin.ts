import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContent, type ContentReport } from './checkContent.ts';
import { formatProblem } from './manifest.ts';

const VIRTUAL_ID = 'virtual:lessons';
const RESOLVED_ID = '\0virtual:lessons';

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

/** Source of the virtual module: the manifest and one lazy loader per lesson (one chunk each). */
function moduleSource(report: ContentReport): string {
  const loaders = report.lessons.map((l) => `  ${JSON.stringify(l.route)}: () => import(${JSON.stringify(`/${l.file}`)}),`);
  return [
    `export const lessons = ${JSON.stringify(report.lessons)};`,
    `export const lessonLoaders = {\n${loaders.join('\n')}\n};`,
  ].join('\n');
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
      const dir = path.join(root, contentDir);
      dev.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.mdx')) return;
        refresh();
        const mod = dev.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) dev.moduleGraph.invalidateModule(mod);
        dev.ws.send({ type: 'full-reload' });
      };
      dev.watcher.on('add', onChange);
      dev.watcher.on('unlink', onChange);
      dev.watcher.on('change', onChange);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // In dev the error reaches the browser's overlay, so authors see every problem where they are looking.
      if (report.problems.length > 0) this.error(describeProblems(report));
      return moduleSource(report);
    },
  };
}
