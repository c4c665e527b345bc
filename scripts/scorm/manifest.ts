/** One launchable lesson of a package: an item in the organization and the SCO resource it opens. */
export interface PackageItem {
  /** An XML ID (a letter first, then letters, digits, `-`, `_` or `.`), unique in the manifest. */
  id: string;
  title: string;
  /** Launch address inside the package, e.g. `index.html?lesson=chapters/training`. */
  href: string;
}

/** What a manifest describes: the package, its lessons, and every file in it (paths inside the zip). */
export interface PackageDescription {
  identifier: string;
  title: string;
  items: PackageItem[];
  files: string[];
}

/** The SCORM versions packaged. */
export type ScormVersion = '1.2' | '2004';

/** Text and attribute values escaped for XML. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Turns any text into an XML ID: `/chapters/training` → `chapters-training`, prefixed when it starts with a digit. */
export function xmlId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
}

const HEADS: Record<ScormVersion, { root: string; schemaVersion: string; scormType: string }> = {
  '1.2': {
    root: `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`,
    schemaVersion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    root: `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"`,
    schemaVersion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
};

/** The identifier of the resource holding the files every lesson shares. */
const SHARED = 'shared-files';

/**
 * The `imsmanifest.xml` of a package: one organization with an item per lesson, each a SCO resource launching the
 * player on its lesson and depending on one asset resource that lists every file of the package.
 */
export function buildManifest(pkg: PackageDescription, version: ScormVersion): string {
  const head = HEADS[version];
  const items = pkg.items
    .map((i) => `      <item identifier="item-${i.id}" identifierref="sco-${i.id}" isvisible="true">\n        <title>${xmlEscape(i.title)}</title>\n      </item>`)
    .join('\n');
  const scos = pkg.items
    .map((i) => `    <resource identifier="sco-${i.id}" type="webcontent" ${head.scormType}="sco" href="${xmlEscape(i.href)}">\n      <file href="index.html"/>\n      <dependency identifierref="${SHARED}"/>\n    </resource>`)
    .join('\n');
  const files = pkg.files.map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  // 2004: let learners move freely between the lessons of the course package, in any order.
  const sequencing = version === '2004' ? '\n      <imsss:sequencing>\n        <imsss:controlMode choice="true" flow="true"/>\n      </imsss:sequencing>' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(pkg.identifier)}" version="1" ${head.root}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${head.schemaVersion}</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xmlEscape(pkg.title)}</title>
${items}${sequencing}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="${SHARED}" type="webcontent" ${head.scormType}="asset">
${files}
    </resource>
  </resources>
</manifest>
`;
}
