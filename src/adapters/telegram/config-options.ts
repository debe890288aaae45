/**
 * The contract's configuration names → the transport part of {@link TelegramAdapterOptions}, so
 * the composition root only adds the turn handler, logger, dedupe store and graph version.
 */
import type { TelegramAdapterOptions } from './adapter.js';

/** The configuration values the Telegram channel reads (names from shared/design.md). */
export interface TelegramConfig {
  TELEGRAM_BOT_TOKEN: string;
  TELEGRAM_API_ROOT?: string | undefined;
  TELEGRAM_WEBHOOK_URL?: string | undefined;
  TELEGRAM_WEBHOOK_SECRET?: string | undefined;
  PORT?: number | undefined;
  DEFAULT_LOCALE?: 'id' | 'en' | undefined;
}

/** Polling unless TELEGRAM_WEBHOOK_URL is set; then webhook mode on PORT (default 3000). */
export function telegramTransportOptions(config: TelegramConfig): Pick<TelegramAdapterOptions, 'token' | 'apiRoot' | 'webhook' | 'defaultLocale'> {
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    throw new Error('TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL');
  }
  return {
    token: config.TELEGRAM_BOT_TOKEN,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
      ? { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET, port: config.PORT ?? 3000 } }
      : {}),
    ...(config.DEFAULT_LOCALE ? { defaultLocale: config.DEFAULT_LOCALE } : {}),
  };
}
