// Makes sure Debian's Chromium is installed for the end-to-end tests; installs it when we are root with apt-get.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when a command exists on PATH. */
function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The install instructions printed when Chromium is missing and cannot be installed from here. */
export const HOW_TO_INSTALL = [
  `The end-to-end tests need Chromium at ${CHROMIUM}, and it is not installed.`,
  'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
  'or point CHROMIUM_PATH at an existing Chromium binary.',
].join('\n');

/**
 * What to do about Chromium: nothing when it is there, install it as root with apt-get, otherwise explain.
 * @param {{ installed: boolean, root: boolean, aptGet: boolean }} facts
 * @returns {'ready' | 'install' | 'explain'}
 */
export function chromiumPlan({ installed, root, aptGet }) {
  if (installed) return 'ready';
  return root && aptGet ? 'install' : 'explain';
}

/** Installs Chromium if it is missing; returns false (after explaining how) when it cannot. */
export function ensureChromium() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const plan = chromiumPlan({ installed: existsSync(CHROMIUM), root, aptGet: root && has('apt-get') });
  if (plan === 'ready') return true;
  if (plan === 'install') {
    console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium with apt-get…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(CHROMIUM)) return true;
  }
  console.error(HOW_TO_INSTALL);
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
