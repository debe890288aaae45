import { describe, expect, it } from 'vitest';
import { ConfigError, configuredChannels, loadConfig } from '../../src/bots/config.js';

describe('config', () => {
  it('has defaults and no channel when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info', DEFAULT_LOCALE: 'id', HELPDESK_SLACK_USER_IDS: [] });
    expect(configuredChannels(config)).toEqual([]);
  });

  it('reads every contract name and lists channels by their tokens', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABCdefGhIJKlmNoPQRsTUVwxyZ_12345', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_SIGNING_SECRET: 's3cret', SLACK_API_URL: 'https://slack.example.gov/api/',
      REDIS_URL: 'redis://127.0.0.1:6379', PORT: '8080', HELPDESK_TELEGRAM_CHAT_ID: '-100123',
      HELPDESK_TELEGRAM_USER_IDS: '1, 2,3', HELPDESK_SLACK_CHANNEL: 'C123', DEFAULT_LOCALE: 'en',
    });
    expect(config.PORT).toBe(8080);
    expect(config.HELPDESK_TELEGRAM_USER_IDS).toEqual(['1', '2', '3']);
    expect(configuredChannels(config)).toEqual(['telegram', 'slack']);
  });

  it('fails fast naming every bad variable, never echoing a token', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'abc', REDIS_URL: 'http://x', SLACK_BOT_TOKEN: 'xoxp-user-token-value' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'REDIS_URL', 'SLACK_BOT_TOKEN']) expect(message).toContain(name);
    expect(message).not.toContain('xoxp-user-token-value');
  });

  it('checks rules that span names (webhook needs its secret)', () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example/hook' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ REDIS_URL: '', TELEGRAM_BOT_TOKEN: '' }).REDIS_URL).toBeUndefined();
  });
});

describe('OPS_PORT', () => {
  const TG = '123456:ABCdefGhIJKlmNoPQRsTUVwxyZ_12345';
  it('is read as a port and must not be one a channel listens on', () => {
    expect(loadConfig({ OPS_PORT: '9100' }).OPS_PORT).toBe(9100);
    expect(() => loadConfig({ OPS_PORT: '3000' })).toThrow(/OPS_PORT/);
    expect(() => loadConfig({ OPS_PORT: '70000' })).toThrow(/OPS_PORT/);
    const both = { TELEGRAM_BOT_TOKEN: TG, TELEGRAM_WEBHOOK_URL: 'https://b.example/tg', TELEGRAM_WEBHOOK_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080' };
    expect(() => loadConfig({ ...both, OPS_PORT: '8081' })).toThrow(/OPS_PORT/);
    expect(loadConfig({ ...both, OPS_PORT: '9100' }).OPS_PORT).toBe(9100);
  });
});
