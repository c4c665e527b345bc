import { describe, expect, it } from 'vitest';
import { chromiumPlan, HOW_TO_INSTALL } from '../../scripts/ensure-chromium.mjs';

describe('getting Chromium for the end-to-end tests', () => {
  it('does nothing when Chromium is installed', () => {
    expect(chromiumPlan({ installed: true, root: false, aptGet: false })).toBe('ready');
  });

  it('installs Debian\'s chromium when running as root with apt-get', () => {
    expect(chromiumPlan({ installed: false, root: true, aptGet: true })).toBe('install');
  });

  it('explains how to install it otherwise, naming the apt-get command', () => {
    expect(chromiumPlan({ installed: false, root: false, aptGet: true })).toBe('explain');
    expect(chromiumPlan({ installed: false, root: true, aptGet: false })).toBe('explain');
    expect(HOW_TO_INSTALL).toContain('sudo apt-get install -y chromium');
  });
});
