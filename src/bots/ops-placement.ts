/**
 * Where the operations routes (`/healthz`, `/readyz`, `/metrics`) are served, so they answer in
 * every mode without a second public port:
 * - OPS_PORT set: a listener of their own there (keeps `/metrics` off a public PORT);
 * - Slack's HTTP mode owns PORT: on Bolt's listener, as `customRoutes`;
 * - else the Telegram webhook owns PORT: on its listener;
 * - else (long polling, Socket Mode) nothing listens on PORT: a listener of their own there —
 *   `required` only when PORT was given: a laptop polling Telegram with 3000 taken still runs;
 * - the terminal chat (no channel tokens) listens only when PORT or OPS_PORT is given: a new
 *   user's first `npm start` must not fail, or open a port, because 3000 is taken.
 */
import type { Config } from './config.js';
import { configuredChannels } from './config.js';

/** The listener the ops routes go on. */
export type OpsPlacement =
  /** `required`: a port that cannot be taken stops the start; otherwise the routes are skipped. */
  | { on: 'own'; port: number; required: boolean }
  | { on: 'slack' }
  | { on: 'telegram' }
  | { on: 'none' };

/** Decides the placement; `portGiven` says whether PORT or OPS_PORT was set explicitly. */
export function opsPlacement(config: Config, portGiven: boolean): OpsPlacement {
  if (config.OPS_PORT !== undefined) return { on: 'own', port: config.OPS_PORT, required: true };
  if (configuredChannels(config).length === 0) return portGiven ? { on: 'own', port: config.PORT, required: true } : { on: 'none' };
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN) return { on: 'slack' };
  if (config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL) return { on: 'telegram' };
  return { on: 'own', port: config.PORT, required: portGiven };
}

/** A line for the start-up log saying where the routes are. */
export function describePlacement(placement: OpsPlacement, config: Config): string {
  switch (placement.on) {
    case 'own': return `own listener on port ${placement.port}`;
    case 'slack': return `Slack's HTTP listener on port ${config.PORT}`;
    case 'telegram': return `the Telegram webhook listener on port ${config.PORT}`;
    case 'none': return 'not served (terminal chat without PORT or OPS_PORT)';
  }
}
