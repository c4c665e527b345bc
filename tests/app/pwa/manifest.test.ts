import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { describe, expect, it } from 'vitest';
import { iconSvg } from '../../../scripts/pwa/icons';
import { pwaOptions } from '../../../scripts/pwa/options';

const manifest = pwaOptions.manifest as { icons: { src: string; sizes: string; type: string; purpose: string }[] };

/** Width and height of a PNG, read from its IHDR chunk (bytes 16 to 23, big-endian). */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the installable app', () => {
  it('lists 192 and 512 pixel icons and a maskable one, each PNG as large as the manifest says', () => {
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of pngs) expect(pngSize(path.join('public', icon.src)), icon.src).toBe(icon.sizes);
  });

  it('ships the SVG icon as the drawing script makes it, so the PNGs and the SVG show the same picture', () => {
    expect(readFileSync('public/icons/icon.svg', 'utf8')).toBe(iconSvg(false));
  });

  it('keeps the maskable icon inside the safe zone, a centred circle of radius 40% that no launcher crops', () => {
    const rects = [...iconSvg(true).matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)];
    expect(rects.length).toBe(10); // 1 + 2 + 3 + 4 squares of the causal pattern
    for (const [, x, y, w, h] of rects) {
      for (const [cx, cy] of [[+x, +y], [+x + +w, +y], [+x, +y + +h], [+x + +w, +y + +h]]) {
        expect(Math.hypot(cx - 256, cy - 256)).toBeLessThanOrEqual(0.4 * 512);
      }
    }
    // The background fills the whole square: a maskable icon must have no transparent corners.
    expect(iconSvg(true)).toContain('<rect width="512" height="512" fill=');
  });

  it('waits for the reader before any update, registers nothing in dev, and precaches nothing for a build that writes no files', () => {
    expect(pwaOptions).toMatchObject({ registerType: 'prompt', injectRegister: false, devOptions: { enabled: false } });
    expect(pwaOptions.workbox).toMatchObject({ skipWaiting: false, navigateFallback: 'index.html' });
    const resolve = (write: boolean) => {
      const options: Partial<VitePWAOptions> = {};
      pwaOptions.integration!.configureOptions!({ build: { write } } as ResolvedConfig, options);
      return options.disable ?? false;
    };
    expect(resolve(false)).toBe(true);
    expect(resolve(true)).toBe(false);
  });
});
