import { describe, expect, it } from 'vitest';
import { slackTransportOptions } from '../../../src/adapters/slack/config-options.js';

describe('Slack configuration', () => {
  it('HTTP mode with the signing secret on PORT', () => {
    expect(slackTransportOptions({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 8080, SLACK_API_URL: 'https://slack-gov.com/api' })).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      apiUrl: 'https://slack-gov.com/api/',
      port: 8080,
    });
  });

  it('Socket Mode with the app token; port defaults to 3000', () => {
    expect(slackTransportOptions({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', DEFAULT_LOCALE: 'en' })).toEqual({
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      port: 3000,
      defaultLocale: 'en',
    });
  });

  it('says what is missing', () => {
    expect(() => slackTransportOptions({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/);
  });
});
