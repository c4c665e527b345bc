/** One chunk of Vite's build manifest (`.vite/manifest.json`), the fields the packager follows. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Vite's build manifest: chunks by source path. */
export type ViteManifest = Record<string, ManifestChunk>;

/** Where the Python runtime and its worker live in the build; only the course package carries them. */
const isPython = (file: string) => file.startsWith('pyodide/') || /(^|\/)python\.worker-[^/]*\.js$/.test(file);
/** Build files no package needs: Vite's manifest and the entry page (it is copied to the package root). */
const isBuildOnly = (file: string) => file.startsWith('.vite/') || file.endsWith('.html');

/**
 * The JavaScript a lesson needs: the player's own chunks (static imports only, since its dynamic imports are every
 * lesson) and the lesson's chunk with everything it imports or loads later, except other lessons.
 */
export function lessonChunks(manifest: ViteManifest, lessonSrc: string): Set<string> {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('the SCORM build has no entry in its manifest');
  if (!manifest[lessonSrc]) throw new Error(`the SCORM build has no chunk for ${lessonSrc}`);
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string, followDynamic: boolean) => {
    if (seen.has(`${key}|${followDynamic}`)) return;
    seen.add(`${key}|${followDynamic}`);
    const chunk = manifest[key];
    if (!chunk) return;
    for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
    for (const i of chunk.imports ?? []) visit(i, followDynamic);
    if (!followDynamic) return;
    for (const d of chunk.dynamicImports ?? []) {
      if (d.endsWith('.mdx') && d !== lessonSrc) continue;
      visit(d, true);
    }
  };
  visit(entry, false);
  visit(lessonSrc, true);
  return files;
}

/**
 * Every file of the build one lesson's package holds: its chunks, the workers they start, and every file that is
 * not JavaScript (styles, fonts, kernels, icons: small, and referenced from places a manifest does not follow).
 * `readText` returns a chunk's text, to find the workers it names. Python is left out.
 */
export function lessonPackageFiles(all: readonly string[], manifest: ViteManifest, lessonSrc: string, readText: (file: string) => string): string[] {
  const chunks = lessonChunks(manifest, lessonSrc);
  const text = [...chunks].filter((f) => f.endsWith('.js')).map(readText).join('\n');
  const wanted = all.filter((f) => {
    if (isBuildOnly(f) || isPython(f)) return false;
    if (chunks.has(f)) return true;
    if (!f.endsWith('.js')) return true;
    // A worker is loaded by URL, which the manifest does not list: keep it when a kept chunk names it.
    return /\.worker-[^/]*\.js$/.test(f) && text.includes(f.slice(f.lastIndexOf('/') + 1));
  });
  return wanted.sort();
}

/** Every file of the build the course package holds: all of it, Python included. */
export function coursePackageFiles(all: readonly string[]): string[] {
  return all.filter((f) => !isBuildOnly(f)).sort();
}
