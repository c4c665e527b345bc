import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonTemplate } from '../../scripts/content/lessonTemplate';
import { STRUCTURAL_BLOCKS } from '../../scripts/content/parseLesson';

const guide = readFileSync('docs/authoring.md', 'utf8');

/** Folders under components/sims that hold a simulation (an index.ts), nested ones as `parent/child`. */
function simulationFolders(dir = 'components/sims', prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return existsSync(path.join(full, 'index.ts')) ? [prefix + entry.name] : simulationFolders(full, `${prefix}${entry.name}/`);
    });
}

/** Folder names in the first column of the guide's simulation table. */
function listedSimulations(): string[] {
  return [...guide.matchAll(/^\| `([a-z0-9/-]+)` \| `[A-Za-z]+` \|/gm)].map((m) => m[1]);
}

describe('the author guide (docs/authoring.md)', () => {
  it('lists every simulation folder under components/sims, so a new simulation cannot go undocumented', () => {
    const listed = new Set(listedSimulations());
    const missing = simulationFolders().filter((name) => !listed.has(name));
    expect(missing, 'add a row for each to the Simulations table in docs/authoring.md').toEqual([]);
  });

  it('lists no simulation that no longer exists', () => {
    const stale = listedSimulations().filter((name) => !existsSync(path.join('components/sims', name, 'index.ts')));
    expect(stale).toEqual([]);
  });

  it('documents every block of the MDX component map under its own heading', () => {
    const undocumented = STRUCTURAL_BLOCKS.filter((block) => !guide.includes(`\n### ${block}\n`));
    expect(undocumented).toEqual([]);
  });

  it('shows the template exactly as new:lesson writes it', () => {
    const template = lessonTemplate({ title: 'Sparse attention', order: 11, quizId: 'ch11-sparse-attention' });
    expect(guide).toContain('```mdx\n' + template + '```');
  });
});
