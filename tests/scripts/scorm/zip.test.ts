import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createZipWriter } from '../../../scripts/scorm/zip';

describe('the zip writer', () => {
  it('writes files another zip reader gets back byte for byte, compressed or stored, with UTF-8 names', () => {
    const text = new TextEncoder().encode('attention '.repeat(1000));
    const noise = new Uint8Array(randomBytes(4096));
    const zip = createZipWriter()([
      { path: 'assets/a.js', data: text },
      { path: 'fonts/noise.woff2', data: noise },
      { path: 'Zoë.txt', data: new Uint8Array() },
    ]);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['assets/a.js', 'fonts/noise.woff2', 'Zoë.txt']);
    expect(back['assets/a.js']).toEqual(text);
    expect(back['fonts/noise.woff2']).toEqual(noise);
    expect(zip.length).toBeLessThan(text.length / 10 + noise.length + 500);
  });

  it('keeps two files of the same name and size apart when their contents differ', () => {
    const write = createZipWriter();
    const a = unzipSync(write([{ path: 'imsmanifest.xml', data: new TextEncoder().encode('<a/>') }]));
    const b = unzipSync(write([{ path: 'imsmanifest.xml', data: new TextEncoder().encode('<b/>') }]));
    expect(new TextDecoder().decode(a['imsmanifest.xml'])).toBe('<a/>');
    expect(new TextDecoder().decode(b['imsmanifest.xml'])).toBe('<b/>');
  });
});
