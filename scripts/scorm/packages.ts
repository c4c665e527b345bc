import type { LessonEntry } from '../content/manifest.ts';
import { coursePackageFiles, lessonPackageFiles, type ViteManifest } from './files.ts';
import { buildManifest, xmlId, type PackageItem, type ScormVersion } from './manifest.ts';
import { createZipWriter } from './zip.ts';

/** What writing the packages needs: the lessons, the build's files, and ways to read them and write a zip. */
export interface PackageJob {
  lessons: readonly Pick<LessonEntry, 'route' | 'title' | 'file' | 'track' | 'slug' | 'exerciseKeys'>[];
  files: readonly string[];
  read: (file: string) => Buffer;
  write: (name: string, data: Buffer) => void;
}

/** The entry page's path in the build (see entryHtml.ts); inside a package it becomes `index.html` at the root. */
const ENTRY_HTML = 'dist-scorm/entry/index.html';
const VERSIONS: { version: ScormVersion; suffix: string }[] = [
  { version: '1.2', suffix: 'scorm12' },
  { version: '2004', suffix: 'scorm2004' },
];

/** The entry page with its URLs made relative to the package root instead of to scripts/scorm/. */
export function rootIndexHtml(html: string): string {
  return html.replace(/(src|href)="(?:\.\.\/)+/g, '$1="./');
}

/** The launch address of a lesson: the player, told which lesson and whether Python is in the package. */
export function launchHref(route: string, python: boolean): string {
  return `index.html?lesson=${route.replace(/^\//, '')}${python ? '&python=1' : ''}`;
}

/** Writes the course package and one package per lesson, in both versions; returns each zip's name and file count. */
export function writePackages(job: PackageJob): { name: string; files: number }[] {
  const manifest = JSON.parse(job.read('.vite/manifest.json').toString('utf8')) as ViteManifest;
  const index = Buffer.from(rootIndexHtml(job.read(ENTRY_HTML).toString('utf8')), 'utf8');
  const zip = createZipWriter();
  const out: { name: string; files: number }[] = [];
  const emit = (name: string, identifier: string, title: string, items: PackageItem[], files: string[], version: ScormVersion) => {
    const xml = buildManifest({ identifier, title, items, files: ['index.html', ...files] }, version);
    const entries = [
      { path: 'imsmanifest.xml', data: Buffer.from(xml, 'utf8') },
      { path: 'index.html', data: index },
      ...files.map((f) => ({ path: f, data: job.read(f) })),
    ];
    job.write(name, zip(entries));
    out.push({ name, files: entries.length });
  };
  const courseItems = job.lessons.map((l) => ({ id: xmlId(l.route), title: l.title, href: launchHref(l.route, true) }));
  const courseFiles = coursePackageFiles(job.files);
  for (const { version, suffix } of VERSIONS) {
    emit(`transformer-from-scratch-course-${suffix}.zip`, 'transformer-from-scratch-course', 'Transformer From Scratch', courseItems, courseFiles, version);
  }
  const readText = (f: string) => job.read(f).toString('utf8');
  for (const lesson of job.lessons) {
    const files = lessonPackageFiles(job.files, manifest, lesson.file, readText);
    const item = { id: xmlId(lesson.route), title: lesson.title, href: launchHref(lesson.route, false) };
    for (const { version, suffix } of VERSIONS) {
      emit(`lessons/${lesson.track}-${lesson.slug}-${suffix}.zip`, `transformer-from-scratch-${xmlId(lesson.route)}`, lesson.title, [item], files, version);
    }
  }
  return out;
}
