/**
 * The contract's configuration names → the transport part of {@link SlackAdapterOptions}, so the
 * composition root only adds the turn handler, logger, dedupe store, graph version and plugins.
 */
import type { SlackAdapterOptions } from './slack-adapter.js';

/** The configuration values the Slack channel reads (names from shared/design.md). */
export interface SlackConfig {
  SLACK_BOT_TOKEN: string;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
  SLACK_API_URL?: string | undefined;
  PORT?: number | undefined;
  DEFAULT_LOCALE?: 'id' | 'en' | undefined;
}

/** Socket Mode when SLACK_APP_TOKEN is set, HTTP mode on PORT (default 3000) otherwise. */
export function slackTransportOptions(
  config: SlackConfig,
): Pick<SlackAdapterOptions, 'botToken' | 'signingSecret' | 'appToken' | 'apiUrl' | 'port' | 'defaultLocale'> {
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) next to SLACK_BOT_TOKEN');
  }
  return {
    botToken: config.SLACK_BOT_TOKEN,
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL.endsWith('/') ? config.SLACK_API_URL : `${config.SLACK_API_URL}/` } : {}),
    port: config.PORT ?? 3000,
    ...(config.DEFAULT_LOCALE ? { defaultLocale: config.DEFAULT_LOCALE } : {}),
  };
}
