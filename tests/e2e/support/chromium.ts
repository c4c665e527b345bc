import { existsSync } from 'node:fs';

/** Where Debian installs Chromium; tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** True when the browser the end-to-end tests need is installed. */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}
