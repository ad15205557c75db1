import { existsSync } from 'node:fs';

export { chromiumArgs } from '../chromium-flags.mjs';

/** Debian's Chromium (never a downloaded browser), or wherever CHROMIUM_PATH points. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with: apt-get update && apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH to a Chromium binary). Browser tests never download a browser.',
    );
  }
  return path;
}
