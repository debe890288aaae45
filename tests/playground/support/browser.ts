/**
 * Debian's Chromium driven by playwright-core, started as this machine needs it (headless, no
 * sandbox as root, no background networking: the network is closed). Tests that need it skip
 * with the reason when it is missing, except under `CI=true`, where `.ci/run` installs it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `${CHROMIUM} not found (apt-get install chromium; .ci/run does it)`;
  if (process.env['CI'] === 'true') throw new Error(`browser tests must run under CI=true: ${reason}`);
  return reason;
}

/** Launches a fresh headless Chromium (playwright gives it a new empty profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 60_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
