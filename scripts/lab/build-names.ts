import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPackagedNames } from './names';

/*
 * Writes components/lab/data/names.json from the two @stdlib first-name packages. Run with
 * `npx tsx scripts/lab/build-names.ts` after changing either package's version; the output is committed so the
 * app needs no package at run time, and tests/scripts/lab checks that it still matches the packages.
 */
const target = fileURLToPath(new URL('../../components/lab/data/names.json', import.meta.url));
const names = readPackagedNames();
writeFileSync(target, `${JSON.stringify(names)}\n`);
console.log(`wrote ${names.length} names to ${target}`);
