import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { nearestName } from './nearest.ts';

/** An `import … from '<source>'` of a lesson, located for messages. */
export interface LessonImport {
  source: string;
  line: number;
  column: number;
}

/** What Vite tries after a bare path: the file itself, a source extension, then a folder's index. */
const SUFFIXES = ['', '.ts', '.tsx', '.js', '.jsx', '.mdx', '/index.ts', '/index.tsx', '/index.js', '/index.jsx'];

/** True when an import path names a file the build can load. */
function resolves(absolute: string): boolean {
  return SUFFIXES.some((suffix) => existsSync(absolute + suffix) && statSync(absolute + suffix).isFile());
}

/** Names in a folder as an import would write them: without a source file's extension. */
function entryNames(dir: string): string[] {
  return readdirSync(dir).map((name) => name.replace(/\.(tsx?|jsx?|mdx)$/, ''));
}

/**
 * The nearest import path that does resolve, fixing one typo per path segment (`forward-pass/embedding` becomes
 * `forward-pass/embeddings`); null when no close name exists.
 */
function nearestImport(fromDir: string, source: string): string | null {
  const parts = source.split('/');
  let dir = fromDir;
  const fixed: string[] = [];
  for (const part of parts) {
    if (part === '.' || part === '..' || existsSync(path.join(dir, part))) {
      fixed.push(part);
      dir = path.join(dir, part);
      continue;
    }
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
    const near = nearestName(part, entryNames(dir));
    if (!near) return null;
    fixed.push(near);
    dir = path.join(dir, near);
  }
  const guess = fixed.join('/');
  return guess !== source && resolves(path.join(fromDir, guess)) ? guess : null;
}

/** The problem with one relative import of a lesson at `lessonFile` (absolute), or null when it resolves. */
export function importProblem(lessonFile: string, source: string): string | null {
  if (!source.startsWith('.')) return null;
  const fromDir = path.dirname(lessonFile);
  if (resolves(path.resolve(fromDir, source))) return null;
  const near = nearestImport(fromDir, source);
  const hint = near ? `; did you mean "${near}"?` : '; simulations are imported from ../../components/sims/<folder>';
  return `import "${source}" does not lead to a file${hint}`;
}
