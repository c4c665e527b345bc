import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lmsEntryHtml } from '../../../scripts/scorm/entryHtml';
import { coursePackageFiles, lessonPackageFiles, type ViteManifest } from '../../../scripts/scorm/files';
import { launchHref, rootIndexHtml } from '../../../scripts/scorm/packages';
import { fakeBuild } from './fakeBuild';

const lessons = [{ file: 'content/chapters/00-a.mdx' }, { file: 'content/chapters/01-b.mdx' }];
const build = fakeBuild(lessons);
const manifest = JSON.parse(build.read('.vite/manifest.json').toString()) as ViteManifest;
const readText = (f: string) => build.read(f).toString();

describe('what a package holds', () => {
  it('gives a lesson its own chunk, the player, what it loads later and the worker it starts, and no other lesson or Python', () => {
    expect(lessonPackageFiles(build.files, manifest, lessons[0].file, readText)).toEqual([
      'assets/font.woff2',
      'assets/index.css',
      'assets/index.js',
      'assets/lesson-0.js',
      'assets/shared.js',
      'assets/sim.js',
      'assets/training.worker-x.js',
    ]);
    expect(lessonPackageFiles(build.files, manifest, lessons[1].file, readText)).toEqual(['assets/font.woff2', 'assets/index.css', 'assets/index.js', 'assets/lesson-1.js', 'assets/shared.js']);
  });

  it('gives the course package every file of the build, Python too, but not the build’s own manifest', () => {
    const files = coursePackageFiles(build.files);
    expect(files).toContain('pyodide/314.0.8/pyodide.asm.wasm');
    expect(files).toContain('assets/python.worker-y.js');
    expect(files.some((f) => f.startsWith('.vite/') || f.endsWith('.html'))).toBe(false);
  });

  it('refuses a lesson the build has no chunk for, naming it', () => {
    expect(() => lessonPackageFiles(build.files, manifest, 'content/chapters/99-gone.mdx', readText)).toThrow(/no chunk for content\/chapters\/99-gone\.mdx/);
  });

  it('makes the player page from the site’s index.html, loading the LMS entry', () => {
    const page = lmsEntryHtml(readFileSync('index.html', 'utf8'));
    expect(page).toContain('<script type="module" src="/app/lms/main.tsx"></script>');
    expect(page).not.toContain('apple-touch-icon');
    expect(() => lmsEntryHtml('<html></html>')).toThrow(/no longer loads/);
  });

  it('moves the entry page to the package root and launches lessons by route', () => {
    expect(rootIndexHtml(readText('dist-scorm/entry/index.html'))).toBe('<script type="module" src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">');
    expect(launchHref('/chapters/training', false)).toBe('index.html?lesson=chapters/training');
    expect(launchHref('/chapters/training', true)).toBe('index.html?lesson=chapters/training&python=1');
  });
});
