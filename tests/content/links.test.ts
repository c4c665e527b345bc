import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ROUTES, checkLinks, type LinkTarget } from '../../scripts/content/links';

/** Two lessons of a course; the first holds the links under test, one per line. */
function course(...hrefs: string[]): LinkTarget[] {
  return [
    {
      file: 'content/chapters/01-attention.mdx',
      route: '/chapters/attention',
      anchors: new Set(['you-will-learn', 'recap', 'scores', 'café-au-lait']),
      links: hrefs.map((href, i) => ({ href, line: i + 1, column: 1 })),
    },
    { file: 'content/ladder/02-bend.mdx', route: '/ladder/bend', anchors: new Set(['you-will-learn', 'recap', 'the-sigmoid']), links: [] },
  ];
}

const messages = (...hrefs: string[]) => checkLinks(course(...hrefs)).map((p) => `${p.line}: ${p.message}`);

describe('internal link resolution', () => {
  it('accepts routes, anchors, app pages, relative paths, trailing slashes, queries and encoded anchors', () => {
    expect(
      messages(
        '/ladder/bend#the-sigmoid',
        '#scores',
        '../ladder/bend',
        'attention#recap',
        '/ladder/bend/',
        '/lab',
        '/',
        '/gallery#blocks',
        '/ladder/bend?from=chapters#the-sigmoid',
        '#caf%C3%A9-au-lait',
      ),
    ).toEqual([]);
  });

  it('leaves links with a scheme alone', () => {
    expect(messages('https://example.org/missing', 'mailto:someone@example.org', '//cdn.example.org/x')).toEqual([]);
  });

  it('names a missing anchor on the same page and suggests a near one', () => {
    expect(messages('#score')).toEqual(['1: link "#score": /chapters/attention has no heading with the anchor #score (did you mean #scores?); the anchors there are #scores, #café-au-lait']);
  });

  it('names a relative link that climbs out of its track to a page that does not exist', () => {
    expect(messages('../bend')).toEqual(['1: link "../bend" goes to /bend, which is not a lesson or a page of the course']);
  });

  it('names the route to use when a link points at a lesson file', () => {
    expect(messages('../ladder/02-bend.mdx#the-sigmoid', '02-bend')).toEqual([
      '1: link "../ladder/02-bend.mdx#the-sigmoid" points at a lesson file; link to its route /ladder/bend instead',
      '2: link "02-bend" points at a lesson file; link to its route /ladder/bend instead',
    ]);
  });

  it('names an empty link address and one that cannot be decoded', () => {
    expect(messages('', '#%E0%A4')).toEqual(['1: link has an empty address', '2: link "#%E0%A4" is not a valid address']);
  });
});

describe('the pages a lesson may link to', () => {
  it('are every fixed route the app declares, so a link to a new page is not reported as broken', () => {
    const app = readFileSync('app/App.tsx', 'utf8');
    const fixed = [...app.matchAll(/path="([^"]+)"/g)].map((m) => m[1]).filter((p) => !p.includes(':') && p !== '*');
    expect(fixed.length).toBeGreaterThan(3);
    for (const path of fixed) expect(APP_ROUTES).toContain(`/${path}`);
  });
});
