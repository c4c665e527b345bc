/** The install instructions printed when Chromium is missing and cannot be installed from here. */
export const HOW_TO_INSTALL: string;
/** What to do about Chromium: nothing when it is there, install it as root with apt-get, otherwise explain. */
export function chromiumPlan(facts: { installed: boolean; root: boolean; aptGet: boolean }): 'ready' | 'install' | 'explain';
/** Installs Chromium if it is missing; returns false (after explaining how) when it cannot. */
export function ensureChromium(): boolean;
