import { existsSync } from 'node:fs';

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

/** Flags for a closed network: without them Chromium keeps trying to reach outside hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
