// @vitest-environment jsdom
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/content/checkContent';
import { buildManifest, type ScormVersion } from '../../../scripts/scorm/manifest';
import { writePackages } from '../../../scripts/scorm/packages';
import { fakeBuild } from './fakeBuild';

const NS = { '1.2': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', '2004': 'http://www.imsglobal.org/xsd/imscp_v1p1' } as const;
const ADLCP = { '1.2': 'http://www.adlnet.org/xsd/adlcp_rootv1p2', '2004': 'http://www.adlnet.org/xsd/adlcp_v1p3' } as const;
const SCORM_TYPE = { '1.2': 'scormtype', '2004': 'scormType' } as const;
const XML_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Children of an element with a local name, in the manifest's own namespace. */
const kids = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);

/**
 * Problems of a manifest against what the SCORM content-packaging schemas require: the root and its identifier,
 * the metadata, a default organization that exists, titled items pointing at resources that exist, SCO resources
 * with a launch href and the right scormType, dependencies that resolve, unique IDs, and files the zip holds.
 */
function manifestProblems(xml: string, version: ScormVersion, zipFiles: Set<string>): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return ['not well-formed XML'];
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  const root = doc.documentElement;
  need(root.localName === 'manifest' && root.namespaceURI === NS[version], 'root is not <manifest> in the content-packaging namespace');
  need(XML_ID.test(root.getAttribute('identifier') ?? ''), 'manifest identifier missing or not an ID');
  const ids = [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier')!);
  need(new Set(ids).size === ids.length && ids.every((id) => XML_ID.test(id)), 'identifiers not unique valid IDs');
  const [metadata] = kids(root, 'metadata');
  need(metadata !== undefined && kids(metadata, 'schema')[0]?.textContent === 'ADL SCORM', 'metadata/schema is not ADL SCORM');
  need(kids(metadata, 'schemaversion')[0]?.textContent === (version === '1.2' ? '1.2' : '2004 4th Edition'), 'wrong schemaversion');
  const [organizations] = kids(root, 'organizations');
  const orgs = organizations ? kids(organizations, 'organization') : [];
  need(orgs.some((o) => o.getAttribute('identifier') === organizations?.getAttribute('default')), 'default organization missing');
  const [resourcesEl] = kids(root, 'resources');
  const resources = new Map((resourcesEl ? kids(resourcesEl, 'resource') : []).map((r) => [r.getAttribute('identifier')!, r]));
  for (const org of orgs) {
    need(kids(org, 'title')[0]?.textContent !== '', 'organization has no title');
    const items = kids(org, 'item');
    need(items.length > 0, 'organization has no item');
    for (const item of items) {
      need((kids(item, 'title')[0]?.textContent ?? '') !== '', `item ${item.getAttribute('identifier')} has no title`);
      need(resources.get(item.getAttribute('identifierref') ?? '')?.getAttributeNS(ADLCP[version], SCORM_TYPE[version]) === 'sco', `item ${item.getAttribute('identifier')} does not open a SCO`);
    }
  }
  for (const [id, r] of resources) {
    const type = r.getAttributeNS(ADLCP[version], SCORM_TYPE[version]);
    need(r.getAttribute('type') === 'webcontent' && (type === 'sco' || type === 'asset'), `resource ${id} lacks type or scormType`);
    if (type === 'sco') need(zipFiles.has((r.getAttribute('href') ?? '').split('?')[0]), `resource ${id} launches a file not in the zip`);
    for (const d of kids(r, 'dependency')) need(resources.has(d.getAttribute('identifierref') ?? ''), `resource ${id} depends on a missing resource`);
    for (const f of kids(r, 'file')) need(zipFiles.has(f.getAttribute('href') ?? ''), `file ${f.getAttribute('href')} is not in the zip`);
  }
  return problems;
}

describe('SCORM manifests', () => {
  const { lessons } = checkContent(process.cwd(), 'content');
  const zips = new Map<string, Uint8Array>();
  writePackages({ lessons, ...fakeBuild(lessons), write: (name, data) => zips.set(name, data) });

  it('writes a course package and one per lesson, in SCORM 1.2 and 2004', () => {
    expect(zips.size).toBe(2 + lessons.length * 2);
    expect([...zips.keys()].filter((k) => k.startsWith('transformer-from-scratch-course'))).toEqual(['transformer-from-scratch-course-scorm12.zip', 'transformer-from-scratch-course-scorm2004.zip']);
  });

  it('gives every manifest every required element, each pointing at what the zip holds', () => {
    for (const [name, zip] of zips) {
      const files = unzipSync(zip);
      const version = name.endsWith('scorm12.zip') ? '1.2' : '2004';
      const xml = new TextDecoder().decode(files['imsmanifest.xml']);
      expect(manifestProblems(xml, version, new Set(Object.keys(files))), name).toEqual([]);
    }
  });

  it('lists one SCO per lesson in the course package, launching each lesson with Python', () => {
    const xml = new TextDecoder().decode(unzipSync(zips.get('transformer-from-scratch-course-scorm2004.zip')!)['imsmanifest.xml']);
    const hrefs = [...xml.matchAll(/adlcp:scormType="sco" href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(lessons.length);
    expect(hrefs[0]).toBe(`index.html?lesson=${lessons[0].route.slice(1)}&amp;python=1`);
  });

  it('catches a manifest missing what the schemas require', () => {
    const good = buildManifest({ identifier: 'pkg', title: 'A & <B>', items: [{ id: 'one', title: 'One', href: 'index.html?lesson=a/b' }], files: ['index.html'] }, '1.2');
    expect(manifestProblems(good, '1.2', new Set(['index.html']))).toEqual([]);
    expect(manifestProblems(good.replace('<schemaversion>1.2', '<schemaversion>1.3'), '1.2', new Set(['index.html']))).toEqual(['wrong schemaversion']);
    expect(manifestProblems(good.replace('identifierref="sco-one"', 'identifierref="sco-two"'), '1.2', new Set(['index.html']))).toEqual(['item item-one does not open a SCO']);
    expect(manifestProblems(good, '1.2', new Set())).toContain('file index.html is not in the zip');
    expect(manifestProblems(good, '2004', new Set(['index.html']))[0]).toBe('root is not <manifest> in the content-packaging namespace');
  });
});
