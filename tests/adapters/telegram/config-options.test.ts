import { describe, expect, it } from 'vitest';
import { telegramTransportOptions } from '../../../src/adapters/telegram/config-options.js';

describe('Telegram options from configuration', () => {
  it('polls by default and honours TELEGRAM_API_ROOT and DEFAULT_LOCALE', () => {
    expect(telegramTransportOptions({ TELEGRAM_BOT_TOKEN: 't', TELEGRAM_API_ROOT: 'http://localhost:8081', DEFAULT_LOCALE: 'en' })).toEqual({
      token: 't',
      apiRoot: 'http://localhost:8081',
      defaultLocale: 'en',
    });
  });

  it('switches to webhook mode with URL, secret and PORT', () => {
    const options = telegramTransportOptions({ TELEGRAM_BOT_TOKEN: 't', TELEGRAM_WEBHOOK_URL: 'https://x.id/tg', TELEGRAM_WEBHOOK_SECRET: 's', PORT: 8080 });
    expect(options.webhook).toEqual({ url: 'https://x.id/tg', secret: 's', port: 8080 });
    expect(() => telegramTransportOptions({ TELEGRAM_BOT_TOKEN: 't', TELEGRAM_WEBHOOK_URL: 'https://x.id/tg' })).toThrow(/SECRET/);
  });
});
