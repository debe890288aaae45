/** Where the operations routes go, in every mode. */
import { describe, expect, it } from 'vitest';
import { loadConfig, portGiven } from '../../src/bots/config.js';
import { opsPlacement } from '../../src/bots/ops-placement.js';

const TG = { TELEGRAM_BOT_TOKEN: '123456:ABCdefGhIJKlmNoPQRsTUVwxyZ_12345' };
const HOOK = { ...TG, TELEGRAM_WEBHOOK_URL: 'https://bot.example/tg', TELEGRAM_WEBHOOK_SECRET: 'secret' };
const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
const SLACK_SOCKET = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
const place = (env: Record<string, string>) => opsPlacement(loadConfig(env), portGiven(env));

describe('ops placement', () => {
  it('the terminal chat listens only when PORT or OPS_PORT is given', () => {
    expect(place({})).toEqual({ on: 'none' });
    expect(place({ PORT: '4000' })).toEqual({ on: 'own', port: 4000, required: true });
    expect(place({ OPS_PORT: '9100' })).toEqual({ on: 'own', port: 9100, required: true });
  });

  it('long polling and Socket Mode: a listener of their own on PORT (default 3000, skipped if taken)', () => {
    expect(place(TG)).toEqual({ on: 'own', port: 3000, required: false });
    expect(place({ ...SLACK_SOCKET, PORT: '8080' })).toEqual({ on: 'own', port: 8080, required: true });
    expect(place({ ...TG, ...SLACK_SOCKET })).toEqual({ on: 'own', port: 3000, required: false });
  });

  it('shares PORT with the channel that owns it', () => {
    expect(place(SLACK_HTTP)).toEqual({ on: 'slack' });
    expect(place({ ...SLACK_HTTP, ...HOOK })).toEqual({ on: 'slack' });
    expect(place(HOOK)).toEqual({ on: 'telegram' });
    expect(place({ ...HOOK, ...SLACK_SOCKET })).toEqual({ on: 'telegram' });
  });

  it('OPS_PORT always wins', () => {
    expect(place({ ...SLACK_HTTP, OPS_PORT: '9100' })).toEqual({ on: 'own', port: 9100, required: true });
    expect(place({ ...HOOK, OPS_PORT: '9100' })).toEqual({ on: 'own', port: 9100, required: true });
  });
});
