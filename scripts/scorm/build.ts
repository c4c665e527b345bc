// `npm run build:scorm`: builds the lesson player and writes SCORM 1.2 and 2004 packages, one for the whole course and
// one per lesson, to dist-scorm/packages/.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { checkContent } from '../content/checkContent.ts';
import { writePackages } from './packages.ts';
import { SCORM_SITE_DIR } from './vite.config.ts';

/** Where the zips go. */
export const PACKAGES_DIR = 'dist-scorm/packages';

/** Every file under a folder, as paths relative to it with `/` separators. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

async function main() {
  const root = process.cwd();
  const { lessons, problems } = checkContent(root, process.env.LESSONS_DIR ?? 'content');
  if (problems.length > 0) throw new Error('lesson content has problems; run npm run check:content');
  if (!process.argv.includes('--no-build')) await build({ configFile: path.resolve('scripts/scorm/vite.config.ts'), logLevel: 'warn' });
  const site = path.resolve(SCORM_SITE_DIR);
  rmSync(PACKAGES_DIR, { recursive: true, force: true });
  mkdirSync(path.join(PACKAGES_DIR, 'lessons'), { recursive: true });
  const written = writePackages({
    lessons,
    files: listFiles(site),
    read: (file) => readFileSync(path.join(site, file)),
    write: (name, data) => writeFileSync(path.join(PACKAGES_DIR, name), data),
  });
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  for (const p of written) console.log(`${mb(statSync(path.join(PACKAGES_DIR, p.name)).size).padStart(9)}  ${p.name}  (${p.files} files)`);
  console.log(`\n${written.length} packages in ${PACKAGES_DIR}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
