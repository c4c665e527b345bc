import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngine, searchSections } from '../../../app/search/engine';
import type { SearchDocument } from '../../../scripts/search/options';
import { searchIndexPlugin } from '../../../scripts/search/vitePlugin';

/** The documents `virtual:search-index` serves for a project root, loaded through the plugin's own hooks. */
async function servedDocuments(root: string): Promise<SearchDocument[]> {
  const plugin = searchIndexPlugin({ contentDir: 'content' });
  const hook = <T>(h: unknown) => h as (this: unknown, ...args: unknown[]) => T;
  hook(plugin.configResolved)({ root });
  const id = hook<string>(plugin.resolveId)('virtual:search-index');
  expect(id).toBe('\0virtual:search-index');
  const source = hook<string>(plugin.load).call({}, id);
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { documents: SearchDocument[] };
  return module.documents;
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tfs-search-'));
  cpSync('tests/fixtures/valid', path.join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the search index plugin', () => {
  it('serves one document per section of every lesson, each with its route and anchor', async () => {
    const documents = await servedDocuments(root);
    expect(documents.map((d) => `${d.route}#${d.anchor}`)).toEqual([
      '/chapters/first-steps#',
      '/chapters/first-steps#dot-products',
      '/chapters/first-steps#a-smaller-section',
      '/chapters/first-steps#recap',
      '/chapters/first-steps#check-your-understanding',
      '/chapters/second-steps#',
      '/chapters/second-steps#only-section',
      '/chapters/second-steps#recap',
      '/chapters/second-steps#check-your-understanding',
    ]);
    expect(documents.map((d) => d.id)).toEqual(documents.map((_, i) => i));
    expect(documents.filter((d) => d.title).map((d) => d.title)).toEqual(['First steps', 'Second steps']);
  });

  it('makes a lesson added to a new track folder searchable with no other step', async () => {
    const fixture = readFileSync('tests/fixtures/valid/chapters/00-first-steps.mdx', 'utf8')
      .replace('title: First steps', 'title: Byte pair merges')
      .replace('order: 0', 'order: 1')
      .replace('fixture-first', 'glossary-merges')
      .replace('## Dot products', '## Merging byte pairs\n\nThe merge table grows one pair at a time.\n\n## Dot products');
    mkdirSync(path.join(root, 'content', 'glossary'));
    writeFileSync(path.join(root, 'content', 'glossary', '01-byte-pair-merges.mdx'), fixture);

    const engine = await buildEngine(await servedDocuments(root));
    const [best] = searchSections(engine, 'mergng table');
    expect(best).toMatchObject({ route: '/glossary/byte-pair-merges', anchor: 'merging-byte-pairs' });
    expect(best.terms.sort()).toEqual(['merging', 'table']);
  });
});
