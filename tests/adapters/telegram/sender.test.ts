import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlToPlain, sendMessages } from '../../../src/adapters/telegram/sender.js';
import { FAKE_TOKEN, FakeTelegramApi } from '../../support/fake-telegram-api.js';

let fake: FakeTelegramApi | undefined;
afterEach(async () => fake?.close());

describe('sending rendered messages', () => {
  it('sends in order, replying with the first message only', async () => {
    fake = await FakeTelegramApi.start();
    const api = new Api(FAKE_TOKEN, { apiRoot: fake.apiRoot });
    await sendMessages(api, -5, [{ html: 'a', personal: false }, { html: 'b', personal: false }], 9);
    const calls = fake.callsOf('sendMessage');
    expect(calls.map((c) => c.payload.text)).toEqual(['a', 'b']);
    expect(calls[0]?.payload.reply_parameters).toEqual({ message_id: 9, allow_sending_without_reply: true });
    expect(calls[1]?.payload.reply_parameters).toBeUndefined();
  });

  it('falls back to plain text when Telegram cannot parse the HTML', async () => {
    fake = await FakeTelegramApi.start();
    const api = new Api(FAKE_TOKEN, { apiRoot: fake.apiRoot });
    fake.failNext('sendMessage', { error_code: 400, description: "Bad Request: can't parse entities: unsupported start tag" });
    await sendMessages(api, 1, [{ html: '<b>a &amp; b</b>', personal: false }]);
    const retry = fake.callsOf('sendMessage')[1]?.payload;
    expect(retry?.text).toBe('a & b');
    expect(retry?.parse_mode).toBeUndefined();
  });

  it('unescapes what the renderer escaped', () => {
    expect(htmlToPlain('<a href="x">&lt;b&gt; &quot;q&quot; &amp;</a>')).toBe('<b> "q" &');
  });
});
