import type { LessonEntry } from '../../../scripts/content/manifest';
import type { ViteManifest } from '../../../scripts/scorm/files';

/**
 * A made-up build of the SCORM player for the given lessons: an entry, one chunk per lesson (the first lesson loads
 * a simulation that starts a worker), shared and Python files, with Vite's manifest. Files hold their own names.
 */
export function fakeBuild(lessons: readonly Pick<LessonEntry, 'file'>[]): { files: string[]; read: (file: string) => Buffer } {
  const manifest: ViteManifest = {
    'dist-scorm/entry/index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], css: ['assets/index.css'], dynamicImports: lessons.map((l) => l.file) },
    '_shared.js': { file: 'assets/shared.js' },
    'components/sims/sim.tsx': { file: 'assets/sim.js', imports: ['_shared.js'] },
  };
  lessons.forEach((l, i) => {
    manifest[l.file] = { file: `assets/lesson-${i}.js`, src: l.file, imports: ['dist-scorm/entry/index.html'], dynamicImports: i === 0 ? ['components/sims/sim.tsx'] : [] };
  });
  const contents: Record<string, string> = {
    '.vite/manifest.json': JSON.stringify(manifest),
    'dist-scorm/entry/index.html': '<script type="module" src="../../../assets/index.js"></script><link rel="stylesheet" href="../../../assets/index.css">',
    'assets/index.css': 'body{}',
    'assets/font.woff2': 'font',
    'assets/training.worker-x.js': 'worker',
    'assets/python.worker-y.js': 'python worker',
    'pyodide/314.0.8/pyodide.asm.wasm': 'python',
  };
  for (const chunk of Object.values(manifest)) contents[chunk.file] ??= chunk.file === 'assets/sim.js' ? 'new Worker(new URL("training.worker-x.js", import.meta.url))' : chunk.file;
  return { files: Object.keys(contents), read: (file) => Buffer.from(contents[file] ?? '', 'utf8') };
}
